package dev.governance.testkit.scim;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a bearer token may do on a {@link FakeScimServer}: read, or read and write, every resource
 * type or only some. A request beyond it gets 403; a token the server does not know gets 401.
 *
 * @param write whether it may create, change and delete resources
 * @param resourceTypes the resource types it may use ({@code User}, {@code Group}); empty for all
 * @since 0.1
 */
public record ScimAccess(boolean write, Set<String> resourceTypes) {

  /** Copies the resource types. */
  public ScimAccess {
    TreeSet<String> copy = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    copy.addAll(resourceTypes);
    resourceTypes = Set.copyOf(copy);
  }

  /**
   * Reads and writes everything.
   *
   * @return the access
   */
  public static ScimAccess full() {
    return new ScimAccess(true, Set.of());
  }

  /**
   * Reads everything, writes nothing.
   *
   * @return the access
   */
  public static ScimAccess readOnly() {
    return new ScimAccess(false, Set.of());
  }

  /**
   * Reads and writes only some resource types.
   *
   * @param types e.g. {@code User}
   * @return the access
   */
  public static ScimAccess only(String... types) {
    return new ScimAccess(true, Set.of(types));
  }

  /**
   * Returns a copy that may not write.
   *
   * @return the copy
   */
  public ScimAccess readOnlyCopy() {
    return new ScimAccess(false, resourceTypes);
  }

  /**
   * Whether the token may use a resource type.
   *
   * @param type e.g. {@code User}
   * @return true if it may
   */
  public boolean allows(String type) {
    if (resourceTypes.isEmpty()) {
      return true;
    }
    String t = type.toLowerCase(Locale.ROOT);
    return resourceTypes.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).equals(t));
  }
}
