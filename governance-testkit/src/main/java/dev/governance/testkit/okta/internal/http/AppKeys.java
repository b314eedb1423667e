package dev.governance.testkit.okta.internal.http;

import dev.governance.core.internal.Quoted;
import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.KeyRec;
import dev.governance.testkit.okta.internal.state.OktaError;

/**
 * An application's signing key credentials: {@code GET /api/v1/apps/{appId}/credentials/keys},
 * {@code …/keys/{keyId}} ({@code okta.apps.read}) and {@code POST …/keys/generate?validityYears=n}
 * ({@code okta.apps.manage}, 201). Keys are served as JSON Web Keys without their certificate chain.
 */
final class AppKeys {
  private AppKeys() {}

  static Reply list(RequestContext c, String appId) {
    AppRec a = AppsApi.visible(c, appId, Perm.APPS_READ);
    Json j = c.json().arr();
    for (KeyRec k : a.keys) {
      key(j, k);
    }
    return Reply.ok(j.endArr().bytes());
  }

  static Reply get(RequestContext c, String appId, String keyId) {
    AppRec a = AppsApi.visible(c, appId, Perm.APPS_READ);
    for (KeyRec k : a.keys) {
      if (k.kid().equals(keyId)) {
        Json j = c.json();
        key(j, k);
        return Reply.ok(j.bytes());
      }
    }
    throw OktaError.notFound(keyId + " (ApplicationKeyCredential)");
  }

  static Reply generate(RequestContext c, String appId) {
    c.requireScope(Perm.APPS_MANAGE);
    AppRec a = AppsApi.find(c, appId, false);
    if (!c.access().forApp(Perm.APPS_MANAGE, a.idx)) {
      throw OktaError.forbidden();
    }
    String raw = c.q("validityYears");
    int years;
    try {
      years = raw == null ? -1 : Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw OktaError.validation("validityYears: " + Quoted.quote(raw) + " is not a number.");
    }
    Json j = c.json();
    key(j, c.changes().apps().generateKey(c.actor(), a, years));
    return new Reply(201, j.bytes());
  }

  private static void key(Json j, KeyRec k) {
    j.obj().time("created", k.created()).time("lastUpdated", k.created()).time("expiresAt", k.expiresAt())
        .str("kid", k.kid()).str("kty", "RSA").str("use", "sig").str("e", k.e()).str("n", k.n()).end();
  }
}
