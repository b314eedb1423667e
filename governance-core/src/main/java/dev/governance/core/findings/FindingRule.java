package dev.governance.core.findings;

import dev.governance.core.model.EntityKind;
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

  /**
   * Summarizes the rule's findings in one sentence, for reports that show a rule's findings as one
   * group. The default names the share and the rule's title, e.g. {@code 17 of 300 applications:
   * OAuth application granted scopes that change the tenant}; a rule may say it better, e.g. {@code
   * 9,140 of 100,000 identities have not signed in for 90 days and keep application access}. Start
   * with {@link FindingGroup#share}. Called only for a rule with more than one finding.
   *
   * @param subjects how many subjects the findings are about
   * @param population how many entities of their kind the snapshot holds, or 0 when not known
   * @param kind their kind
   * @param config the configuration the rule ran with
   * @return the sentence, without a final full stop
   */
  default String summarize(int subjects, int population, EntityKind kind, FindingsConfig config) {
    return FindingGroup.share(subjects, population, kind) + ": " + metadata().title();
  }
}
