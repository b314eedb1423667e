package dev.governance.testkit.okta.internal.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.governance.testkit.okta.internal.auth.DpopVerifier;
import dev.governance.testkit.okta.internal.auth.Principal;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GrantRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.TenantState;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import java.util.function.Consumer;

/**
 * The org authorization server's {@code POST /oauth2/v1/token} for service apps, and the check of
 * the access tokens it issued on API requests.
 *
 * <p>Token requests: client credentials with a {@code private_key_jwt} assertion, verified with
 * Nimbus against the app's registered key (RS256/384/512, ES256/384/512), its {@code iss}/{@code
 * sub}, {@code aud} and {@code exp}. For an app that requires DPoP, as Okta does: no proof gives
 * {@code 400 invalid_dpop_proof} "The DPoP proof JWT header is missing."; a valid proof without
 * the server's nonce gives {@code 400 use_dpop_nonce} with a {@code DPoP-Nonce} header; a valid
 * proof with it gives a token bound to the proof key's thumbprint, {@code token_type: DPoP}. A
 * proof sent for an app that does not require DPoP is refused: Okta does not document accepting
 * one, and the fake is at least as strict as Okta.
 *
 * <p>API requests: {@code Authorization: Bearer} for unbound tokens; a DPoP-bound token needs
 * {@code Authorization: DPoP} and a valid proof for the request with the token's {@code ath} and
 * the key it is bound to, else {@code 400} with {@code WWW-Authenticate: DPoP ...
 * error="invalid_dpop_proof"} (as Okta answers an invalid proof), or {@code 401 ...
 * error="invalid_token"} for a bound token sent as a bearer token.
 */
public final class OAuthService {
  /** Access-token lifetime: Okta's fixed one hour. */
  public static final long LIFETIME_SECONDS = 3600;
  /** The token endpoint's path. */
  public static final String TOKEN_PATH = "/oauth2/v1/token";
  private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  private static final String ALGS = "algs=\"RS256 RS384 RS512 ES256 ES384 ES512\"";

  /**
   * An issued access token.
   *
   * @param app service app position
   * @param scopes granted scopes
   * @param expiresAt epoch millis
   * @param jkt the thumbprint of the DPoP key it is bound to, or null for a bearer token
   */
  public record Issued(int app, Set<String> scopes, long expiresAt, @Nullable String jkt) {}

  /** An API request refused for its DPoP proof or token binding; {@link #reply} is the answer. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The answer. */
    public final transient Reply reply;

