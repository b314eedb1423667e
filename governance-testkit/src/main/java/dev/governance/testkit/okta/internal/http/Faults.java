package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.Fault;
import dev.governance.testkit.okta.FaultRule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Active fault rules with their match counters. */
public final class Faults {
  /** A rule, how many requests matched it, and for a pinned rule the request it pinned. */
  private static final class Slot {
    final FaultRule rule;
    int seen;
    @Nullable String pinned;
    int pinnedHits;

    Slot(FaultRule rule) {
      this.rule = rule;
    }
  }

  private final List<Slot> slots = new ArrayList<>();
  private final Consumer<Fault.Change> changer;

  /**
   * Creates an empty rule set.
   *
   * @param changer applies {@link Fault.Change}s to the tenant
   */
  public Faults(Consumer<Fault.Change> changer) {
    this.changer = changer;
  }

  /**
   * Adds a rule.
   *
   * @param rule the rule
   */
  public synchronized void add(FaultRule rule) {
    slots.add(new Slot(rule));
  }

  /** Removes every rule. */
  public synchronized void clear() {
    slots.clear();
  }

  /**
   * Finds the fault for a request (first matching rule whose window covers it). Every matching
   * rule counts the request.
   *
   * @param method method
   * @param path path
   * @param rawQuery the raw query, empty when none
   * @return the fault or null
   */
  public synchronized @Nullable Fault match(String method, String path, String rawQuery) {
    Fault found = null;
    for (Slot s : slots) {
      FaultRule rule = s.rule;
      if (!rule.matches(method, path, rawQuery)) {
        continue;
      }
      boolean hit;
      if (rule.pinned()) {
        String request = method + ' ' + path + '?' + rawQuery;
        if (s.pinned == null) {
          s.seen++;
          if (s.seen == rule.nth()) {
            s.pinned = request;
          }
        }
        hit = request.equals(s.pinned) && ++s.pinnedHits <= rule.times();
      } else {
        s.seen++;
        long last = (long) rule.nth() + rule.times() - 1;
        hit = s.seen >= rule.nth() && s.seen <= last;
      }
      if (found == null && hit) {
        found = rule.fault();
      }
    }
    return found;
  }

  void applyChange(Fault.Change change) {
    changer.accept(change);
  }
}
