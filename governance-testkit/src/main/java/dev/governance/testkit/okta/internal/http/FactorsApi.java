package dev.governance.testkit.okta.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.core.internal.Quoted;
import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.GrantJson;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.FactorRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.UserFactors;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user's MFA factors beyond the list ({@link UsersApi#factors}): the catalog, enrolment, one
 * factor, its activation and its removal; and the org's authenticators. Factor reads need {@code
 * okta.users.read}, changes {@code okta.users.manage} (Okta has no factor scope), each with an admin
 * role that reaches the user; {@code GET /api/v1/authenticators} needs {@code
 * okta.authenticators.read} and an org-wide reader. {@link UserFactors} holds Okta's rules.
 */
final class FactorsApi {
  private FactorsApi() {}

  private static UserRec user(RequestContext c, String userId, Perm perm) {
    c.requireScope(perm);
    UserRec u = UsersApi.find(c, userId);
    if (!c.userVisible(perm, u)) {
      throw c.access().anywhere(perm) ? OktaError.notFound(Quoted.text(userId) + " (User)") : OktaError.forbidden();
    }
    return u;
  }

  private static FactorRec factor(RequestContext c, UserRec u, String factorId) {
    FactorRec f = c.state.factors(u.idx).stream().filter(x -> x.id().equals(factorId) && c.state.listed(x))
        .findFirst().orElse(null);
    if (f == null) {
      throw OktaError.notFound(Quoted.text(factorId) + " (UserFactor)");
    }
    return f;
  }

  static Reply catalog(RequestContext c, String userId) {
    UserRec u = user(c, userId, Perm.USERS_READ);
    Json j = c.json().arr();
    for (String[] offered : UserFactors.catalog(c.state)) {
      String status = "NOT_SETUP";
      for (FactorRec f : c.state.factors(u.idx)) {
        if (f.factorType().equals(offered[0]) && f.provider().equals(offered[1])) {
          status = f.status();
        }
      }
      j.obj().str("factorType", offered[0]).str("provider", offered[1]).str("vendorName", offered[1])
          .str("status", status).str("enrollment", "OPTIONAL");
      j.obj("_links").obj("enroll").str("href", c.base + "/api/v1/users/" + u.id + "/factors")
          .obj("hints").arr("allow").str("POST").endArr().end().end().end();
      j.end();
    }
    return Reply.ok(j.endArr().bytes());
  }

  static Reply get(RequestContext c, String userId, String factorId) {
    UserRec u = user(c, userId, Perm.USERS_READ);
    return one(c, u, factor(c, u, factorId));
  }

  static Reply enroll(RequestContext c, String userId) {
    UserRec u = user(c, userId, Perm.USERS_MANAGE);
    JsonNode body = UserWrites.body(c);
    String type = body.path("factorType").asText("");
    if (type.isEmpty()) {
      throw new OktaError(400, "E0000001", "Api validation failed: factorType",
          List.of("factorType: The field cannot be left blank"));
    }
    Map<String, Object> profile = new LinkedHashMap<>();
    body.path("profile").fields().forEachRemaining(e -> {
      if (e.getValue().isValueNode() && !e.getValue().isNull()) {
        profile.put(e.getKey(), e.getValue().asText());
      }
    });
    FactorRec f = c.changes().mfa().enroll(c.actor(), u, type, body.path("provider").asText("OKTA"), profile,
        "true".equalsIgnoreCase(c.q("activate")));
    return one(c, u, f);
  }

  static Reply activate(RequestContext c, String userId, String factorId) {
    UserRec u = user(c, userId, Perm.USERS_MANAGE);
    FactorRec f = factor(c, u, factorId);
    String passCode = null;
    if (c.body.length > 0) {
      JsonNode body = UserWrites.body(c);
      passCode = body.path("passCode").isTextual() ? body.path("passCode").asText() : null;
    }
    return one(c, u, c.changes().mfa().activate(c.actor(), u, f, passCode));
  }

  static Reply delete(RequestContext c, String userId, String factorId) {
    UserRec u = user(c, userId, Perm.USERS_MANAGE);
    c.changes().mfa().delete(c.actor(), u, factor(c, u, factorId));
    return Reply.empty(204);
  }

  private static Reply one(RequestContext c, UserRec u, FactorRec f) {
    Json j = c.json();
    GrantJson.factor(j, f, u, c.base);
    return Reply.ok(j.bytes());
  }

  /** The authenticators of the org: key, type, name, and the factor types each stands for. */
  private static final List<Object[]> AUTHENTICATORS = List.of(
      new Object[] {"okta_password", "password", "Password", Set.of()},
      new Object[] {"okta_email", "email", "Email", Set.of("email")},
      new Object[] {"phone_number", "phone", "Phone", Set.of("sms", "call")},
      new Object[] {"okta_verify", "app", "Okta Verify", Set.of("push", "token:software:totp", "signed_nonce")},
      new Object[] {"google_otp", "app", "Google Authenticator", Set.of("token:software:totp")},
      new Object[] {"security_question", "security_question", "Security Question", Set.of("question")},
      new Object[] {"webauthn", "security_key", "Security Key or Biometric", Set.of("webauthn", "u2f")});

  /**
   * {@code GET /api/v1/authenticators}: one per kind the org offers, {@code ACTIVE} when the
   * enrollment policy allows one of its factor types (the password always).
   */
  static Reply authenticators(RequestContext c) {
    c.require(Perm.AUTHENTICATORS_READ);
    Set<String> allowed = c.state.enrollableFactorTypes();
    Json j = c.json().arr();
    int n = 0;
    for (Object[] a : AUTHENTICATORS) {
      @SuppressWarnings("unchecked")
      Set<String> types = (Set<String>) a[3];
      boolean active = types.isEmpty() || allowed == null || types.stream().anyMatch(allowed::contains);
      String id = "aut" + c.state.orgId.substring(3, 10) + String.format("%010d", ++n);
      String self = c.base + "/api/v1/authenticators/" + id;
      j.obj().str("id", id).str("key", (String) a[0]).str("type", (String) a[1]).str("name", (String) a[2])
          .str("status", active ? "ACTIVE" : "INACTIVE").time("created", 1_600_000_000_000L)
          .time("lastUpdated", 1_600_000_000_000L);
      if (!types.isEmpty() && !a[0].equals("webauthn") && !a[0].equals("google_otp")
          && !a[0].equals("okta_verify")) {
        j.obj("settings").str("allowedFor", "any").end();
      }
      j.obj("_links").obj("self").str("href", self).obj("hints").arr("allow").str("GET").str("PUT").endArr()
          .end().end();
      j.obj(active ? "deactivate" : "activate").str("href", self + "/lifecycle/" + (active ? "deactivate" : "activate"))
          .obj("hints").arr("allow").str("POST").endArr().end().end();
      j.obj("methods").str("href", self + "/methods").obj("hints").arr("allow").str("GET").endArr().end().end();
      j.end().end();
    }
    return Reply.ok(j.endArr().bytes());
  }
}
