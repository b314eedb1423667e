package dev.governance.bench;

import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantCounts;
import dev.governance.testkit.okta.TenantShape;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures the fake Okta tenant's {@code large} shape: time to build and start it, and the heap
 * it retains, several times; prints each run and the medians.
 *
 * <p>Run: {@code java -Xmx1g -cp governance-bench/target/benchmarks.jar
 * dev.governance.bench.LargeShapeFootprint [runs]}. With {@code -Xmx1g} the run fails with an
 * {@link OutOfMemoryError} if the shape does not fit in 1 GB.
 */
public final class LargeShapeFootprint {
  private LargeShapeFootprint() {}

  /**
   * Runs the measurement.
   *
   * @param args optional number of runs (default 3)
   */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    List<Double> seconds = new ArrayList<>();
    List<Long> heap = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long before = usedAfterGc();
      long start = System.nanoTime();
      try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.LARGE).seed(i + 1)
          .rateLimits(RateLimits.disabled()).start()) {
        double s = (System.nanoTime() - start) / 1e9;
        long retained = usedAfterGc() - before;
        TenantCounts c = tenant.counts();
        System.out.printf("run %d: build %.2f s, retained %d MiB, %s%n", i + 1, s,
            retained >> 20, c);
        seconds.add(s);
        heap.add(retained);
      }
    }
    Collections.sort(seconds);
    Collections.sort(heap);
    System.out.printf("median build %.2f s, median retained heap %d MiB (max heap %d MiB)%n",
        seconds.get(runs / 2), heap.get(runs / 2) >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
