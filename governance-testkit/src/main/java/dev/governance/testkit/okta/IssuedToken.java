package dev.governance.testkit.okta;

import java.util.Objects;

/**
 * An API token created through the fixture API: its id (as listed by {@code /api/v1/api-tokens})
 * and its secret (sent as {@code Authorization: SSWS <secret>}). {@link #toString()} masks the
 * secret.
 *
 * @param id the token id, {@code 00T…}
 * @param secret the secret
 * @since 0.1
 */
public record IssuedToken(String id, String secret) {
  /**
   * Validates.
   *
   * @param id id
   * @param secret secret
   */
  public IssuedToken {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(secret, "secret");
  }

  @Override
  public String toString() {
    return "IssuedToken[id=" + id + ", secret=****]";
  }
}
