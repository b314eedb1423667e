package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimingsTest {

  @Test
  void eachPhaseIsMeasuredOnTheInjectedClocksAndPrintedInOrder() {
    AtomicLong wall = new AtomicLong();
    AtomicLong cpu = new AtomicLong();
    Timings t = new Timings(wall::get, cpu::get);
    t.add("start-up", Duration.ofMillis(400));

    String result = t.time("sync", () -> {
      wall.addAndGet(8_600_000_000L);
      cpu.addAndGet(9_100_000_000L);
      return "done";
    });
    t.time("findings", () -> wall.addAndGet(250_000_000L));

    assertThat(result).isEqualTo("done");
    assertThat(t.line()).isEqualTo(
        "Time: start-up 0.40 s, sync 8.60 s (CPU 9.10 s), findings 0.25 s (CPU 0.00 s)");
  }

  @Test
  void aPhaseThatThrowsIsStillRecordedAndWithoutCpuTimeNoneIsPrinted() {
    AtomicLong wall = new AtomicLong();
    Timings t = new Timings(wall::get, () -> -1L);

    try {
      t.time("preflight", () -> {
        wall.addAndGet(1_000_000_000L);
        throw new IllegalStateException("refused");
      });
    } catch (IllegalStateException expected) {
      // recorded below
    }

    assertThat(t.line()).isEqualTo("Time: preflight 1.00 s");
    assertThat(Timings.none().time("x", () -> 1)).isEqualTo(1);
  }

  @Test
  void aPhaseBesideTheOthersIsListedWhereItStartedEvenWhenItEndsLast() {
    AtomicLong wall = new AtomicLong();
    Timings t = new Timings(wall::get, () -> -1L);
    Timings.Beside preflight = t.beside("preflight (beside the sync)");
    t.beside("abandoned");

    t.time("sync", () -> wall.addAndGet(3_000_000_000L));
    wall.addAndGet(500_000_000L);
    preflight.end();
    t.time("findings", () -> wall.addAndGet(250_000_000L));

    assertThat(t.line()).isEqualTo("Time: preflight (beside the sync) 3.50 s, sync 3.00 s, findings 0.25 s");
  }
}
