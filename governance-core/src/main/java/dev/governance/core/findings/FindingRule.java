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
 * <p>The engine checks the coverage of every collection named in {@link RuleMetadata#inputs()}
 * before it calls {@link #evaluate}: the rule runs only when its inputs allow it, and the outcome
 * says when they were not complete. A rule therefore need not check coverage itself.
 *
 * @since 0.1
 */
public interface FindingRule {

  /**
   * Returns what the rule is: its id, title, default severity and the collections it reads. The
   * engine reads it while it is built and keeps what it read; return the same value every time,
   * usually a constant.
   *
   * @return the metadata
   */
  RuleMetadata metadata();

  /**
   * Evaluates the rule.
   *
   * @param context the snapshot, configuration, time and shared indexes
   * @return the findings, in any order; each with this rule's id (build them with {@link
   *     RuleMetadata#finding})
   */
  List<Finding> evaluate(FindingContext context);
}
