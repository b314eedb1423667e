package dev.governance.testkit.okta.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GrantRec;
import dev.governance.testkit.okta.internal.state.TenantState;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The org authorization server's {@code POST /oauth2/v1/token} for service apps: client
 * credentials with a {@code private_key_jwt} assertion, verified against the app's registered key
 * (RS256/384/512, ES256), its {@code iss}/{@code sub}, {@code aud} and {@code exp}.
 */
public final class OAuthService {
  /** Access-token lifetime: Okta's fixed one hour. */
  public static final long LIFETIME_SECONDS = 3600;
  private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  /**
   * An issued access token.
   *
   * @param app service app position
   * @param scopes granted scopes
   * @param expiresAt epoch millis
   */
  public record Issued(int app, Set<String> scopes, long expiresAt) {}

  private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

  /** Creates an empty token store. */
  public OAuthService() {}

  /**
   * Looks up a bearer token.
   *
   * @param token the token
   * @param now epoch millis
   * @return the token or null when unknown or expired
   */
  public Issued lookup(String token, long now) {
    Issued i = tokens.get(token);
    return i == null || i.expiresAt() <= now ? null : i;
  }

  /**
   * Answers a token request. Call under the tenant's read lock.
   *
   * @param s tenant
   * @param base org URL
   * @param params query and form parameters
   * @return the reply
   */
  public Reply token(TenantState s, String base, Map<String, String> params) {
    if (!"client_credentials".equals(params.get("grant_type"))) {
      return error(400, "unsupported_grant_type", "The grant_type must be client_credentials.");
    }
    if (!ASSERTION_TYPE.equals(params.get("client_assertion_type"))
        || params.get("client_assertion") == null) {
      return error(401, "invalid_client", "Service apps authenticate with private_key_jwt: send "
          + "client_assertion_type=" + ASSERTION_TYPE + " and a signed client_assertion.");
    }
    String[] parts = params.get("client_assertion").split("\\.");
    if (parts.length != 3) {
      return error(401, "invalid_client", "The client_assertion is not a signed JWT.");
    }
    JsonNode header;
    JsonNode claims;
    try {
      header = Json.mapper().readTree(Base64.getUrlDecoder().decode(parts[0]));
      claims = Json.mapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
    } catch (IOException | IllegalArgumentException e) {
      return error(401, "invalid_client", "The client_assertion could not be decoded.");
    }
    String iss = claims.path("iss").asText(null);
    AppRec app = iss == null ? null : s.app(iss);
    if (app == null || !app.serviceClient || app.publicKey == null) {
      return error(401, "invalid_client", "No service app with client_id '" + iss
          + "' and a registered public key.");
    }
    if (!iss.equals(claims.path("sub").asText(null))) {
      return error(401, "invalid_client", "The assertion's sub must equal its iss (the client_id).");
    }
    String aud = base + "/oauth2/v1/token";
    JsonNode audNode = claims.path("aud");
    boolean audOk = audNode.isArray() ? contains(audNode, aud) : aud.equals(audNode.asText());
    if (!audOk) {
      return error(401, "invalid_client", "The assertion's aud must be " + aud + ".");
    }
    long nowSec = s.now() / 1000;
    long exp = claims.path("exp").asLong(0);
    if (exp <= nowSec || exp > nowSec + 3600 + 60) {
      return error(401, "invalid_client", "The assertion's exp must lie in the next hour.");
    }
    String alg = header.path("alg").asText("");
    if (!verify(alg, app, parts)) {
      return error(401, "invalid_client", "The client_assertion signature is invalid for the "
          + "app's registered key (alg " + alg + ").");
    }
    if (!"ACTIVE".equals(app.status)) {
      return error(401, "invalid_client", "The client is not active.");
    }
    Set<String> asked = new LinkedHashSet<>();
    for (String sc : params.getOrDefault("scope", "").trim().split("[\\s+]+")) {
      if (!sc.isEmpty()) {
        asked.add(sc);
      }
    }
    if (asked.isEmpty()) {
      return error(400, "invalid_scope", "The scope parameter is required.");
    }
    Set<String> granted = new LinkedHashSet<>();
    for (GrantRec g : app.grants) {
      if ("ACTIVE".equals(g.status)) {
        granted.add(g.scopeId);
      }
    }
    for (String sc : asked) {
      if (!granted.contains(sc)) {
        return error(400, "invalid_scope", "The following scopes are not allowed: " + sc
            + "; grant it to the app first.");
      }
    }
    String token = "eyJ" + s.ids().secret(60);
    tokens.put(token, new Issued(app.idx, Set.copyOf(asked), s.now() + LIFETIME_SECONDS * 1000));
    Json j = new Json().obj().str("token_type", "Bearer").num("expires_in", LIFETIME_SECONDS)
        .str("access_token", token).str("scope", String.join(" ", asked)).end();
    return Reply.ok(j.bytes()).header("Cache-Control", "no-cache, no-store")
        .header("Pragma", "no-cache");
  }

  private static boolean contains(JsonNode arr, String value) {
    for (JsonNode n : arr) {
      if (value.equals(n.asText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean verify(String alg, AppRec app, String[] parts) {
    String jca = switch (alg) {
      case "RS256" -> "SHA256withRSA";
      case "RS384" -> "SHA384withRSA";
      case "RS512" -> "SHA512withRSA";
      case "ES256" -> "SHA256withECDSA";
      default -> null;
    };
    if (jca == null) {
      return false;
    }
    try {
      byte[] sig = Base64.getUrlDecoder().decode(parts[2]);
      if (alg.startsWith("ES")) {
        sig = derFromRaw(sig);
      }
      Signature v = Signature.getInstance(jca);
      v.initVerify(app.publicKey);
      v.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      return v.verify(sig);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derFromRaw(byte[] raw) {
    int half = raw.length / 2;
    byte[] r = new BigInteger(1, Arrays.copyOfRange(raw, 0, half)).toByteArray();
    byte[] s = new BigInteger(1, Arrays.copyOfRange(raw, half, raw.length)).toByteArray();
    int len = 2 + r.length + 2 + s.length;
    byte[] out = new byte[2 + len];
    out[0] = 0x30;
    out[1] = (byte) len;
    out[2] = 0x02;
    out[3] = (byte) r.length;
    System.arraycopy(r, 0, out, 4, r.length);
    out[4 + r.length] = 0x02;
    out[5 + r.length] = (byte) s.length;
    System.arraycopy(s, 0, out, 6 + r.length, s.length);
    return out;
  }

  private static Reply error(int status, String code, String description) {
    Json j = new Json().obj().str("error", code).str("error_description", description).end();
    return new Reply(status, j.bytes());
  }
}
