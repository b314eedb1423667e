package dev.governance.core.findings;

import dev.governance.core.snapshot.SnapshotInfo;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of running the rules over a snapshot: the findings, and what became of every rule.
 *
 * @param snapshot where and when the snapshot was taken
 * @param asOf the time the rules judged against
 * @param findings the findings, most severe first, then by rule id and subject
 * @param outcomes one outcome per rule, in the order the rules ran
 * @param groups the findings grouped by rule, in {@link FindingGroup#ORDER}: per rule its severity,
 *     how many subjects out of how many, a one-line summary and every finding
 * @since 0.1
 */
public record FindingsReport(
    SnapshotInfo snapshot,
    Instant asOf,
    List<Finding> findings,
    List<RuleOutcome> outcomes,
    List<FindingGroup> groups) {

  /** Validates and copies the components; sorts the findings and the groups. */
  public FindingsReport {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(asOf, "asOf");
    findings = findings.stream().sorted(Finding.ORDER).toList();
    outcomes = List.copyOf(outcomes);
    groups = groups.stream().sorted(FindingGroup.ORDER).toList();
  }

  /**
   * Creates a report whose groups are derived from the findings, with the default summaries and
   * no population (a report built outside {@link FindingsEngine}, which knows neither).
   *
   * @param snapshot where and when the snapshot was taken
   * @param asOf the time the rules judged against
   * @param findings the findings
   * @param outcomes one outcome per rule, in the order the rules ran
   */
  public FindingsReport(
      SnapshotInfo snapshot, Instant asOf, List<Finding> findings, List<RuleOutcome> outcomes) {
    this(snapshot, asOf, findings, outcomes, FindingGroup.of(
        findings.stream().sorted(Finding.ORDER).toList(),
        outcomes.stream().collect(java.util.stream.Collectors.toMap(
            RuleOutcome::ruleId, RuleOutcome::title, (a, b) -> a)),
        kind -> 0,
        (ruleId, subjects, population, kind) -> FindingGroup.share(subjects, population, kind) + ": "
            + outcomes.stream().filter(o -> o.ruleId().equals(ruleId)).map(RuleOutcome::title)
                .findFirst().orElse(ruleId)));
  }

  /**
   * Finds the group of one rule.
   *
   * @param ruleId the rule's id
   * @return the group, or empty when the rule found nothing
   */
  public Optional<FindingGroup> group(String ruleId) {
    return groups.stream().filter(g -> g.ruleId().equals(ruleId)).findFirst();
  }

  /**
   * Returns the findings of at least a severity.
   *
   * @param severity the lowest severity to keep
   * @return the findings, in report order
   */
  public List<Finding> atLeast(Severity severity) {
    return findings.stream().filter(f -> f.severity().atLeast(severity)).toList();
  }

  /**
   * Returns the findings of one rule.
   *
   * @param ruleId the rule's id
   * @return the findings, in report order
   */
  public List<Finding> byRule(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /**
   * Counts the findings per severity.
   *
   * @return an unmodifiable map with an entry for every severity
   */
  public Map<Severity, Integer> counts() {
    EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Finds the outcome of a rule.
   *
   * @param ruleId the rule's id
   * @return the outcome, or empty if no rule has that id
   */
  public Optional<RuleOutcome> outcome(String ruleId) {
    return outcomes.stream().filter(o -> o.ruleId().equals(ruleId)).findFirst();
  }

  /**
   * Returns the outcomes of rules that were skipped, failed or ran on incomplete inputs: where an
   * absence of findings does not mean an absence of risk.
   *
   * @return those outcomes, in run order
   */
  public List<RuleOutcome> gaps() {
    return outcomes.stream()
        .filter(o -> o.status() != RuleOutcome.Status.EVALUATED && o.status() != RuleOutcome.Status.DISABLED)
        .toList();
  }
}
