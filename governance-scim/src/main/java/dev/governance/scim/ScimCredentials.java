package dev.governance.scim;

import dev.governance.core.Secret;
import dev.governance.core.internal.Quoted;
import java.util.Objects;

/**
 * How the connector authenticates to a SCIM service provider: a bearer token (RFC 6750, the
 * {@code oauthbearertoken} scheme of {@code /ServiceProviderConfig}) or HTTP basic authentication
 * ({@code httpbasic}). The secrets stay in {@link Secret}s, and {@code toString} masks them.
 *
 * @since 0.1
 */
public sealed interface ScimCredentials {

  /**
   * A bearer token, sent as {@code Authorization: Bearer <token>}.
   *
   * @param token the token
   */
  record BearerToken(Secret token) implements ScimCredentials {
    /**
     * Validates.
     *
     * @param token the token
     */
    public BearerToken {
      Objects.requireNonNull(token, "token");
    }

    @Override
    public String principal() {
      return "a bearer token";
    }

    @Override
    public String toString() {
      return "BearerToken[" + Secret.MASK + "]";
    }
  }

  /**
   * A user name and password, sent as {@code Authorization: Basic ...}.
   *
   * @param username the user name; it may not contain {@code :}
   * @param password the password
   */
  record Basic(String username, Secret password) implements ScimCredentials {
    /**
     * Validates.
     *
     * @param username the user name
     * @param password the password
     */
    public Basic {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
      if (username.isBlank() || username.contains(":")) {
        throw new IllegalArgumentException("A basic user name must not be blank nor contain ':', got "
            + Quoted.quote(username));
      }
    }

    @Override
    public String principal() {
      return "the user " + Quoted.quote(username) + " (basic authentication)";
    }

    @Override
    public String toString() {
      return "Basic[username=" + Quoted.text(username) + ", password=" + Secret.MASK + "]";
    }
  }

  /**
   * Who these credentials act as, in plain words and without secrets.
   *
   * @return e.g. {@code a bearer token}
   */
  String principal();

  /**
   * A bearer token.
   *
   * @param token the token
   * @return the credentials
   */
  static ScimCredentials bearer(Secret token) {
    return new BearerToken(token);
  }

  /**
   * A user name and password.
   *
   * @param username the user name
   * @param password the password
   * @return the credentials
   */
  static ScimCredentials basic(String username, Secret password) {
    return new Basic(username, password);
  }
}
