package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.Fault;
import dev.governance.testkit.okta.FaultRule;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Active fault rules with their match counters. */
public final class Faults {
  private record Slot(FaultRule rule, AtomicInteger seen) {}

  private final List<Slot> slots = new CopyOnWriteArrayList<>();
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
  public void add(FaultRule rule) {
    slots.add(new Slot(rule, new AtomicInteger()));
  }

  /** Removes every rule. */
  public void clear() {
    slots.clear();
  }

  /**
   * Finds the fault for a request (first matching rule whose window covers it).
   *
   * @param method method
   * @param path path
   * @return the fault or null
   */
  public @Nullable Fault match(String method, String path) {
    Fault found = null;
    for (Slot s : slots) {
      if (s.rule().matches(method, path)) {
        int n = s.seen().incrementAndGet();
        long last = (long) s.rule().nth() + s.rule().times() - 1;
        if (found == null && n >= s.rule().nth() && n <= last) {
          found = s.rule().fault();
        }
      }
    }
    return found;
  }

  void applyChange(Fault.Change change) {
    changer.accept(change);
  }
}
