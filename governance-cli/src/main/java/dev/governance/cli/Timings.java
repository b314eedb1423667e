package dev.governance.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Where a command spends its time, phase by phase, for {@code --timings}. The clock is injected;
 * the figures are printed, never used to decide anything.
 */
final class Timings {

  /** One measured phase. */
  record Phase(String name, Duration took) {}

  private final LongSupplier nanoTime;
  private final List<Phase> phases = new ArrayList<>();

  Timings(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /** Timings that measure nothing, for callers that do not print them. */
  static Timings none() {
    return new Timings(() -> 0L);
  }

  /** Runs a phase and records how long it took. */
  <T> T time(String name, Supplier<T> phase) {
    long start = nanoTime.getAsLong();
    try {
      return phase.get();
    } finally {
      add(name, Duration.ofNanos(nanoTime.getAsLong() - start));
    }
  }

  /** Records a phase measured elsewhere. */
  void add(String name, Duration took) {
    phases.add(new Phase(name, took));
  }

  List<Phase> phases() {
    return List.copyOf(phases);
  }

  /** One line, e.g. {@code Time: start-up 0.4 s, preflight 0.1 s, sync 8.6 s, findings 0.3 s}. */
  String line() {
    List<String> parts = new ArrayList<>();
    for (Phase p : phases) {
      parts.add(p.name() + " " + String.format(Locale.ROOT, "%.2f s", p.took().toNanos() / 1e9));
    }
    return "Time: " + String.join(", ", parts);
  }
}
