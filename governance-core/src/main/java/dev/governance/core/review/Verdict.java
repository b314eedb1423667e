package dev.governance.core.review;

/**
 * A reviewer's answer for one item.
 *
 * @since 0.1
 */
public enum Verdict {
  /** The access stays. */
  KEEP,
  /** The access goes: remediation removes it through every path. */
  REVOKE,
  /** The reviewer does not decide; the item stays open for someone else. */
  ABSTAIN
}
