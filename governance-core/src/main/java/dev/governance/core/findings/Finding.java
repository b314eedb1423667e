package dev.governance.core.findings;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One risk a rule found.
 *
 * @param ruleId the id of the rule that found it, e.g. {@code admin-without-mfa}
 * @param severity how much it matters
 * @param subject what it is about
 * @param title what is wrong, in a few words about this subject
 * @param evidence why it was reported
 * @param remediation what to do about it, in plain words
 * @since 0.1
 */
public record Finding(
    String ruleId,
    Severity severity,
    Subject subject,
    String title,
    Evidence evidence,
    String remediation) {

  /**
   * The order of a report: most severe first, then by rule id, subject kind, subject id, title and
   * evidence text.
   */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity, Comparator.reverseOrder())
          .thenComparing(Finding::ruleId)
          .thenComparing(f -> f.subject().kind())
          .thenComparing(f -> f.subject().id())
          .thenComparing(Finding::title)
          .thenComparing(f -> f.evidence().text());

  /** Validates the components. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(remediation, "remediation");
    if (ruleId.isBlank() || title.isBlank() || remediation.isBlank()) {
      throw new IllegalArgumentException("ruleId, title and remediation must not be blank");
    }
  }

  /**
   * Returns an id that is stable across snapshots: {@code <rule id>:<subject kind>:<subject id>},
   * e.g. {@code admin-without-mfa:identity:00u1}. Built-in rules report a subject at most once, so
   * the id is unique within their findings.
   *
   * @return the id
   */
  public String id() {
    return ruleId + ':' + subject.kind().name().toLowerCase(Locale.ROOT) + ':' + subject.id();
  }

  /**
   * Returns a copy with another severity.
   *
   * @param newSeverity the severity
   * @return the copy, or this finding if the severity is the same
   */
  public Finding withSeverity(Severity newSeverity) {
    return newSeverity == severity
        ? this
        : new Finding(ruleId, newSeverity, subject, title, evidence, remediation);
  }
}
