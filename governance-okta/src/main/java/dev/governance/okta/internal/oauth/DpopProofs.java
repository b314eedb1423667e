package dev.governance.okta.internal.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.governance.core.ConnectorFailureException;
import dev.governance.core.Secret;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Makes DPoP proofs (RFC 9449 section 4) with one ephemeral EC P-256 key pair per client, as
 * okta-sdk-java's {@code DPoPInterceptor} does: header {@code typ: dpop+jwt}, {@code alg: ES256}
 * and the public {@code jwk}; claims {@code htm}, {@code htu} (the URL without query and fragment),
 * {@code iat}, a unique {@code jti}, {@code ath} (base64url SHA-256 of the access token) on resource
 * requests, and {@code nonce} when the server gave one. Thread-safe.
 */
public final class DpopProofs {

  private static final JOSEObjectType TYPE = new JOSEObjectType("dpop+jwt");

  private final ECKey key;
  private final ECDSASigner signer;
  private final JWSHeader header;
  private final Clock clock;

  /**
   * Makes the key pair.
   *
   * @param clock the clock for {@code iat}
   */
  public DpopProofs(Clock clock) {
    this.clock = clock;
    try {
      this.key = new ECKeyGenerator(Curve.P_256).generate();
      this.signer = new ECDSASigner(key);
    } catch (JOSEException e) {
      throw new ConnectorFailureException("This JVM cannot make EC P-256 keys for DPoP proofs", false, e);
    }
    this.header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(TYPE).jwk(key.toPublicJWK()).build();
  }

  /**
   * Signs a proof for one request.
   *
   * @param method the HTTP method
   * @param url the request URL; query and fragment are left out
   * @param accessToken the access token sent with the request, or null for a token request
   * @param nonce the server's latest {@code DPoP-Nonce}, or null
   * @return the proof, as a secret
   */
  public Secret proof(String method, URI url, @Nullable Secret accessToken, @Nullable String nonce) {
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
        .jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(clock.instant()))
        .claim("htm", method)
        .claim("htu", htu(url));
    if (accessToken != null) {
      claims.claim("ath", ath(accessToken.reveal()));
    }
    if (nonce != null) {
      claims.claim("nonce", nonce);
    }
    SignedJWT jwt = new SignedJWT(header, claims.build());
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new ConnectorFailureException("Signing a DPoP proof failed (" + e.getClass().getSimpleName() + ")", false, e);
    }
    return Secret.of(jwt.serialize());
  }

  /**
   * Returns the JWK SHA-256 thumbprint (RFC 7638) of the public key, which a DPoP-bound token's
   * {@code cnf.jkt} names.
   *
   * @return the base64url thumbprint
   */
  public String thumbprint() {
    try {
      return key.computeThumbprint().toString();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Returns the {@code htu} of a URL: scheme, authority and path, without query and fragment. The
   * path is decoded and only {@code %}, space, {@code "} and {@code #} are encoded again, as
   * okta-sdk-java does.
   *
   * @param url the request URL
   * @return the {@code htu}
   */
  static String htu(URI url) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)
        .replace("%", "%25")
        .replace(" ", "%20")
        .replace("\"", "%22")
        .replace("#", "%23");
    return url.getScheme() + "://" + url.getRawAuthority() + decoded;
  }

  /**
   * Returns the {@code ath} of an access token.
   *
   * @param token the token
   * @return base64url SHA-256 of its ASCII bytes
   */
  static String ath(String token) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return Base64URL.encode(hash).toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
