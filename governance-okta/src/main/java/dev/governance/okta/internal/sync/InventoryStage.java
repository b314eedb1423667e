package dev.governance.okta.internal.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.okta.sdk.resource.model.OAuth2ScopeConsentGrant;
import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserFactor;
import dev.governance.core.model.Grant;
import dev.governance.core.model.ApiToken;
import dev.governance.core.model.InventoryCollection;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.internal.mapping.OktaMapper;
import dev.governance.okta.internal.mapping.OktaRef;
import java.time.Instant;
import java.util.List;

/** The reads after the survey, each on its bucket's lane: the calls the plan predicted. */
final class InventoryStage {

  private final OktaSyncRun run;
  private final Survey survey;

  private InventoryStage(OktaSyncRun run, Survey survey) {
    this.run = run;
    this.survey = survey;
  }

  /** Stores the tokens the survey listed, with what the System Log says of their last use. */
  private void apiTokens() {
    List<ApiToken> tokens = survey.apiTokens();
    if (tokens.isEmpty()) {
      return;
    }
    run.submit(OktaBucket.LOGS, InventoryCollection.API_TOKENS, () -> {
      Instant now = run.context.clock().instant();
      TokenUse.read(run.http, tokens, now, run.revisions::add).forEach(run.sink::entity);
    });
  }

  static void read(OktaSyncRun run, Survey survey) {
    new InventoryStage(run, survey).submitAll();
    run.await();
  }

  private void submitAll() {
    if (run.plan.includes(InventoryCollection.API_TOKENS)) {
      apiTokens();
    }
    if (CallPlan.listsUsers(run.plan, run.factorsForEveryone)) {
      users();
    }
    survey.groups().forEach((groupId, stats) -> {
      if (run.plan.includes(InventoryCollection.MEMBERSHIPS) && stats.mayHaveMembers()
          && !survey.membersRead().contains(groupId)) {
        int planned = CallPlan.pages(stats.usersCount(), CallPlan.GROUP_MEMBERS_PAGE);
        run.submit(OktaBucket.GROUPS, InventoryCollection.MEMBERSHIPS, () -> {
          int pages = run.http.forEachPage(
              "/api/v1/groups/" + groupId + "/users?limit=" + CallPlan.GROUP_MEMBERS_PAGE,
              new TypeReference<List<OktaRef>>() {}, page -> {
                page.forEach(u -> run.sink.grant(Grant.Membership.of(u.id(), groupId)));
                run.progress(InventoryCollection.MEMBERSHIPS, page.size());
              });
          if (pages != planned) {
            run.revisions.add("group " + groupId + ": " + pages + " page(s) of members where the plan expected "
                + planned + " (" + (pages - planned) + " call(s) to " + OktaBucket.GROUPS.pattern() + ")");
          }
        });
      }
    });
    // Rows Okta lists with scope GROUP repeat what group assignments and memberships already say;
    // keep them only when the group side cannot say it.
    boolean inheritedDerivable = run.plan.includes(InventoryCollection.MEMBERSHIPS) && !survey.groups().isEmpty();
    survey.applications().forEach((appId, oauth) -> {
      if (run.plan.includes(InventoryCollection.APP_ASSIGNMENTS)) {
        appUsers(appId, inheritedDerivable);
      }
      if (run.plan.includes(InventoryCollection.SCOPE_GRANTS) && oauth) {
        run.submit(OktaBucket.APPS, InventoryCollection.SCOPE_GRANTS, () -> {
          List<OAuth2ScopeConsentGrant> grants = run.http.get("/api/v1/apps/" + appId + "/grants",
              new TypeReference<List<OAuth2ScopeConsentGrant>>() {});
          if (grants != null) {
            grants.forEach(g -> OktaMapper.scopeGrant(g, appId).ifPresent(run.sink::grant));
            run.progress(InventoryCollection.SCOPE_GRANTS, grants.size());
          }
        });
      }
    });
    if (run.any(InventoryCollection.ROLE_ASSIGNMENTS, InventoryCollection.ROLES)) {
      RoleReads.submit(run, survey);
    }
    if (run.plan.includes(InventoryCollection.AUTH_FACTORS) && !run.factorsForEveryone) {
      survey.factorUsers().forEach(this::factorsOf);
    }
  }

  private void users() {
    run.submit(OktaBucket.USERS, InventoryCollection.IDENTITIES, () -> listUsers(run, CallPlan.OTHER_USERS, page -> { }));
  }

  /**
   * Lists the users a search selects, streaming them as identities and, when every user's factors
   * are read, reading theirs.
   *
   * @param run the sync
   * @param search the users search
   * @param onPage told each page after it is streamed
   */
  static void listUsers(OktaSyncRun run, String search, java.util.function.Consumer<List<User>> onPage) {
    run.http.forEachPage(
        "/api/v1/users?limit=" + CallPlan.USERS_PAGE + "&search=" + OktaSyncRun.encode(search),
        new TypeReference<List<User>>() {}, page -> {
          for (User u : page) {
            if (run.plan.includes(InventoryCollection.IDENTITIES)) {
              run.sink.entity(OktaMapper.identity(u));
            }
            if (run.plan.includes(InventoryCollection.AUTH_FACTORS) && run.factorsForEveryone) {
              factorsOf(run, u.getId());
            }
          }
          onPage.accept(page);
          run.progress(InventoryCollection.IDENTITIES, page.size());
        });
  }

  private void appUsers(String appId, boolean inheritedDerivable) {
    int planned = CallPlan.pages(survey.estimatedUsersOf(appId), CallPlan.APP_USERS_PAGE);
    run.submit(OktaBucket.APPS, InventoryCollection.APP_ASSIGNMENTS, () -> {
      int pages = run.http.forEachPage("/api/v1/apps/" + appId + "/users?limit=" + CallPlan.APP_USERS_PAGE,
          new TypeReference<List<OktaRef>>() {}, page -> {
            for (OktaRef row : page) {
              if (!row.inherited() || !inheritedDerivable) {
                run.sink.grant(OktaMapper.appAssignment(row, appId));
              }
            }
            run.progress(InventoryCollection.APP_ASSIGNMENTS, page.size());
          });
      if (pages != planned) {
        run.revisions.add("application " + appId + ": " + pages + " page(s) of users where the plan expected "
            + planned + " (" + (pages - planned) + " call(s) to " + OktaBucket.APPS.pattern() + ")");
      }
    });
  }

  private void factorsOf(String userId) {
    factorsOf(run, userId);
  }

  private static void factorsOf(OktaSyncRun run, String userId) {
    run.submit(OktaBucket.USERS, InventoryCollection.AUTH_FACTORS, () -> {
      List<UserFactor> factors = run.http.get("/api/v1/users/" + userId + "/factors",
          new TypeReference<List<UserFactor>>() {});
      if (factors != null) {
        factors.forEach(f -> run.sink.entity(OktaMapper.factor(f, userId)));
        run.progress(InventoryCollection.AUTH_FACTORS, factors.size());
      }
    });
  }
}
