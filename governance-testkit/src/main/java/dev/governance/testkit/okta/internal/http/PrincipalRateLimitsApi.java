package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.PrincipalRateLimitRec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /api/v1/principal-rate-limits}: the share of each bucket an API token or OAuth app may
 * use. As in Okta's specification, listing requires {@code filter=principalType eq "SSWS_TOKEN"}
 * or {@code "OAUTH_CLIENT"}, pages 20 by default and 50 at most, and needs {@code
 * okta.principalRateLimits.read}.
 */
final class PrincipalRateLimitsApi {
  private static final Pattern FILTER =
      Pattern.compile("\\s*principalType\\s+eq\\s+\"(SSWS_TOKEN|OAUTH_CLIENT)\"\\s*");

  private PrincipalRateLimitsApi() {}

  static Reply list(RequestContext c) {
    c.require(Perm.PRINCIPAL_RATE_LIMITS_READ);
    String filter = c.q("filter");
    if (filter == null) {
      throw OktaError.validation("filter: a filter is required, e.g. principalType eq \"SSWS_TOKEN\".");
    }
    Matcher m = FILTER.matcher(filter);
    if (!m.matches()) {
      throw OktaError.validation("filter: only principalType eq \"SSWS_TOKEN\" or principalType eq"
          + " \"OAUTH_CLIENT\" is supported.");
    }
    int limit = Paging.limit(c.q("limit"), 20, 50);
    List<PrincipalRateLimitRec> all = new ArrayList<>();
    for (PrincipalRateLimitRec r : c.state.principalRateLimits().values()) {
      if (r.principalType().equals(m.group(1))) {
        all.add(r);
      }
    }
    int from = Paging.start(c.q("after"), all.size(), i -> all.get(i).id());
    int to = Math.min(all.size(), from + limit);
    Json j = c.json().arr();
    for (int i = from; i < to; i++) {
      write(j, all.get(i), c);
    }
    Reply r = Reply.ok(j.endArr().bytes());
    r.links.add(Paging.self(c.base, c.path, c.rawQuery));
    if (to < all.size()) {
      r.links.add(Paging.next(c.base, c.path, c.rawQuery, all.get(to - 1).id(), limit));
    }
    return r;
  }

  static Reply get(RequestContext c, String id) {
    c.require(Perm.PRINCIPAL_RATE_LIMITS_READ);
    for (PrincipalRateLimitRec r : c.state.principalRateLimits().values()) {
      if (r.id().equals(id)) {
        Json j = c.json();
        write(j, r, c);
        return Reply.ok(j.bytes());
      }
    }
    throw new OktaError(404, "E0000007", "Not found: Resource not found: " + id + " (PrincipalRateLimitEntity)",
        List.of());
  }

  private static void write(Json j, PrincipalRateLimitRec r, RequestContext c) {
    j.obj().str("id", r.id()).str("orgId", c.state.orgId).str("principalId", r.principalId())
        .str("principalType", r.principalType()).num("defaultPercentage", r.defaultPercentage())
        .num("defaultConcurrencyPercentage", r.defaultConcurrencyPercentage())
        .time("createdDate", r.created()).time("lastUpdate", r.created()).end();
  }
}
