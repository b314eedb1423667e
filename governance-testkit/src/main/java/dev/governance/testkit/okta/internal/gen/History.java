package dev.governance.testkit.okta.internal.gen;

import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.internal.state.Actor;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.LogTargetRec;
import dev.governance.testkit.okta.internal.state.RoleRec;
import dev.governance.testkit.okta.internal.state.TenantChanges;
import dev.governance.testkit.okta.internal.state.TenantState;
import dev.governance.testkit.okta.internal.state.TokenRec;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The System Log a generated shape comes with, written in time order and ending at least an hour
 * before the clock's now, so that what a test does afterwards is the log's newest part:
 * <ul>
 *   <li>{@code user.session.start} at each user's {@code lastLogin} (the demo adds up to two
 *       earlier sign-ins per user); a shape with many users keeps the most recent ones only;</li>
 *   <li>{@code user.account.privilege.grant} and {@code group.privilege.grant} for each admin role
 *       given to a user or a group, by the bootstrap super admin;</li>
 *   <li>{@code system.api_token.create} for each API token, by its owner;</li>
 *   <li>in the demo, {@code group.user_membership.add} for each membership of an {@code
 *       OKTA_GROUP}, by the bootstrap admin, through its API token once that token exists.</li>
 * </ul>
 * Okta keeps 90 days of System Log; older events are written but not served.
 */
final class History {
  private static final long HOUR = 3_600_000L;

  private History() {}

  private record Event(long at, Actor actor, String type, String message, LogTargetRec[] targets) {}

  /**
   * Writes the history.
   *
   * @param c the tenant's commands
   * @param r the shape's random source (used for the demo's earlier sign-ins)
   * @param now the clock's now
   * @param maxSignIns how many users' last sign-ins to log, the most recent first
   * @param memberships whether to log the memberships of {@code OKTA_GROUP}s
   * @param earlierSignIns whether to add earlier sign-ins per user
   */
  static void write(TenantChanges c, SplittableRandom r, long now, int maxSignIns, boolean memberships,
      boolean earlierSignIns) {
    TenantState s = c.state();
    long end = now - HOUR;
    List<Event> events = new ArrayList<>();
    int[] request = {0};
    UserRec admin = s.users().get(0);
    TokenRec adminToken = firstToken(s, admin);

    List<UserRec> signedIn = new ArrayList<>();
    for (UserRec u : s.users()) {
      if (u.lastLogin > 0) {
        if (u.lastLogin > end) {
          u.lastLogin = end; // the history ends before now; the profile agrees with it
        }
        signedIn.add(u);
      }
    }
    signedIn.sort(Comparator.comparingLong((UserRec u) -> u.lastLogin).reversed());
    for (UserRec u : signedIn.subList(0, Math.min(maxSignIns, signedIn.size()))) {
      long at = u.lastLogin;
      events.add(new Event(at, actor(u, null, request), "user.session.start", "User login to Okta",
          new LogTargetRec[0]));
      for (int k = 0; earlierSignIns && k < 2; k++) {
        at -= (1 + r.nextInt(10)) * Seeds.DAY + r.nextInt((int) (8 * HOUR));
        if (at > u.created) {
          events.add(new Event(at, actor(u, null, request), "user.session.start", "User login to Okta",
              new LogTargetRec[0]));
        }
      }
    }
    for (RoleRec role : s.roles()) {
      if (role.created > end) {
        continue;
      }
      if ("USER".equals(role.assignmentType)) {
        events.add(new Event(role.created, actor(admin, token(adminToken, role.created), request),
            "user.account.privilege.grant", "Grant user privilege",
            new LogTargetRec[] {TenantChanges.user(s.users().get(role.assignee))}));
      } else if ("GROUP".equals(role.assignmentType)) {
        events.add(new Event(role.created, actor(admin, token(adminToken, role.created), request),
            "group.privilege.grant", "Grant group privilege",
            new LogTargetRec[] {TenantChanges.group(s.groups().get(role.assignee))}));
      }
    }
    for (TokenRec t : s.tokens()) {
      if (t.created <= end) {
        events.add(new Event(t.created, actor(s.users().get(t.owner), null, request), "system.api_token.create",
            "Create API token", new LogTargetRec[] {new LogTargetRec(t.id, "Token", t.name, t.name)}));
      }
    }
    for (TokenRec t : s.tokens()) {
      // An integration's last change made with its token, as Okta logs it: the use the token's
      // expiry reflects shows in the System Log too. The admin's own token is the one in use now.
      if (t != adminToken && t.lastUsed() > t.created && t.lastUsed() <= end) {
        UserRec owner = s.users().get(t.owner);
        events.add(new Event(t.lastUsed(), actor(owner, t.id, request), "user.account.update_profile",
            "Update user profile for Okta", new LogTargetRec[] {TenantChanges.user(owner)}));
      }
    }
    if (memberships) {
      for (GroupRec g : s.groups()) {
        if (g.type != OktaGroupType.OKTA_GROUP) {
          continue;
        }
        for (int i = 0; i < g.members.size(); i++) {
          UserRec u = s.users().get(g.members.get(i));
          long at = Math.max(u.created, g.created) + HOUR;
          if (at <= end) {
            events.add(new Event(at, actor(admin, token(adminToken, at), request), "group.user_membership.add",
                "Add user to group membership", new LogTargetRec[] {TenantChanges.user(u), TenantChanges.group(g)}));
          }
        }
      }
    }
    events.sort(Comparator.comparingLong(Event::at));
    for (Event e : events) {
      c.logAt(e.actor(), e.at(), e.type(), e.message(), e.targets());
    }
  }

  private static @Nullable TokenRec firstToken(TenantState s, UserRec owner) {
    for (TokenRec t : s.tokens()) {
      if (t.owner == owner.idx) {
        return t;
      }
    }
    return null;
  }

  /** The token an admin action at a time was made with: the admin's token once it exists. */
  private static @Nullable String token(@Nullable TokenRec t, long at) {
    return t != null && at >= t.created ? t.id : null;
  }

  private static Actor actor(UserRec u, @Nullable String tokenId, int[] request) {
    return new Actor(u.id, "User", u.login, tokenId, "history-" + (++request[0]));
  }
}
