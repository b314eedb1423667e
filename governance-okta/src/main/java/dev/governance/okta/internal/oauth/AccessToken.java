package dev.governance.okta.internal.oauth;

import dev.governance.core.Secret;
import java.time.Instant;
import java.util.Objects;

/**
 * An access token from Okta's token endpoint.
 *
 * @param value the token, masked when printed
 * @param dpop whether it is bound to the client's DPoP key ({@code token_type: DPoP})
 * @param expiresAt when it expires, by the connector's clock
 */
public record AccessToken(Secret value, boolean dpop, Instant expiresAt) {

  /** Validates. */
  public AccessToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * Returns the kind and expiry, never the token.
   *
   * @return e.g. {@code AccessToken[DPoP, expiresAt=…, ****]}
   */
  @Override
  public String toString() {
    return "AccessToken[" + (dpop ? "DPoP" : "Bearer") + ", expiresAt=" + expiresAt + ", "
        + Secret.MASK + "]";
  }
}
