package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.GrantJson;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GrantRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's consent grants for one client: {@code GET /api/v1/users/{userId}/clients/{clientId}/grants}
 * (the spec's {@code listGrantsForUserAndClient}), scope {@code okta.users.read}, the user found as
 * the other user reads find it, and paged with {@code limit} (default 20, at most 200) and an
 * {@code after} cursor, the last grant's id.
 */
final class UserGrants {
  private UserGrants() {}

  /**
   * Lists the user's active consent grants (source {@code END_USER}) for the client, oldest first;
   * an unknown client is not found, as an unknown user is.
   *
   * @param c the request
   * @param userId the user's id, login or {@code me}
   * @param clientId the client's id (an app's id in this tenant)
   * @return the page
   */
  static Reply forClient(RequestContext c, String userId, String clientId) {
    c.require(Perm.USERS_READ);
    UserRec u = UsersApi.find(c, userId);
    if (!"me".equals(userId) && !c.userVisible(Perm.USERS_READ, u)) {
      throw OktaError.notFound(userId + " (User)");
    }
    AppRec a = c.state.app(clientId);
    if (a == null || a.deleted) {
      throw OktaError.notFound(clientId + " (Client)");
    }
    List<GrantRec> consents = new ArrayList<>();
    for (GrantRec g : a.grants) {
      if (g.activeConsentOf(u.id)) {
        consents.add(g);
      }
    }
    int limit = Paging.limit(c.q("limit"), 20, 200);
    int from = Paging.start(c.q("after"), consents.size(), i -> consents.get(i).id);
    Paging.Slice slice = Paging.slice(from, consents.size(), i -> true, limit);
    Json j = c.json().arr();
    for (int k = 0; k < slice.count(); k++) {
      GrantJson.grant(j, consents.get(slice.positions()[k]), a, c.base);
    }
    Reply r = Reply.ok(j.endArr().bytes());
    r.links.add(Paging.self(c.base, c.path, c.rawQuery));
    if (slice.more()) {
      r.links.add(Paging.next(c.base, c.path, c.rawQuery,
          consents.get(slice.positions()[slice.count() - 1]).id, limit));
    }
    return r;
  }
}
