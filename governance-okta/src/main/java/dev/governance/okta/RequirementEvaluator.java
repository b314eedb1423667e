package dev.governance.okta;

import java.util.List;

/** Decides, for one side of Okta's checks (scopes or admin roles), whether a requirement is met. */
interface RequirementEvaluator {

  /**
   * The verdict on one requirement.
   *
   * @param status allowed, limited or missing
   * @param missing what to grant
   * @param explanation a sentence for the user; empty when allowed without limits
   */
  record Evaluation(ScopeCheck.Status status, ScopeCheck.Missing missing, String explanation) {}

  Evaluation evaluate(PermissionRequirement requirement);

  ScopeCheck.Basis basis();

  /** Notices about the input, such as names that Okta does not have. */
  List<String> notices();

  /** What to grant so that every given requirement is met. */
  String advice(List<PermissionRequirement> unmet);
}
