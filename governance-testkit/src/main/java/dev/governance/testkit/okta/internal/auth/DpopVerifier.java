package dev.governance.testkit.okta.internal.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Verifies DPoP proofs (RFC 9449 section 4.3) with Nimbus JOSE+JWT, as Okta's org authorization
 * server and its API do: the {@code typ} is {@code dpop+jwt}; the {@code alg} is one of those Okta
 * lists in {@code dpop_signing_alg_values_supported} (RS256/384/512, ES256/384/512); the {@code
 * jwk} header is a public key and verifies the signature; {@code htm} and {@code htu} match the
 * request; {@code iat} is recent; the {@code jti} was not seen before; on resource requests {@code
 * ath} is the hash of the access token; on token requests the {@code nonce} is one this server
 * issued. Thread-safe.
 */
public final class DpopVerifier {

  /** How far {@code iat} may lie in the past. */
  public static final long MAX_AGE_MILLIS = 60_000;
  /** How far {@code iat} may lie in the future (clock skew). */
  public static final long MAX_SKEW_MILLIS = 5_000;
  /** How long an issued nonce is accepted (okta-sdk-java renews its nonce after 22 of 24 hours). */
  public static final long NONCE_MILLIS = 24L * 3600 * 1000;

  private static final JOSEObjectType TYPE = new JOSEObjectType("dpop+jwt");
  private static final Set<JWSAlgorithm> ALGS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
      JWSAlgorithm.RS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

  /** Why a proof was refused, in Okta's words. */
  public static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String description;

    Invalid(String description) {
      super(description, null, false, false);
      this.description = description;
    }

    /**
     * What is wrong with the proof.
     *
     * @return the description given to the constructor
     */
    @Override
    public String getMessage() {
      return description;
    }
  }

  private final Map<String, Long> seenJti = new ConcurrentHashMap<>();
  private final Map<String, Long> nonces = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  /** Creates a verifier with no history. */
  public DpopVerifier() {}

  /**
   * Issues a nonce for the next token request's proof.
   *
   * @param now epoch millis
   * @return the nonce
   */
  public String newNonce(long now) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    nonces.put(nonce, now);
    return nonce;
  }

  /**
   * Whether a proof's {@code nonce} is one this server issued and still accepts.
   *
   * @param nonce the claim, or null
   * @param now epoch millis
   * @return whether it is valid
   */
  public boolean nonceValid(@Nullable String nonce, long now) {
    Long issued = nonce == null ? null : nonces.get(nonce);
    return issued != null && now - issued <= NONCE_MILLIS;
  }

  /**
   * Verifies a proof.
   *
   * @param proof the {@code DPoP} header
   * @param method the request's method
   * @param url the request's URL without query
   * @param accessToken the access token it comes with (resource requests), or null (token requests)
   * @param now epoch millis
   * @return the verified proof
   * @throws Invalid if it is not valid for this request
   */
  public Verified verify(
      String proof, String method, String url, @Nullable String accessToken, long now) {
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(proof);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new Invalid("The DPoP proof JWT is malformed.");
    }
    JWSHeader header = jwt.getHeader();
    if (!TYPE.equals(header.getType())) {
      throw new Invalid("The DPoP proof JWT header 'typ' is invalid; it must be 'dpop+jwt'.");
    }
    if (!ALGS.contains(header.getAlgorithm())) {
      throw new Invalid("The DPoP proof JWT header 'alg' is not supported.");
    }
    JWK jwk = header.getJWK();
    if (jwk == null || jwk.isPrivate()) {
      throw new Invalid("The DPoP proof JWT header 'jwk' is missing or holds a private key.");
    }
    String thumbprint;
    try {
      JWSVerifier verifier = jwk instanceof RSAKey rsa ? new RSASSAVerifier(rsa)
          : new ECDSAVerifier((ECKey) jwk);
      if (!jwt.verify(verifier)) {
        throw new Invalid("The DPoP proof JWT signature is invalid.");
      }
      thumbprint = jwk.computeThumbprint().toString();
    } catch (JOSEException | ClassCastException e) {
      throw new Invalid("The DPoP proof JWT signature is invalid.");
    }
    if (!method.equals(text(claims, "htm"))) {
      throw claim("htm");
    }
    String htu = text(claims, "htu");
    if (htu == null || !normalised(htu).equals(normalised(url))) {
      throw claim("htu");
    }
    Date iat = claims.getIssueTime();
    if (iat == null || iat.getTime() < now - MAX_AGE_MILLIS || iat.getTime() > now + MAX_SKEW_MILLIS) {
      throw claim("iat");
    }
    String jti = claims.getJWTID();
    if (jti == null || jti.isEmpty()) {
      throw claim("jti");
    }
    if (accessToken != null && !ath(accessToken).equals(text(claims, "ath"))) {
      throw claim("ath");
    }
    seenJti.values().removeIf(at -> at < now - MAX_AGE_MILLIS - MAX_SKEW_MILLIS);
    if (seenJti.putIfAbsent(thumbprint + " " + jti, now) != null) {
      throw new Invalid("The DPoP proof JWT 'jti' was already used.");
    }
    return new Verified(thumbprint, text(claims, "nonce"));
  }

  /**
   * A verified proof.
   *
   * @param thumbprint the JWK SHA-256 thumbprint of its key
   * @param nonce its {@code nonce} claim, or null
   */
  public record Verified(String thumbprint, @Nullable String nonce) {}

  private static Invalid claim(String name) {
    return new Invalid("'" + name + "' claim in the DPoP proof JWT is invalid.");
  }

  private static @Nullable String text(JWTClaimsSet claims, String name) {
    Object value = claims.getClaim(name);
    return value instanceof String s ? s : null;
  }

  private static String normalised(String url) {
    return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /**
   * The {@code ath} of an access token.
   *
   * @param token the token
   * @return base64url SHA-256 of its ASCII bytes
   */
  public static String ath(String token) {
    try {
      return Base64URL.encode(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.US_ASCII))).toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
