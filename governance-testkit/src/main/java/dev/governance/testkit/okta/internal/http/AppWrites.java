package dev.governance.testkit.okta.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.testkit.okta.AppStatus;
import dev.governance.testkit.okta.OktaSignOnMode;
import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.EntityJson;
import dev.governance.testkit.okta.internal.json.GrantJson;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.ArrayList;
import java.util.List;

/**
 * Application writes: {@code POST /api/v1/apps} (bookmark, basic auth, SAML 2.0 and OpenID
 * Connect apps), {@code POST /api/v1/apps/{id}/lifecycle/activate|deactivate}, {@code DELETE
 * /api/v1/apps/{id}} and {@code POST /api/v1/apps/{id}/users} (group assignments: {@link
 * AppAssignments}). Each needs {@code okta.apps.manage} and an admin role that
 * manages the app (an org-wide one to create); each change writes its System Log event.
 */
final class AppWrites {
  private AppWrites() {}

  static Reply create(RequestContext c) {
    c.requireScope(Perm.APPS_MANAGE);
    if (!c.access().orgWide(Perm.APPS_MANAGE)) {
      throw OktaError.forbidden();
    }
    JsonNode body = UserWrites.body(c);
    String mode = body.path("signOnMode").asText("");
    OktaSignOnMode signOn = switch (mode) {
      case "BOOKMARK" -> OktaSignOnMode.BOOKMARK;
      case "BASIC_AUTH" -> OktaSignOnMode.BASIC_AUTH;
      case "SAML_2_0" -> OktaSignOnMode.SAML_2_0;
      case "OPENID_CONNECT" -> OktaSignOnMode.OPENID_CONNECT;
      case "AUTO_LOGIN" -> OktaSignOnMode.AUTO_LOGIN;
      case "" -> throw new OktaError(400, "E0000001", "Api validation failed: signOnMode",
          List.of("signOnMode: The field cannot be left blank"));
      default -> throw new OktaError(404, "E0000008", "The requested path was not found",
          List.of("Creating applications with sign-on mode " + mode + " is not served by this tenant; it"
              + " serves BOOKMARK, BASIC_AUTH, SAML_2_0, AUTO_LOGIN and OPENID_CONNECT."));
    };
    List<String> missing = new ArrayList<>();
    require(body, missing, "label");
    JsonNode settings = body.path("settings");
    switch (signOn) {
      case BOOKMARK -> require(settings, missing, "app", "url");
      case BASIC_AUTH -> {
        require(settings, missing, "app", "url");
        require(settings, missing, "app", "authURL");
      }
      case AUTO_LOGIN -> require(settings, missing, "signOn", "loginUrl");
      case SAML_2_0 -> {
        require(settings, missing, "signOn", "ssoAcsUrl");
        require(settings, missing, "signOn", "audience");
      }
      default -> {
        if (!settings.path("oauthClient").path("grant_types").isArray()
            || settings.path("oauthClient").path("grant_types").isEmpty()) {
          missing.add("settings.oauthClient.grant_types: The field cannot be left blank");
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new OktaError(400, "E0000001", "Api validation failed: " + missing.get(0).split(":")[0], missing);
    }
    boolean activate = !"false".equalsIgnoreCase(c.q("activate"));
    String name = body.path("name").isTextual() && signOn != OktaSignOnMode.SAML_2_0
        && signOn != OktaSignOnMode.OPENID_CONNECT && signOn != OktaSignOnMode.AUTO_LOGIN ? body.path("name").asText()
        : signOn.appName();
    AppRec a = c.changes().createApp(c.actor(), name, body.path("label").asText(), signOn.name(),
        activate ? AppStatus.ACTIVE : AppStatus.INACTIVE);
    a.serviceClient = signOn == OktaSignOnMode.OPENID_CONNECT
        && "service".equals(settings.path("oauthClient").path("application_type").asText());
    if (a.serviceClient) {
      registerKey(a, settings.path("oauthClient").path("jwks").path("keys"));
    }
    return app(c, a);
  }

  /**
   * Registers the first RSA signing key of a service app's {@code jwks}, so that the app can ask
   * for tokens with {@code private_key_jwt} at once.
   */
  private static void registerKey(AppRec a, JsonNode keys) {
    for (JsonNode k : keys) {
      if ("RSA".equals(k.path("kty").asText()) && k.path("n").isTextual() && k.path("e").isTextual()) {
        try {
          java.util.Base64.Decoder b64 = java.util.Base64.getUrlDecoder();
          a.publicKey = java.security.KeyFactory.getInstance("RSA").generatePublic(
              new java.security.spec.RSAPublicKeySpec(new java.math.BigInteger(1, b64.decode(k.path("n").asText())),
                  new java.math.BigInteger(1, b64.decode(k.path("e").asText()))));
          a.keyId = k.path("kid").isTextual() ? k.path("kid").asText() : null;
          return;
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
          throw OktaError.validation("settings.oauthClient.jwks: the RSA key is not valid.");
        }
      }
    }
  }

  private static void require(JsonNode node, List<String> missing, String... path) {
    JsonNode n = node;
    for (String p : path) {
      n = n.path(p);
    }
    if (!n.isTextual() || n.asText().isBlank()) {
      missing.add((path.length > 1 ? "settings." : "") + String.join(".", path) + ": The field cannot be left blank");
    }
  }

  static Reply lifecycle(RequestContext c, String id, String operation) {
    AppRec a = managed(c, id);
    switch (operation) {
      case "activate" -> c.changes().appActive(c.actor(), a, true);
      case "deactivate" -> c.changes().appActive(c.actor(), a, false);
      default -> throw new OktaError(404, "E0000008", "The requested path was not found",
          List.of("Unknown application lifecycle operation '" + operation + "'."));
    }
    return Reply.ok(c.json().obj().end().bytes());
  }

  static Reply delete(RequestContext c, String id) {
    AppRec a = managed(c, id);
    c.changes().deleteApp(c.actor(), a);
    return Reply.empty(204);
  }

  /** Assigns a user directly: the body's {@code id} names the user; answers the {@code AppUser}. */
  static Reply assignUser(RequestContext c, String id) {
    AppRec a = managed(c, id);
    JsonNode body = UserWrites.body(c);
    String userId = body.path("id").asText("");
    if (userId.isBlank()) {
      throw new OktaError(400, "E0000001", "Api validation failed: id", List.of("id: The field cannot be left blank"));
    }
    UserRec u = UsersApi.find(c, userId);
    java.util.Map<String, Object> profile = AppAssignments.profile(body);
    c.changes().assignUser(c.actor(), a, u);
    if (profile != null) {
      c.changes().apps().userProfile(a, u, profile);
    }
    Json j = c.json();
    GrantJson.appUser(j, a, u, false, c.base, false);
    return Reply.ok(j.bytes());
  }

  private static AppRec managed(RequestContext c, String id) {
    c.requireScope(Perm.APPS_MANAGE);
    AppRec a = AppsApi.find(c, id, false);
    if (!c.access().forApp(Perm.APPS_MANAGE, a.idx)) {
      throw OktaError.forbidden();
    }
    return a;
  }

  private static Reply app(RequestContext c, AppRec a) {
    Json j = c.json();
    EntityJson.app(j, a, c.state, c.base);
    return Reply.ok(j.bytes());
  }
}
