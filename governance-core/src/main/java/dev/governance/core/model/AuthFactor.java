package dev.governance.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An authentication factor enrolled by an identity.
 *
 * @param id the provider's id
 * @param identityId the identity that enrolled it
 * @param strength what kind of proof it gives, as the connector decided
 * @param rawType the provider's own factor type, e.g. Okta's {@code webauthn}
 * @param provider who provides it (e.g. {@code OKTA}, {@code GOOGLE}), or {@code null}
 * @param status its status
 * @param created when it was enrolled, or {@code null}
 * @param lastUpdated when it last changed, or {@code null}
 * @since 0.1
 */
public record AuthFactor(
    String id,
    String identityId,
    FactorStrength strength,
    String rawType,
    @Nullable String provider,
    FactorStatus status,
    @Nullable Instant created,
    @Nullable Instant lastUpdated)
    implements Entity {

  /** Validates the components. */
  public AuthFactor {
    Checks.id(id, "id");
    Checks.id(identityId, "identityId");
    Checks.present(strength, "strength");
    Checks.id(rawType, "rawType");
    provider = Checks.optional(provider);
    Checks.present(status, "status");
  }

  @Override
  public String displayLabel() {
    return rawType.toLowerCase(java.util.Locale.ROOT) + (provider == null ? "" : " (" + provider + ")");
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
