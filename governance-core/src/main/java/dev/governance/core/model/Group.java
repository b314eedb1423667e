package dev.governance.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A group of identities (and, for providers that nest groups, of other groups).
 *
 * @param id the provider's id
 * @param name the group's name
 * @param description its description, or {@code null}
 * @param type where the group and its membership are managed
 * @param sourceApplicationId for an application-sourced group, the application it comes from, or
 *     {@code null}
 * @param created when it was created, or {@code null}
 * @param lastUpdated when its profile last changed, or {@code null}
 * @param lastMembershipUpdated when its membership last changed, or {@code null}
 * @param attributes custom profile attributes
 * @since 0.1
 */
public record Group(
    String id,
    String name,
    @Nullable String description,
    GroupType type,
    @Nullable String sourceApplicationId,
    @Nullable Instant created,
    @Nullable Instant lastUpdated,
    @Nullable Instant lastMembershipUpdated,
    Attributes attributes)
    implements Entity {

  /** Validates the components. */
  public Group {
    Checks.id(id, "id");
    Checks.id(name, "name");
    description = Checks.optional(description);
    Checks.present(type, "type");
    sourceApplicationId = Checks.optional(sourceApplicationId);
    Checks.present(attributes, "attributes");
  }

  /**
   * Creates a native group with only an id and a name, for tests and fixtures.
   *
   * @param id the id
   * @param name the name
   * @return the group
   */
  public static Group of(String id, String name) {
    return new Group(id, name, null, GroupType.NATIVE, null, null, null, null, Attributes.empty());
  }

  @Override
  public String displayLabel() {
    return name;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.GROUP;
  }

  /**
   * Tells whether membership can be changed in the provider itself.
   *
   * @return {@code true} for native groups
   */
  public boolean membershipManagedHere() {
    return type == GroupType.NATIVE;
  }
}
