package dev.governance.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An authentication factor enrolled by an identity.
 *
 * @param id the provider's id
 * @param identityId the identity that enrolled it
 * @param type the factor's type
 * @param provider who provides it (e.g. {@code OKTA}, {@code GOOGLE}), or {@code null}
 * @param status its status
 * @param created when it was enrolled, or {@code null}
 * @param lastUpdated when it last changed, or {@code null}
 * @since 0.1
 */
public record AuthFactor(
    String id,
    String identityId,
    FactorType type,
    @Nullable String provider,
    FactorStatus status,
    @Nullable Instant created,
    @Nullable Instant lastUpdated)
    implements Entity {

  /** Validates the components. */
  public AuthFactor {
    Checks.id(id, "id");
    Checks.id(identityId, "identityId");
    Checks.present(type, "type");
    provider = Checks.optional(provider);
    Checks.present(status, "status");
  }

  @Override
  public String displayLabel() {
    return type.name().toLowerCase(java.util.Locale.ROOT) + (provider == null ? "" : " (" + provider + ")");
  }

  @Override
  public EntityKind kind() {
    return EntityKind.AUTH_FACTOR;
  }

  /**
   * Tells whether the factor can be used to sign in now.
   *
   * @return {@code true} when active
   */
  public boolean active() {
    return status == FactorStatus.ACTIVE;
  }
}
