package dev.governance.okta.internal.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.Secret;
import dev.governance.okta.OktaCredentials;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * Signs the {@code private_key_jwt} client assertion of a service app's token request, as Okta
 * documents it ("Implement OAuth for Okta with a service app"): {@code iss} and {@code sub} the
 * client id, {@code aud} the token endpoint's URL, {@code exp} at most one hour ahead, a unique
 * {@code jti}, and the key's {@code kid} in the header when known.
 */
final class ClientAssertion {

  /** Well within Okta's maximum of one hour. */
  static final Duration LIFETIME = Duration.ofMinutes(5);

  private final OktaCredentials.ServiceApp app;
  private final String audience;
  private final JWSSigner signer;
  private final JWSAlgorithm algorithm;

  ClientAssertion(OktaCredentials.ServiceApp app, String audience) {
    this.app = app;
    this.audience = audience;
    this.algorithm = JWSAlgorithm.parse(app.privateKey().signingAlgorithm());
    PrivateKey key = app.privateKey().privateKey();
    try {
      this.signer = key instanceof ECPrivateKey ec ? new ECDSASigner(ec) : new RSASSASigner(key, true);
    } catch (JOSEException e) {
      throw new InvalidConfigurationException("privateKey", "The private key of service app "
          + app.clientId() + " cannot sign client assertions (" + app.privateKey()
          + "). Give an RSA key or an EC key on P-256, P-384 or P-521.", e);
    }
  }

  /**
   * Signs a new assertion.
   *
   * @param clock the clock for {@code iat} and {@code exp}
   * @return the compact JWS, as a secret
   */
  Secret sign(Clock clock) {
    Instant now = clock.instant();
    JWSHeader.Builder header = new JWSHeader.Builder(algorithm);
    app.keyId().ifPresent(header::keyID);
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(app.clientId())
        .subject(app.clientId())
        .audience(audience)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(LIFETIME)))
        .jwtID(UUID.randomUUID().toString())
        .build();
    SignedJWT jwt = new SignedJWT(header.build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new InvalidConfigurationException("privateKey", "Signing the client assertion of"
          + " service app " + app.clientId() + " with " + app.privateKey() + " failed ("
          + e.getClass().getSimpleName() + ").", e);
    }
    return Secret.of(jwt.serialize());
  }
}
