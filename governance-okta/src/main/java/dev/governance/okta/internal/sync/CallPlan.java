package dev.governance.okta.internal.sync;

import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.internal.mapping.OktaRoleAssignment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The calls a sync will make after its survey, per bucket, and the assumptions behind the figure.
 * The formula, with U users, n_g members and a_g applications of group g, A applications, O OAuth
 * clients among them:
 *
 * <pre>
 * /api/v1/users        ⌈(U − D) / 200⌉ (at least 1) + T_u + F (factors of admins) or U (factors of everyone)
 * /api/v1/groups       Σ_{n_g>0, g not an admin group} ⌈n_g / 1000⌉ + T_g
 * /api/v1/apps*        Σ_a max(1, ⌈min(U', Σ_{g→a} n_g) / 500⌉) + O
 * /api/v1/iam          C (custom roles' permissions) + S (resource sets' resources)
 * /oauth2/v1/clients   T_c
 * /api/v1/logs         ⌈K / 20⌉ (the last use of K API tokens)
 * </pre>
 *
 * <p>The survey already read the role lists (one per listed admin, admin group and service app)
 * and the members of admin groups; T_u, T_g and T_c are the assignments of users, groups and
 * service apps whose role type can have targets (one targets page each), C and S the distinct
 * custom roles and resource sets, and F the listed admins plus the members of admin groups.
 *
 * <p>Okta does not say how many users an application has before they are listed. The plan
 * estimates it from the survey: the members of the groups assigned to it, at most every user. Users
 * assigned directly beyond that can cost one more call per 500; the sync reports such a difference
 * as a plan revision.
 *
 * @param predicted calls per bucket after the survey
 * @param assumptions what the prediction could not know
 */
public record CallPlan(Map<OktaBucket, Integer> predicted, List<String> assumptions) {

  /** Page sizes the sync asks for: Okta's largest per endpoint, except for groups. */
  static final int USERS_PAGE = 200;
  /**
   * The deactivated users, listed in the survey: Okta's default listing leaves them out, and the
   * plan needs their number. Only {@code eq} is documented for {@code status} in a users search.
   */
  static final String DEPROVISIONED_USERS = "status eq \"DEPROVISIONED\"";
  /** Every other user, listed after the survey, with the documented {@code eq} and {@code or}. */
  static final String OTHER_USERS = String.join(" or ",
      java.util.stream.Stream.of("STAGED", "PROVISIONED", "ACTIVE", "RECOVERY", "PASSWORD_EXPIRED",
          "LOCKED_OUT", "SUSPENDED").map(st -> "status eq \"" + st + "\"").toList());
  /**
   * Okta's spec allows up to 10,000 groups a page, but Okta recommends at most 200 and some orgs
   * answer 500 to more.
   */
  static final int GROUPS_PAGE = 200;
  static final int GROUP_MEMBERS_PAGE = 1_000;
  static final int GROUP_APPS_PAGE = 200;
  static final int APPS_PAGE = 200;
  static final int APP_USERS_PAGE = 500;
  static final int APP_GROUPS_PAGE = 200;
  static final int ASSIGNEES_PAGE = 100;
  static final int RULES_PAGE = 200;

  /** Copies the components. */
  public CallPlan {
    Map<OktaBucket, Integer> copy = new EnumMap<>(OktaBucket.class);
    copy.putAll(predicted);
    predicted = Collections.unmodifiableMap(copy);
    assumptions = List.copyOf(assumptions);
  }

  /**
   * Predicts the calls after a survey.
   *
   * @param survey what the survey learned
   * @param plan what to read
   * @param factorsForEveryone whether factors are read for every user rather than for admins
   * @return the plan
   */
  static CallPlan predict(Survey survey, SyncPlan plan, boolean factorsForEveryone) {
    Map<OktaBucket, Integer> calls = new EnumMap<>(OktaBucket.class);
    List<String> assumptions = new ArrayList<>();
    int users = survey.users();
    if (listsUsers(plan, factorsForEveryone)) {
      if (users < 0) {
        assumptions.add("the group of all users was not visible, so the number of user pages is unknown");
      }
      int others = survey.usersNotDeprovisioned() >= 0 ? survey.usersNotDeprovisioned() : Math.max(users, 0);
      add(calls, OktaBucket.USERS, pages(others, USERS_PAGE));
    }
    survey.groups().forEach((groupId, g) -> {
      if (plan.includes(InventoryCollection.MEMBERSHIPS) && g.mayHaveMembers()
          && !survey.membersRead().contains(groupId)) {
        add(calls, OktaBucket.GROUPS, pages(g.usersCount(), GROUP_MEMBERS_PAGE));
      }
    });
    survey.applications().forEach((appId, oauth) -> {
      if (plan.includes(InventoryCollection.APP_ASSIGNMENTS)) {
        add(calls, OktaBucket.APPS, pages(survey.estimatedUsersOf(appId), APP_USERS_PAGE));
      }
      if (plan.includes(InventoryCollection.SCOPE_GRANTS) && oauth) {
        add(calls, OktaBucket.APPS, 1);
      }
    });
    if (survey.groups().values().stream().anyMatch(g -> !g.known())) {
      assumptions.add("Okta sent no statistics for some groups: one page of members, and one roles call,"
          + " are planned for each; more pages are reported as revisions");
    }
    if (plan.includes(InventoryCollection.APP_ASSIGNMENTS) && !survey.applications().isEmpty()) {
      assumptions.add("an application's users are estimated as the members of its groups, at most every user;"
          + " direct assignments beyond that can cost one more call per 500 users");
    }
    RoleReads.predict(survey, plan.includes(InventoryCollection.ROLES),
        plan.includes(InventoryCollection.ROLE_ASSIGNMENTS), calls);
    if (RoleReads.items(survey).stream().anyMatch(i -> i.assignment().targets() != OktaRoleAssignment.Targets.NONE)
        && plan.includes(InventoryCollection.ROLE_ASSIGNMENTS)) {
      assumptions.add("each scoped role assignment's targets fit one page of " + RoleReads.TARGETS_PAGE
          + "; more cost one call per " + RoleReads.TARGETS_PAGE + " targets");
    }
    if (plan.includes(InventoryCollection.API_TOKENS) && !survey.apiTokens().isEmpty()) {
      add(calls, OktaBucket.LOGS, TokenUse.calls(survey.apiTokens().size()));
      assumptions.add("the API tokens' newest System Log events fit one page of " + ChangeLog.PAGE + " per "
          + TokenUse.TOKENS_PER_QUERY + " tokens; a busy token can cost one more call");
    }
    if (plan.includes(InventoryCollection.AUTH_FACTORS)) {
      add(calls, OktaBucket.USERS, factorsForEveryone ? Math.max(users, 0) : survey.factorUsers().size());
    }
    return new CallPlan(calls, assumptions);
  }

  /**
   * Returns a copy with one more assumption.
   *
   * @param assumption what the plan could not know, in words
   * @return the copy
   */
  CallPlan withAssumption(String assumption) {
    List<String> all = new ArrayList<>(assumptions);
    all.add(assumption);
    return new CallPlan(predicted, all);
  }

  /**
   * Tells whether the sync lists users: for identities, or to read every user's factors.
   *
   * @param plan what to read
   * @param factorsForEveryone whether factors are read for every user
   * @return {@code true} if users are listed
   */
  static boolean listsUsers(SyncPlan plan, boolean factorsForEveryone) {
    return plan.includes(InventoryCollection.IDENTITIES)
        || plan.includes(InventoryCollection.AUTH_FACTORS) && factorsForEveryone;
  }

  /**
   * Returns the predicted calls in all buckets.
   *
   * @return the total
   */
  public int total() {
    return predicted.values().stream().mapToInt(Integer::intValue).sum();
  }

  static int pages(int items, int pageSize) {
    return Math.max(1, (items + pageSize - 1) / pageSize);
  }

  private static void add(Map<OktaBucket, Integer> calls, OktaBucket bucket, int n) {
    if (n > 0) {
      calls.merge(bucket, n, Integer::sum);
    }
  }
}
