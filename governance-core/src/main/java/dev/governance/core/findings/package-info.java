/**
 * Posture findings: rules that read a snapshot and report risky access, each finding with a
 * severity, a subject, evidence and a remediation in plain words.
 *
 * <p>A {@link dev.governance.core.findings.FindingsEngine} runs the built-in rules ({@link
 * dev.governance.core.findings.BuiltInRules}), rules registered explicitly, and rules found through
 * {@link java.util.ServiceLoader} under {@code
 * META-INF/services/dev.governance.core.findings.FindingRule}. Explicit rules come first and shadow
 * a discovered rule of the same id; two explicit rules (or two discovered rules) with one id fail
 * fast with a message that names both.
 *
 * <p>Rules read the snapshot only: they never call a provider, never sleep and never read the
 * system clock. The time they judge against ("as of") comes from the engine's injected {@link
 * java.time.Clock}, and their thresholds from a {@link dev.governance.core.findings.FindingsConfig}.
 *
 * <p>Coverage is never silently ignored. Each rule declares the collections it reads as {@link
 * dev.governance.core.findings.RuleInput}s; when one of them is not complete, the report's {@link
 * dev.governance.core.findings.RuleOutcome} says that the rule was skipped or only partly evaluated,
 * and why (for example {@code admin-without-mfa: not evaluated, AUTH_FACTORS unavailable: missing
 * okta.users.read}). An empty list of findings therefore means "nothing found" only where the
 * outcome says the rule was evaluated.
 *
 * <p>Reports are deterministic: findings are ordered by severity (most severe first), rule id and
 * subject, and lists inside evidence are sorted.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.core.findings;

import org.jspecify.annotations.NullMarked;