    Refused(Reply reply) {
      super(null, null, false, false);
      this.reply = reply;
    }
  }

  private final Map<String, Issued> tokens = new ConcurrentHashMap<>();
  private final DpopVerifier dpop = new DpopVerifier();
  private volatile long lifetimeSeconds = LIFETIME_SECONDS;

  private final Consumer<String> issued;

  /**
   * Creates an empty token store.
   *
   * @param issued told every access token issued
   */
  public OAuthService(Consumer<String> issued) {
    this.issued = issued;
  }

  /**
   * Sets the lifetime of tokens issued from now on (Okta's is one hour), for tests of expiry.
   *
   * @param lifetime at least one second
   */
  public void lifetime(Duration lifetime) {
    if (lifetime.getSeconds() < 1) {
      throw new IllegalArgumentException("The access token lifetime must be at least one second,"
          + " got " + lifetime);
    }
    this.lifetimeSeconds = lifetime.getSeconds();
  }

  /**
   * Authenticates an API request that carries an OAuth access token. Call under the tenant's lock.
   *
   * @param s tenant
   * @param scheme {@code Bearer} or {@code DPoP}, as sent
   * @param token the access token
   * @param proofs the request's {@code DPoP} headers
   * @param method the request's method
   * @param url the request's URL without query
   * @return the principal
   * @throws OktaError 401 for an unknown or expired token
   * @throws Refused for a DPoP-bound token without a valid proof
   */
  public Principal authenticate(TenantState s, String scheme, String token, List<String> proofs,
      String method, String url) {
    Issued i = tokens.get(token);
    if (i == null || i.expiresAt() <= s.now() || s.apps().get(i.app()).status != dev.governance.testkit.okta.AppStatus.ACTIVE) {
      throw OktaError.invalidToken();
    }
    if (i.jkt() != null) {
      if (!"DPoP".equalsIgnoreCase(scheme)) {
        throw new Refused(challenge(401, "invalid_token",
            "The access token is DPoP-bound; send it as 'Authorization: DPoP' with a DPoP proof."));
      }
      if (proofs.size() != 1) {
        throw new Refused(challenge(400, "invalid_dpop_proof", proofs.isEmpty()
            ? "The DPoP proof JWT header is missing." : "Only one DPoP proof JWT header is allowed."));
      }
      try {
        DpopVerifier.Verified v = dpop.verify(proofs.get(0), method, url, token, s.now());
        if (!v.thumbprint().equals(i.jkt())) {
          throw new Refused(challenge(400, "invalid_dpop_proof",
              "The DPoP proof JWT key does not match the key the access token is bound to."));
        }
      } catch (DpopVerifier.Invalid e) {
        throw new Refused(challenge(400, "invalid_dpop_proof", e.getMessage()));
      }
    } else if (!"Bearer".equalsIgnoreCase(scheme)) {
      throw OktaError.invalidToken();
    }
    return new Principal(-1, i.app(), null, i.scopes(), s.apps().get(i.app()).id);
  }

  /**
   * Revokes an access token, as {@link dev.governance.testkit.okta.Fault.RevokeToken} does.
   *
   * @param token the token
   */
  public void revoke(String token) {
    tokens.remove(token);
  }

  /**
   * Answers a token request. Call under the tenant's read lock.
   *
   * @param s tenant
   * @param base org URL
   * @param params query and form parameters
   * @param proofs the request's {@code DPoP} headers
   * @return the reply
   */
  public Reply token(TenantState s, String base, Map<String, String> params, List<String> proofs) {
    if (!"client_credentials".equals(params.get("grant_type"))) {
      return error(400, "unsupported_grant_type", "The grant_type must be client_credentials.");
    }
    if (!ASSERTION_TYPE.equals(params.get("client_assertion_type"))
        || params.get("client_assertion") == null) {
      return error(401, "invalid_client", "Service apps authenticate with private_key_jwt: send "
          + "client_assertion_type=" + ASSERTION_TYPE + " and a signed client_assertion.");
    }
    SignedJWT assertion;
    JWTClaimsSet claims;
    try {
      assertion = SignedJWT.parse(params.get("client_assertion"));
      claims = assertion.getJWTClaimsSet();
    } catch (ParseException e) {
      return error(401, "invalid_client", "The client_assertion is not a signed JWT.");
    }
    String iss = claims.getIssuer();
    AppRec app = iss == null ? null : s.app(iss);
    if (app == null || !app.serviceClient || app.publicKey == null) {
      return error(401, "invalid_client", "No service app with client_id '" + iss
          + "' and a registered public key.");
    }
    if (!iss.equals(claims.getSubject())) {
      return error(401, "invalid_client", "The assertion's sub must equal its iss (the client_id).");
    }
    String aud = base + TOKEN_PATH;
    if (claims.getAudience() == null || !claims.getAudience().contains(aud)) {
      return error(401, "invalid_client", "The assertion's aud must be " + aud + ".");
    }
    long nowSec = s.now() / 1000;
    Date expDate = claims.getExpirationTime();
    long exp = expDate == null ? 0 : expDate.getTime() / 1000;
    if (exp <= nowSec || exp > nowSec + 3600 + 60) {
      return error(401, "invalid_client", "The assertion's exp must lie in the next hour.");
    }
    JWSAlgorithm alg = assertion.getHeader().getAlgorithm();
    if (!verify(assertion, app)) {
      return error(401, "invalid_client", "The client_assertion signature is invalid for the "
          + "app's registered key (alg " + alg + ").");
    }
    if (app.status != dev.governance.testkit.okta.AppStatus.ACTIVE) {
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
      if (g.admin() && "ACTIVE".equals(g.status)) {
        granted.add(g.scopeId);
      }
    }
    for (String sc : asked) {
      if (!granted.contains(sc)) {
        return error(400, "invalid_scope", "The following scopes are not allowed: " + sc
            + "; grant it to the app first.");
      }
    }
    String jkt = null;
    if (app.requireDpop) {
      if (proofs.isEmpty()) {
        return error(400, "invalid_dpop_proof", "The DPoP proof JWT header is missing.");
      }
      if (proofs.size() > 1) {
        return error(400, "invalid_dpop_proof", "Only one DPoP proof JWT header is allowed.");
      }
      DpopVerifier.Verified v;
      try {
        v = dpop.verify(proofs.get(0), "POST", aud, null, s.now());
      } catch (DpopVerifier.Invalid e) {
        return error(400, "invalid_dpop_proof", e.getMessage());
      }
      if (!dpop.nonceValid(v.nonce(), s.now())) {
        return error(400, "use_dpop_nonce", "Authorization server requires nonce in DPoP proof.")
            .header("DPoP-Nonce", dpop.newNonce(s.now()));
      }
      jkt = v.thumbprint();
    } else if (!proofs.isEmpty()) {
      return error(400, "invalid_dpop_proof", "The client is not configured to use DPoP; send the"
          + " token request without a DPoP proof.");
    }
    String token = "eyJ" + s.ids().secret(60);
    long lifetime = lifetimeSeconds;
    tokens.put(token, new Issued(app.idx, Set.copyOf(asked), s.now() + lifetime * 1000, jkt));
    issued.accept(token);
    Json j = new Json().obj().str("token_type", jkt == null ? "Bearer" : "DPoP")
        .num("expires_in", lifetime).str("access_token", token).str("scope", String.join(" ", asked))
        .end();
    return Reply.ok(j.bytes()).header("Cache-Control", "no-cache, no-store")
        .header("Pragma", "no-cache");
  }

  private static boolean verify(SignedJWT jwt, AppRec app) {
    JWSAlgorithm alg = jwt.getHeader().getAlgorithm();
    try {
      JWSVerifier verifier;
      if (app.publicKey instanceof RSAPublicKey rsa && JWSAlgorithm.Family.RSA.contains(alg)
          && alg.getName().startsWith("RS")) {
        verifier = new RSASSAVerifier(rsa);
      } else if (app.publicKey instanceof ECPublicKey ec && JWSAlgorithm.Family.EC.contains(alg)) {
        verifier = new ECDSAVerifier(ec);
      } else {
        return false;
      }
      return jwt.verify(verifier);
    } catch (JOSEException e) {
      return false;
    }
  }

  private static Reply challenge(int status, String code, String description) {
    Reply r = error(status, code, description);
    r.header("WWW-Authenticate", "DPoP " + ALGS + ", error=\"" + code + "\", error_description=\""
        + description.replace("\"", "'") + "\"");
    return r;
  }

  private static Reply error(int status, String code, String description) {
    Json j = new Json().obj().str("error", code).str("error_description", description).end();
    return new Reply(status, j.bytes());
  }
}
