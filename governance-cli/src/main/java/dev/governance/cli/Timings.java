package dev.governance.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Where a command spends its time, phase by phase, for {@code --timings}. The clock is injected;
 * the figures are printed, never used to decide anything. A phase on another thread (the preflight
 * beside the sync) takes its place in the line when it starts and its time when it ends, so the
 * line lists the phases in the order they started, whichever ends first.
 */
final class Timings {

  /** One measured phase: its wall time, and the process's CPU time over it when measured. */
  record Phase(String name, Duration took, @Nullable Duration cpu) {}

  private final LongSupplier nanoTime;
  private final LongSupplier cpuNanos;
  /** The phases in the order they started; a phase beside the others is null until it ends. */
  private final List<@Nullable Phase> phases = new ArrayList<>();

  /**
   * Creates timings.
   *
   * @param nanoTime the wall clock, in nanoseconds
   * @param cpuNanos the process's CPU time so far, in nanoseconds (every thread's, collection and
   *     compilation included), or a supplier of -1 when not known
   */
  Timings(LongSupplier nanoTime, LongSupplier cpuNanos) {
    this.nanoTime = nanoTime;
    this.cpuNanos = cpuNanos;
  }

  /** Timings of this process: {@link System#nanoTime()} and the JVM's process CPU time. */
  static Timings ofThisProcess() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    LongSupplier cpu = os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun::getProcessCpuTime : () -> -1L;
    return new Timings(System::nanoTime, cpu);
  }

  /** Timings that measure nothing, for callers that do not print them. */
  static Timings none() {
    return new Timings(() -> 0L, () -> -1L);
  }

  /** Runs a phase and records how long it took. */
  <T> T time(String name, Supplier<T> phase) {
    long start = nanoTime.getAsLong();
    long cpuStart = cpuNanos.getAsLong();
    try {
      return phase.get();
    } finally {
      long cpuEnd = cpuNanos.getAsLong();
      synchronized (this) {
        phases.add(new Phase(name, Duration.ofNanos(nanoTime.getAsLong() - start),
            cpuStart < 0 || cpuEnd < 0 ? null : Duration.ofNanos(cpuEnd - cpuStart)));
      }
    }
  }

  /** Records a phase measured elsewhere, without its CPU time. */
  synchronized void add(String name, Duration took) {
    phases.add(new Phase(name, took, null));
  }

  /**
   * Starts a phase that runs on another thread, beside the command's own: it is listed here, and
   * its wall time (without a CPU time, which the phases it overlaps include) once it {@linkplain
   * Beside#end() ends}. A phase that never ends is left out.
   */
  synchronized Beside beside(String name) {
    phases.add(null);
    return new Beside(name, phases.size() - 1, nanoTime.getAsLong());
  }

  /** A phase on another thread, started with {@link #beside(String)}. */
  final class Beside {
    private final String name;
    private final int slot;
    private final long start;

    private Beside(String name, int slot, long start) {
      this.name = name;
      this.slot = slot;
      this.start = start;
    }

    /** Records the phase's wall time, from its start to now. */
    void end() {
      Duration took = Duration.ofNanos(nanoTime.getAsLong() - start);
      synchronized (Timings.this) {
        phases.set(slot, new Phase(name, took, null));
      }
    }
  }

  /** The phases ended so far, in the order they started. */
  synchronized List<Phase> phases() {
    List<Phase> ended = new ArrayList<>();
    for (Phase p : phases) {
      if (p != null) {
        ended.add(p);
      }
    }
    return List.copyOf(ended);
  }

  /**
   * One line, e.g. {@code Time: start-up 0.40 s, preflight 0.10 s (CPU 0.12 s), sync 8.60 s (CPU
   * 9.10 s)}: the wall time of each phase, and the CPU time of every thread over it where measured.
   */
  synchronized String line() {
    List<String> parts = new ArrayList<>();
    for (Phase p : phases()) {
      parts.add(p.name() + " " + String.format(Locale.ROOT, "%.2f s", p.took().toNanos() / 1e9)
          + (p.cpu() == null ? "" : String.format(Locale.ROOT, " (CPU %.2f s)", p.cpu().toNanos() / 1e9)));
    }
    return "Time: " + String.join(", ", parts);
  }
}
