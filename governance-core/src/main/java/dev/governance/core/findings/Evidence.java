package dev.governance.core.findings;

import dev.governance.core.model.Attributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why a finding was reported: structured facts for machines and a sentence for people.
 *
 * <p>Facts keep the order in which they were given. Their values are JSON-like, as in {@link
 * Attributes}: text, booleans, numbers (integral ones as {@code Long}) and flat lists of those;
 * {@code null} values are dropped. The {@link Builder} turns instants and enum constants into text.
 *
 * @param facts the facts, unmodifiable, e.g. {@code owner=alice@example.com}, {@code
 *     ownerStatus=DEPROVISIONED}
 * @param text the same evidence in one or two sentences
 * @since 0.1
 */
public record Evidence(Map<String, Object> facts, String text) {

  /**
   * Validates the components and copies the facts.
   *
   * @throws IllegalArgumentException if a fact's name is blank or its value of an unsupported type
   */
  public Evidence {
    facts = Attributes.of(Objects.requireNonNull(facts, "facts")).asMap();
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("evidence text must not be blank");
    }
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates evidence made of text only.
   *
   * @param text the sentence
   * @return the evidence
   */
  public static Evidence of(String text) {
    return new Evidence(Map.of(), text);
  }

  /** Builds {@link Evidence}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> facts = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a fact. {@link Instant}s and enum constants become text, collections become lists;
     * {@code null} values are left out.
     *
     * @param name the fact's name, in camelCase
     * @param value the value
     * @return this builder
     */
    public Builder put(String name, @org.jspecify.annotations.Nullable Object value) {
      Objects.requireNonNull(name, "name");
      Object v = normalize(value);
      if (v != null) {
        facts.put(name, v);
      }
      return this;
    }

    /**
     * Adds a list, keeping at most {@code limit} items and recording how many were left out under
     * {@code <name>Omitted}.
     *
     * @param name the fact's name
     * @param items the items, already in the order to show
     * @param limit how many to keep, at least 1
     * @return this builder
     */
    public Builder putList(String name, List<?> items, int limit) {
      Objects.requireNonNull(items, "items");
      if (items.size() <= limit) {
        return put(name, items);
      }
      put(name, items.subList(0, limit));
      return put(name + "Omitted", items.size() - limit);
    }

    /**
     * Builds the evidence.
     *
     * @param text the evidence in one or two sentences
     * @return the evidence
     */
    public Evidence text(String text) {
      return new Evidence(facts, text);
    }

    private static @org.jspecify.annotations.Nullable Object normalize(
        @org.jspecify.annotations.Nullable Object value) {
      if (value instanceof Instant || value instanceof Enum<?>) {
        return value.toString();
      }
      if (value instanceof Collection<?> items) {
        List<Object> list = new ArrayList<>(items.size());
        for (Object item : items) {
          Object v = normalize(item);
          if (v != null) {
            list.add(v);
          }
        }
        return list;
      }
      return value;
    }
  }
}
