package dev.governance.testkit.scim.internal;

import dev.governance.testkit.scim.ScimFault;
import dev.governance.testkit.scim.ScimFaultRule;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Active fault rules with their match counters. */
public final class ScimFaults {
  private static final class Slot {
    final ScimFaultRule rule;
    int seen;

    Slot(ScimFaultRule rule) {
      this.rule = rule;
    }
  }

  private final List<Slot> slots = new ArrayList<>();

  /** Creates an empty rule set. */
  public ScimFaults() {}

  /**
   * Adds a rule.
   *
   * @param rule the rule
   */
  public synchronized void add(ScimFaultRule rule) {
    slots.add(new Slot(rule));
  }

  /** Removes every rule. */
  public synchronized void clear() {
    slots.clear();
  }

  /**
   * The fault for a request: of the first rule whose window covers it. Every matching rule counts
   * the request.
   *
   * @param method method
   * @param path path below the base path
   * @param startIndex the request's startIndex, 1 when none
   * @return the fault or null
   */
  public synchronized @Nullable ScimFault match(String method, String path, int startIndex) {
    ScimFault found = null;
    for (Slot s : slots) {
      if (!s.rule.matches(method, path, startIndex)) {
        continue;
      }
      s.seen++;
      long last = (long) s.rule.nth() + s.rule.times() - 1;
      if (found == null && s.seen >= s.rule.nth() && s.seen <= last) {
        found = s.rule.fault();
      }
    }
    return found;
  }
}
