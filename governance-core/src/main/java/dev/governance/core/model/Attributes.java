package dev.governance.core.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Custom attributes of an entity (profile attributes beyond the standard ones), immutable.
 *
 * <p>Values are JSON-like: {@link String}, {@link Boolean}, {@link Long}, {@link Double}, {@link
 * BigDecimal}, or an immutable {@link List} of those. Other integral numbers become {@code Long},
 * other floating-point numbers {@code Double}; {@code null} values are dropped, because "absent" and
 * "null" mean the same in a profile. Iteration keeps the order in which attributes were given.
 *
 * @since 0.1
 */
public final class Attributes {

  private static final Attributes EMPTY = new Attributes(Collections.emptyMap());

  private final Map<String, Object> values;

  private Attributes(Map<String, Object> values) {
    this.values = values;
  }

  /**
   * Returns the empty attributes.
   *
   * @return the shared empty instance
   */
  public static Attributes empty() {
    return EMPTY;
  }

  /**
   * Copies and validates the given map.
   *
   * @param values attribute names to values; {@code null} values are dropped
   * @return the attributes
   * @throws IllegalArgumentException if a name is blank or a value is of an unsupported type
   */
  public static Attributes of(Map<String, ?> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      return EMPTY;
    }
    Map<String, Object> copy = new LinkedHashMap<>(values.size() * 2);
    for (Map.Entry<String, ?> e : values.entrySet()) {
      String name = Checks.id(e.getKey(), "attribute name");
      Object value = normalize(name, e.getValue());
      if (value != null) {
        copy.put(name, value);
      }
    }
    return copy.isEmpty() ? EMPTY : new Attributes(Collections.unmodifiableMap(copy));
  }

  private static Object normalize(String name, Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Long
        || value instanceof Double
        || value instanceof BigDecimal) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float) {
      return ((Float) value).doubleValue();
    }
    if (value instanceof java.math.BigInteger big) {
      return new BigDecimal(big);
    }
    if (value instanceof Iterable<?> items) {
      List<Object> list = new ArrayList<>();
      for (Object item : items) {
        if (item instanceof Iterable<?>) {
          throw new IllegalArgumentException(
              "attribute '" + name + "' holds a nested list; only flat lists are supported");
        }
        Object v = normalize(name, item);
        if (v != null) {
          list.add(v);
        }
      }
      return List.copyOf(list);
    }
    throw new IllegalArgumentException(
        "attribute '"
            + name
            + "' has a value of type "
            + value.getClass().getName()
            + "; use a string, boolean, number or a list of those");
  }

  /**
   * Returns the value of an attribute.
   *
   * @param name the attribute's name
   * @return the value, or empty when the attribute is absent
   */
  public Optional<Object> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * Returns the value of an attribute as text, for display and export.
   *
   * @param name the attribute's name
   * @return the value as text, or empty when absent
   */
  public Optional<String> text(String name) {
    return get(name).map(String::valueOf);
  }

  /**
   * Returns the attribute names, in the order given.
   *
   * @return the names
   */
  public Set<String> names() {
    return values.keySet();
  }

  /**
   * Returns the attributes as an unmodifiable map.
   *
   * @return the map
   */
  public Map<String, Object> asMap() {
    return values;
  }

  /**
   * Tells whether there are no attributes.
   *
   * @return {@code true} when empty
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * Returns the number of attributes.
   *
   * @return the size
   */
  public int size() {
    return values.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attributes other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
