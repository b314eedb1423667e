package dev.governance.core.diff;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One component of an entity or a grant that differs between two snapshots.
 *
 * @param field the record component's name (e.g. {@code status}), or {@code attributes.<name>} for
 *     a custom attribute
 * @param before the earlier value, or {@code null} if absent
 * @param after the later value, or {@code null} if absent
 * @since 0.1
 */
public record FieldChange(String field, @Nullable Object before, @Nullable Object after) {

  /** Validates the field's name. */
  public FieldChange {
    Objects.requireNonNull(field, "field");
  }

  @Override
  public String toString() {
    return field + ": " + before + " → " + after;
  }
}
