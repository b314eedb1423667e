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
 * @since 0.1
 */
public record FindingsReport(
    SnapshotInfo snapshot, Instant asOf, List<Finding> findings, List<RuleOutcome> outcomes) {

  /** Validates and copies the components; sorts the findings. */
  public FindingsReport {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(asOf, "asOf");
    findings = findings.stream().sorted(Finding.ORDER).toList();
    outcomes = List.copyOf(outcomes);
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
