package dev.governance.testkit.okta.internal.state;

import java.util.Set;
import java.util.TreeSet;

/** A custom admin role: a label, a description and the permissions it grants. */
public final class CustomRoleRec {
  /** Okta id, {@code cr0…}. */
  public final String id;
  /** Unique label. */
  public String label;
  /** Description. */
  public String description;
  /** Permissions, e.g. {@code okta.users.read}, in name order. */
  public final Set<String> permissions = new TreeSet<>();
  /** Creation time. */
  public final long created;
  /** Last update. */
  public long lastUpdated;

  /**
   * Creates a custom role.
   *
   * @param id Okta id
   * @param label unique label
   * @param description description
   * @param permissions permissions
   * @param created creation time
   */
  public CustomRoleRec(String id, String label, String description, Set<String> permissions, long created) {
    this.id = id;
    this.label = label;
    this.description = description;
    this.permissions.addAll(permissions);
    this.created = created;
    this.lastUpdated = created;
  }
}
