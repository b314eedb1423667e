package dev.governance.core.spi;

import dev.governance.core.model.InventoryCollection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a connector's credentials allow, learned before a sync: who is calling, per collection
 * whether it can be read, per lifecycle action whether it may be applied, the overall access level,
 * and what to grant for more.
 *
 * @param principal who the credentials act as, in plain words (e.g. {@code user ops@acme.com
 *     holding READ_ONLY_ADMIN})
 * @param collections per collection, whether it can be read
 * @param actions per action kind, whether it may be applied
 * @param accessLevel the overall level
 * @param advice what to grant, in plain words, one item per line; empty when nothing is missing
 * @param apiCalls API calls the check spent
 * @since 0.1
 */
public record Preflight(
    String principal,
    Map<InventoryCollection, CollectionAccess> collections,
    Map<LifecycleAction.Kind, ActionAccess> actions,
    AccessLevel accessLevel,
    List<String> advice,
    int apiCalls) {

  /** Validates and copies the components. */
  public Preflight {
    Objects.requireNonNull(principal, "principal");
    collections = Collections.unmodifiableMap(new EnumMap<>(copyOrEmpty(collections, InventoryCollection.class)));
    actions = Collections.unmodifiableMap(new EnumMap<>(copyOrEmpty(actions, LifecycleAction.Kind.class)));
    Objects.requireNonNull(accessLevel, "accessLevel");
    advice = List.copyOf(advice);
    if (apiCalls < 0) {
      throw new IllegalArgumentException("apiCalls must not be negative");
    }
  }

  private static <K extends Enum<K>, V> Map<K, V> copyOrEmpty(Map<K, V> map, Class<K> type) {
    return map.isEmpty() ? new EnumMap<>(type) : map;
  }

  /**
   * Returns the answer for a collection.
   *
   * @param collection the collection
   * @return the answer; forbidden with a "not checked" reason if the connector did not check it
   */
  public CollectionAccess collection(InventoryCollection collection) {
    CollectionAccess a = collections.get(collection);
    return a != null
        ? a
        : new CollectionAccess.Forbidden("not checked by this connector", java.util.Set.of(), java.util.Set.of());
  }

  /**
   * Returns the answer for an action kind.
   *
   * @param kind the kind
   * @return the answer; denied with a "not supported" reason if the connector did not check it
   */
  public ActionAccess action(LifecycleAction.Kind kind) {
    ActionAccess a = actions.get(kind);
    return a != null
        ? a
        : new ActionAccess.Denied("not supported by this connector", java.util.Set.of(), java.util.Set.of());
  }
}
