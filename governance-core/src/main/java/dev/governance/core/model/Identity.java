package dev.governance.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A user (or another principal that signs in) of a tenant.
 *
 * @param id the provider's id
 * @param login the sign-in name, unique in the tenant
 * @param email the primary email, or {@code null}
 * @param displayName a name for people to read, or {@code null}
 * @param status the lifecycle category, as the connector decided
 * @param rawStatus the provider's own status, e.g. Okta's {@code DEPROVISIONED}
 * @param created when the identity was created, or {@code null} if the provider does not say
 * @param activated when it was activated, or {@code null}
 * @param lastLogin when it last signed in, or {@code null} if never
 * @param lastUpdated when its profile last changed, or {@code null}
 * @param attributes custom profile attributes
 * @since 0.1
 */
public record Identity(
    String id,
    String login,
    @Nullable String email,
    @Nullable String displayName,
    IdentityStatus status,
    String rawStatus,
    @Nullable Instant created,
    @Nullable Instant activated,
    @Nullable Instant lastLogin,
    @Nullable Instant lastUpdated,
    Attributes attributes)
    implements Entity {

  /** Validates the components. */
  public Identity {
    Checks.id(id, "id");
    Checks.id(login, "login");
    email = Checks.optional(email);
    displayName = Checks.optional(displayName);
    Checks.present(status, "status");
    Checks.id(rawStatus, "rawStatus");
    Checks.present(attributes, "attributes");
  }

  /**
   * Creates an identity whose provider has no status of its own beyond the category, which then
   * stands for the raw status too.
   *
   * @param id the provider's id
   * @param login the sign-in name
   * @param email the primary email, or {@code null}
   * @param displayName a name for people to read, or {@code null}
   * @param status the lifecycle category, also kept as the raw status
   * @param created when the identity was created, or {@code null}
   * @param activated when it was activated, or {@code null}
   * @param lastLogin when it last signed in, or {@code null}
   * @param lastUpdated when its profile last changed, or {@code null}
   * @param attributes custom profile attributes
   */
  public Identity(String id, String login, @Nullable String email, @Nullable String displayName,
      IdentityStatus status, @Nullable Instant created, @Nullable Instant activated,
      @Nullable Instant lastLogin, @Nullable Instant lastUpdated, Attributes attributes) {
    this(id, login, email, displayName, status, status.name(), created, activated, lastLogin,
        lastUpdated, attributes);
  }

  /**
   * Creates an active identity with only an id and a login, for tests and fixtures.
   *
   * @param id the id
   * @param login the login
   * @return the identity
   */
  public static Identity of(String id, String login) {
    return new Identity(
        id, login, null, null, IdentityStatus.ACTIVE, null, null, null, null, Attributes.empty());
  }

  @Override
  public String displayLabel() {
    return login;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.IDENTITY;
  }

  /**
   * Tells whether the identity holds usable access: it can sign in now, or after an unlock.
   *
   * @return {@code true} for {@link IdentityStatus#ACTIVE} and {@link IdentityStatus#LOCKED}
   * @see IdentityStatus#holdsUsableAccess()
   */
  public boolean canSignIn() {
    return status.holdsUsableAccess();
  }

  /**
   * Returns a copy with another status, whose name also stands for the raw status.
   *
   * @param newStatus the status
   * @return the copy
   */
  public Identity withStatus(IdentityStatus newStatus) {
    return withStatus(newStatus, newStatus.name());
  }

  /**
   * Returns a copy with another status.
   *
   * @param newStatus the category
   * @param newRawStatus the provider's own status
   * @return the copy
   */
  public Identity withStatus(IdentityStatus newStatus, String newRawStatus) {
    return new Identity(
        id, login, email, displayName, newStatus, newRawStatus, created, activated, lastLogin,
        lastUpdated, attributes);
  }
}
