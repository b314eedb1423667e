package dev.governance.core.findings;

import java.util.List;

/**
 * A posture rule: reads a snapshot and reports findings.
 *
 * <p>Implementations must be stateless and thread-safe, read only what the {@link FindingContext}
 * gives them (never a provider's API, never the system clock: {@link FindingContext#asOf()} is the
 * time to judge against) and finish in time proportional to what they read. A rule found through
 * {@link java.util.ServiceLoader} needs a public no-argument constructor and a line in {@code
 * META-INF/services/dev.governance.core.findings.FindingRule}.
 *
 * <p>The engine checks the coverage of every collection named in {@link #inputs()} before it calls
 * {@link #evaluate}: the rule runs only when its inputs allow it, and the outcome says when they
 * were not complete. A rule therefore need not check coverage itself.
 *
 * @since 0.1
 */
public interface FindingRule {

  /**
   * Returns the rule's id: lower case letters, digits, dots and dashes, unique among the rules of
   * an engine, stable across versions (configuration refers to it).
   *
   * @return the id, e.g. {@code admin-without-mfa}
   */
  String id();

  /**
   * Returns what the rule looks for, in a few words.
   *
   * @return the title, e.g. {@code Admin without an active MFA factor}
   */
  String title();

  /**
   * Returns the severity of the rule's findings unless a finding says otherwise. Configuration may
   * override it ({@link FindingsConfig#severityOverrides()}).
   *
   * @return the default severity
   */
  Severity defaultSeverity();

  /**
   * Returns the collections the rule reads and what it needs of their coverage.
   *
   * @return the inputs
   */
  List<RuleInput> inputs();

  /**
   * Evaluates the rule.
   *
   * @param context the snapshot, configuration, time and shared indexes
   * @return the findings, in any order; each with this rule's id
   */
  List<Finding> evaluate(FindingContext context);
}
