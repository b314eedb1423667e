package dev.governance.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An API token's metadata. The secret itself is never read.
 *
 * @param id the provider's id
 * @param name the token's name
 * @param ownerId the identity the token acts as
 * @param clientName the client that created it (Okta: e.g. {@code Okta API}), or {@code null}
 * @param created when it was created, or {@code null}
 * @param expires when it expires unless used again, or {@code null}
 * @param lastUpdated when it last changed (Okta moves this on use), or {@code null}
 * @param network where it may be used from
 * @since 0.1
 */
public record ApiToken(
    String id,
    String name,
    String ownerId,
    @Nullable String clientName,
    @Nullable Instant created,
    @Nullable Instant expires,
    @Nullable Instant lastUpdated,
    NetworkRestriction network)
    implements Entity {

  /** Validates the components. */
  public ApiToken {
    Checks.id(id, "id");
    Checks.id(name, "name");
    Checks.id(ownerId, "ownerId");
    clientName = Checks.optional(clientName);
    Checks.present(network, "network");
  }

  @Override
  public String displayLabel() {
    return name;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.API_TOKEN;
  }
}
