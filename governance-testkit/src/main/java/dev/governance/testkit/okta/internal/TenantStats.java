package dev.governance.testkit.okta.internal;

import dev.governance.testkit.okta.JournalEntry;
import dev.governance.testkit.okta.RequestJournal;
import dev.governance.testkit.okta.TenantCounts;
import dev.governance.testkit.okta.internal.json.GrantJson;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GrantRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.RoleRec;
import dev.governance.testkit.okta.internal.state.TenantState;
import dev.governance.testkit.okta.internal.state.TokenRec;
import java.util.BitSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Counts of a tenant, and the {@code /__admin/*} answers. */
public final class TenantStats {
  private TenantStats() {}

  /**
   * Counts a tenant as its API lists it; call under its read lock. Users of every status (a list
   * with {@code search} shows deactivated ones), groups, applications not deleted, memberships,
   * application users listed with scope {@code USER} plus group assignments, active scope-consent
   * grants, API tokens {@code /api/v1/api-tokens} lists (neither revoked nor expired), and the users
   * {@code /api/v1/iam/assignees/users} lists.
   *
   * @param s the tenant
   * @return the counts
   */
  public static TenantCounts counts(TenantState s) {
    long memberships = 0;
    int groups = 0;
    for (GroupRec g : s.groups()) {
      memberships += g.members.size();
      groups += g.deleted ? 0 : 1;
    }
    long assignments = 0;
    int grants = 0;
    int apps = 0;
    for (AppRec a : s.apps()) {
      if (a.status == dev.governance.testkit.okta.AppStatus.DELETED) {
        continue;
      }
      apps++;
      for (int i = 0; i < a.directUsers.size(); i++) {
        assignments += TenantState.listedAsAppUser(a, s.users().get(a.directUsers.get(i))) ? 1 : 0;
      }
      assignments += a.groups.size();
      for (GrantRec g : a.grants) {
        grants += "ACTIVE".equals(g.status) ? 1 : 0;
      }
    }
    int tokens = 0;
    long now = s.now();
    for (TokenRec t : s.tokens()) {
      tokens += t.revoked() || now - t.lastUsed() > GrantJson.TOKEN_WINDOW_MILLIS ? 0 : 1;
    }
    BitSet admins = new BitSet();
    for (RoleRec r : s.roles()) {
      // As /api/v1/iam/assignees/users lists them: users with a role of their own.
      if ("USER".equals(r.assignmentType)) {
        admins.set(r.assignee);
      }
    }
    int users = 0;
    for (var u : s.users()) {
      users += u.deleted ? 0 : 1;
    }
    return new TenantCounts(users, groups, apps, memberships,
        assignments, grants, tokens, admins.cardinality());
  }

  /**
   * Answers an admin request such as {@code GET journal}.
   *
   * @param request method, space, name
   * @param counts supplies the counts
   * @param journal the journal
   * @return JSON or null when unknown
   */
  public static byte @Nullable [] admin(String request, Supplier<TenantCounts> counts,
      RequestJournal journal) {
    switch (request) {
      case "GET journal" -> {
        Json j = new Json().obj().num("total", journal.total()).obj("countsByBucket");
        journal.countsByBucket().forEach((b, n) -> j.num(b.name(), n));
        j.end().arr("entries");
        for (JournalEntry e : journal.entries()) {
          j.obj().str("at", e.at().toString()).str("method", e.method()).str("path", e.path())
              .str("query", e.query()).str("bucket", e.bucket().name()).num("status", e.status())
              .str("requestId", e.requestId()).end();
        }
        return j.endArr().end().bytes();
      }
      case "DELETE journal" -> {
        journal.clear();
        return new Json().obj().num("total", 0).end().bytes();
      }
      case "GET counts" -> {
        TenantCounts c = counts.get();
        return new Json().obj().num("users", c.users()).num("groups", c.groups())
            .num("apps", c.apps()).num("memberships", c.memberships())
            .num("appAssignments", c.appAssignments()).num("grants", c.grants())
            .num("apiTokens", c.apiTokens()).num("admins", c.admins()).end().bytes();
      }
      default -> {
        return null;
      }
    }
  }
}
