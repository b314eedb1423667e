package dev.governance.core.model;

/**
 * What a role assignment is limited to. A role assignment without targets applies tenant-wide.
 *
 * @param kind what kind of resource the target is
 * @param id the resource's id (for {@link Kind#APPLICATION_TYPE}, the application's name)
 * @since 0.1
 */
public record RoleTarget(Kind kind, String id) {

  /** Kinds of role targets. */
  public enum Kind {
    /** A group: the role applies to its members (or to the group itself). */
    GROUP,
    /** One application. */
    APPLICATION,
    /** Every application of a type, e.g. every {@code salesforce} instance. */
    APPLICATION_TYPE,
    /** A provider-defined resource set (custom roles). */
    RESOURCE_SET,
    /** A target this version does not know. */
    UNKNOWN
  }

  /** Validates the components. */
  public RoleTarget {
    Checks.present(kind, "kind");
    Checks.id(id, "id");
  }
}
