package dev.governance.core.diff;

import dev.governance.core.model.Attributes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares two records of one type component by component, and custom attributes one by one. */
final class Fields {

  private final Map<Class<?>, RecordComponent[]> components = new HashMap<>();

  /**
   * Lists the components that differ.
   *
   * @param before a record
   * @param after a record of the same class
   * @return the differences, in component order; empty if equal
   */
  List<FieldChange> compare(Record before, Record after) {
    List<FieldChange> changes = new ArrayList<>();
    if (before.equals(after)) {
      return changes;
    }
    if (before.getClass() != after.getClass()) {
      changes.add(new FieldChange("type", before.getClass().getSimpleName(), after.getClass().getSimpleName()));
      return changes;
    }
    for (RecordComponent c : components.computeIfAbsent(before.getClass(), Class::getRecordComponents)) {
      Object b = value(c, before);
      Object a = value(c, after);
      if (Objects.equals(a, b)) {
        continue;
      }
      if (a instanceof Attributes aa && b instanceof Attributes ba) {
        Set<String> names = new LinkedHashSet<>(ba.names());
        names.addAll(aa.names());
        for (String name : names) {
          Object bv = ba.get(name).orElse(null);
          Object av = aa.get(name).orElse(null);
          if (!Objects.equals(av, bv)) {
            changes.add(new FieldChange(c.getName() + "." + name, bv, av));
          }
        }
      } else {
        changes.add(new FieldChange(c.getName(), b, a));
      }
    }
    return changes;
  }

  private static Object value(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
    }
  }
}
