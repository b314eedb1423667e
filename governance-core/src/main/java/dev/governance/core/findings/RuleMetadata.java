package dev.governance.core.findings;

import java.util.List;
import java.util.Objects;

/**
 * What a rule is, as the engine, the configuration and the reports know it: its id, its title, the
 * severity of its findings unless a finding says otherwise, and the collections it reads.
 *
 * <p>A rule keeps one instance, usually in a constant, and builds its findings from it:
 *
 * <pre>{@code
 * private static final RuleMetadata METADATA = new RuleMetadata(
 *     "acme.foreign-login", "Login outside the company domain", Severity.MEDIUM,
 *     List.of(RuleInput.read(InventoryCollection.IDENTITIES)));
 *
 * public RuleMetadata metadata() { return METADATA; }
 * ...
 * findings.add(METADATA.finding(subject, "Login outside the company domain", evidence, "Rename the login."));
 * }</pre>
 *
 * @param id the rule's id: lower case letters, digits, dots and dashes, unique among the rules of
 *     an engine and stable across versions (configuration refers to it), e.g. {@code
 *     admin-without-mfa}; the engine refuses any other
 * @param title what the rule looks for, in a few words, e.g. {@code Admin without an active MFA
 *     factor}
 * @param defaultSeverity the severity of the rule's findings unless a finding says otherwise;
 *     configuration may override it ({@link FindingsConfig#severityOverrides()})
 * @param inputs the collections the rule reads and what it needs of their coverage
 * @since 0.1
 */
public record RuleMetadata(
    String id, String title, Severity defaultSeverity, List<RuleInput> inputs) {

  /** Validates and copies the components. */
  public RuleMetadata {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    inputs = List.copyOf(inputs);
    if (title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
  }

  /**
   * Returns a finding of this rule at its default severity.
   *
   * @param subject what it is about
   * @param findingTitle what is wrong, in a few words about this subject
   * @param evidence why it is reported
   * @param remediation what to do about it, in plain words
   * @return the finding
   */
  public Finding finding(Subject subject, String findingTitle, Evidence evidence, String remediation) {
    return new Finding(id, defaultSeverity, subject, findingTitle, evidence, remediation);
  }

  /**
   * Returns a finding of this rule at another severity, for a subject that matters more or less
   * than the rule's usual one.
   *
   * @param severity the finding's severity
   * @param subject what it is about
   * @param findingTitle what is wrong, in a few words about this subject
   * @param evidence why it is reported
   * @param remediation what to do about it, in plain words
   * @return the finding
   */
  public Finding finding(
      Severity severity, Subject subject, String findingTitle, Evidence evidence, String remediation) {
    return new Finding(id, severity, subject, findingTitle, evidence, remediation);
  }
}
