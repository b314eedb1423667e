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
 * @param lastUse when it was last used and how that is known, or {@code null} when unknown
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
    NetworkRestriction network,
    @Nullable LastUse lastUse)
    implements Entity {

  /** Validates the components. */
  public ApiToken {
    Checks.id(id, "id");
    Checks.id(name, "name");
    Checks.id(ownerId, "ownerId");
    clientName = Checks.optional(clientName);
    Checks.present(network, "network");
  }

  /**
   * Creates a token whose last use is unknown.
   *
   * @param id the provider's id
   * @param name the token's name
   * @param ownerId the identity the token acts as
   * @param clientName the client that created it, or {@code null}
   * @param created when it was created, or {@code null}
   * @param expires when it expires unless used again, or {@code null}
   * @param lastUpdated when it last changed, or {@code null}
   * @param network where it may be used from
   */
  public ApiToken(String id, String name, String ownerId, @Nullable String clientName, @Nullable Instant created,
      @Nullable Instant expires, @Nullable Instant lastUpdated, NetworkRestriction network) {
    this(id, name, ownerId, clientName, created, expires, lastUpdated, network, null);
  }

  /**
   * Returns a copy with another last use.
   *
   * @param use the last use, or {@code null} when unknown
   * @return the copy
   */
  public ApiToken withLastUse(@Nullable LastUse use) {
    return new ApiToken(id, name, ownerId, clientName, created, expires, lastUpdated, network, use);
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
