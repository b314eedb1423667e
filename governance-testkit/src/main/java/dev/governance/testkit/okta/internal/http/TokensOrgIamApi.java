package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.GrantJson;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.RoleRec;
import dev.governance.testkit.okta.internal.state.TokenRec;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.BitSet;
import java.util.Locale;

/** API tokens, the org, IAM assignees. */
final class TokensOrgIamApi {
  private TokensOrgIamApi() {}

  static Reply tokens(RequestContext c) {
    c.require(Perm.API_TOKENS_READ);
    int limit = Paging.limit(c.q("limit"), 20, 200);
    String q = c.q("q");
    int from = Paging.start(c.q("after"), c.state.tokens().size(), i -> c.state.tokens().get(i).id);
    long now = c.state.now();
    Paging.Slice slice = Paging.slice(from, c.state.tokens().size(), i -> {
      TokenRec t = c.state.tokens().get(i);
      return !t.revoked() && !expired(t, now) && (q == null
          || t.name.toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)));
    }, limit);
    Json j = c.json().arr();
    for (int k = 0; k < slice.count(); k++) {
      GrantJson.token(j, c.state.tokens().get(slice.positions()[k]), c.state, c.base);
    }
    Reply r = Reply.ok(j.endArr().bytes());
    r.links.add(Paging.self(c.base, c.path, c.rawQuery));
    if (slice.more()) {
      String cursor = c.state.tokens().get(slice.positions()[slice.count() - 1]).id;
      r.links.add(Paging.next(c.base, c.path, c.rawQuery, cursor, limit));
    }
    return r;
  }

  static boolean expired(TokenRec t, long now) {
    return now - t.lastUsed() > GrantJson.TOKEN_WINDOW_MILLIS;
  }

  static Reply token(RequestContext c, String id) {
    c.require(Perm.API_TOKENS_READ);
    TokenRec t = "current".equals(id) ? c.state.token(c.principal.tokenId()) : c.state.token(id);
    if (t == null || t.revoked()) {
      throw OktaError.notFound(id + " (ApiToken)");
    }
    Json j = c.json();
    GrantJson.token(j, t, c.state, c.base);
    return Reply.ok(j.bytes());
  }

  static Reply org(RequestContext c) {
    c.require(Perm.ORG_READ);
    Json j = c.json().obj().str("id", c.state.orgId).str("companyName", "Example Corp")
        .str("status", "ACTIVE").str("subdomain", "example").str("website", "https://example.com")
        .time("created", c.state.users().isEmpty() ? 1_600_000_000_000L : 1_600_000_000_000L)
        .time("lastUpdated", 1_600_000_000_000L)
        .str("country", "United States").str("phoneNumber", "+1-555-0100")
        .str("address1", "100 Main St").str("city", "San Francisco").str("state", "CA")
        .str("postalCode", "94105").str("supportPhoneNumber", "+1-555-0101")
        .str("endUserSupportHelpURL", "https://support.example.com");
    j.obj("_links").link("preferences", c.base + "/api/v1/org/preferences")
        .link("uploadLogo", c.base + "/api/v1/org/logo")
        .link("contacts", c.base + "/api/v1/org/contacts").end().end();
    return Reply.ok(j.bytes());
  }

  static Reply assignees(RequestContext c) {
    c.require(Perm.ROLES_READ);
    BitSet holders = new BitSet();
    // Okta does not say whether users holding a role only through a group are listed; the fake
    // takes the stricter answer and lists users with a direct assignment only.
    for (RoleRec r : c.state.roles()) {
      if (r.assignmentType.equals("USER")) {
        holders.set(r.assignee);
      }
    }
    int limit = Paging.limit(c.q("limit"), 100, 100);
    int from = 0;
    String after = c.q("after");
    if (after != null) {
      UserRec u = c.state.userForCursor(after);
      if (u == null) {
        throw OktaError.validation("after: the cursor is not valid; follow the next link as given.");
      }
      from = u.idx + 1;
    }
    Json j = c.json().obj().arr("value");
    int n = 0;
    int last = -1;
    boolean more = false;
    for (int p = holders.nextSetBit(from); p >= 0; p = holders.nextSetBit(p + 1)) {
      if (n == limit) {
        more = true;
        break;
      }
      UserRec u = c.state.users().get(p);
      j.obj().str("id", u.id).str("orn", "orn:okta:directory:" + c.state.orgId + ":users:" + u.id);
      j.obj("_links").link("self", c.base + "/api/v1/users/" + u.id)
          .link("roles", c.base + "/api/v1/users/" + u.id + "/roles").end().end();
      n++;
      last = p;
    }
    j.endArr().obj("_links");
    if (more) {
      j.link("next", c.base + c.path + "?after=" + c.state.users().get(last).id + "&limit=" + limit);
    }
    j.end().end();
    return Reply.ok(j.bytes());
  }
}
