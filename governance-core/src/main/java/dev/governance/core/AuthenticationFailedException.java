package dev.governance.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The provider refused the credentials themselves: unknown, revoked or expired token, wrong org,
 * owner deactivated. The message names the tenant, never the secret.
 *
 * @since 0.1
 */
public final class AuthenticationFailedException extends GovernanceException {

  private static final long serialVersionUID = 1L;

  /** Why the provider refused the credentials. */
  public enum Reason {
    /** The provider does not know the token or client. */
    UNKNOWN_CREDENTIAL,
    /** The token was revoked or has expired. */
    REVOKED_OR_EXPIRED,
    /** The credentials belong to another tenant. */
    WRONG_TENANT,
    /** The user who owns the token is no longer active. */
    OWNER_DEACTIVATED,
    /** The service application has no admin role, so the provider answers as if it saw nothing. */
    NO_ADMIN_ROLE,
    /** The provider gave no usable reason. */
    UNSPECIFIED
  }

  /** The tenant, e.g. an org URL, that refused the credentials. */
  private final String tenant;

  /** Why. */
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param tenant the tenant that refused the credentials
   * @param reason why
   * @param message what happened and what to do, without any secret
   * @param cause the provider exception, or {@code null}
   */
  public AuthenticationFailedException(
      String tenant, Reason reason, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.tenant = Objects.requireNonNull(tenant, "tenant");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the tenant that refused the credentials.
   *
   * @return the tenant, e.g. {@code https://acme.okta.com}
   */
  public String tenant() {
    return tenant;
  }

  /**
   * Returns why the credentials were refused.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
