package dev.governance.okta;

import dev.governance.okta.catalog.OktaScope;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.LifecycleAction;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The permission table: for each inventory collection and each kind of lifecycle action, the Okta
 * operations the SDK calls, the OAuth scope each needs, and the admin permissions and standard
 * roles that allow them. {@code docs/permissions.md} is generated from this table, and a test
 * checks every operation's scope against Okta's OpenAPI specification.
 *
 * <p>Okta checks two things. An OAuth service app needs the scope of each operation <em>and</em> an
 * admin role that covers the resources; an API token acts with the admin roles of the user who
 * created it, whatever the scopes. {@link ScopeCheck} evaluates either side from this table.
 *
 * <p>The role columns follow Okta's role descriptions; where Okta does not document a point, the
 * requirement's {@link PermissionRequirement#caveat() caveat} says so, and a preflight against the
 * org confirms it.
 *
 * @since 0.1
 */
public final class OktaPermissions {

  private OktaPermissions() {}

  /**
   * Returns what reading each collection requires, in {@link InventoryCollection} order.
   *
   * @return one requirement per collection
   */
  public static List<CollectionRequirement> collections() {
    return PermissionTable.COLLECTIONS;
  }

  /**
   * Returns what reading one collection requires.
   *
   * @param collection the collection
   * @return its requirement
   */
  public static CollectionRequirement forCollection(InventoryCollection collection) {
    return PermissionTable.COLLECTIONS.get(collection.ordinal());
  }

  /**
   * Returns what each kind of lifecycle action requires, in {@link LifecycleAction.Kind} order.
   *
   * @return one requirement per kind
   */
  public static List<ActionRequirement> actions() {
    return PermissionTable.ACTIONS;
  }

  /**
   * Returns what one kind of lifecycle action requires.
   *
   * @param kind the kind
   * @return its requirement
   */
  public static ActionRequirement forAction(LifecycleAction.Kind kind) {
    return PermissionTable.ACTIONS.get(kind.ordinal());
  }

  /**
   * Returns the operations called besides collections and actions.
   *
   * @return the supporting requirements
   */
  public static List<SupportingRequirement> supporting() {
    return PermissionTable.SUPPORTING;
  }

  /**
   * Returns every requirement: collections, then actions, then supporting operations.
   *
   * @return all requirements
   */
  public static List<PermissionRequirement> all() {
    return Stream.of(
            PermissionTable.COLLECTIONS, PermissionTable.ACTIONS, PermissionTable.SUPPORTING)
        .<PermissionRequirement>flatMap(List::stream)
        .toList();
  }

  /**
   * Returns every distinct Okta operation the SDK calls, by operation id.
   *
   * @return the operations, in first-use order
   */
  public static List<OktaOperation> operations() {
    Map<String, OktaOperation> byId = new LinkedHashMap<>();
    all()
        .forEach(
            requirement ->
                requirement
                    .operations()
                    .forEach(operation -> byId.putIfAbsent(operation.operationId(), operation)));
    return List.copyOf(byId.values());
  }

  /**
   * Returns the smallest set of scopes that reaches an access level with a service app.
   *
   * @param level {@link AccessLevel#READ_ONLY} or {@link AccessLevel#LIFECYCLE}; the lower levels
   *     need nothing
   * @return the scopes to grant the app and request, in {@link OktaScope} order
   */
  public static Set<OktaScope> scopesFor(AccessLevel level) {
    Set<OktaScope> scopes = EnumSet.noneOf(OktaScope.class);
    if (level.atLeast(AccessLevel.READ_ONLY)) {
      PermissionTable.COLLECTIONS.stream()
          .filter(CollectionRequirement::neededForReview)
          .forEach(requirement -> scopes.addAll(requirement.scopes()));
    }
    if (level.atLeast(AccessLevel.LIFECYCLE)) {
      PermissionTable.COLLECTIONS.forEach(requirement -> scopes.addAll(requirement.scopes()));
      PermissionTable.ACTIONS.forEach(requirement -> scopes.addAll(requirement.scopes()));
    }
    return Collections.unmodifiableSet(ScopeEvaluator.minimal(scopes));
  }

  static List<String> names(Set<OktaScope> scopes) {
    return Arrays.stream(OktaScope.values())
        .filter(scopes::contains)
        .map(OktaScope::value)
        .toList();
  }
}
