package dev.governance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap and CPU readings of this JVM.
 *
 * <p>Peak heap is read two ways: {@link Sampler} reads the heap in use every few milliseconds and
 * keeps the highest reading (it can miss a peak between two readings); {@link #peakHeap()} sums,
 * over the heap's memory pools, each pool's peak usage since {@link #resetPeaks()} (the pools peak
 * at different moments, so the sum overstates the peak and can exceed {@code -Xmx}). Both depend
 * on how much heap the collector chose to use before collecting, not only on live data.
 * Retained heap is the heap used after full collections. CPU time is the whole process's, from
 * {@code com.sun.management.OperatingSystemMXBean#getProcessCpuTime()}: it includes the JIT
 * compiler and the garbage collector.
 */
final class Meter {

  private Meter() {}

  /** Reads the heap in use every few milliseconds on a daemon thread, keeping the highest value. */
  static final class Sampler implements AutoCloseable {
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long max;

    private Sampler() {
      thread = new Thread(this::loop, "heap-sampler");
      thread.setDaemon(true);
      thread.start();
    }

    /**
     * Starts sampling.
     *
     * @return the sampler, to be closed
     */
    static Sampler start() {
      return new Sampler();
    }

    private void loop() {
      var memory = ManagementFactory.getMemoryMXBean();
      while (running) {
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used > max) {
          max = used;
        }
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    /**
     * The highest reading so far.
     *
     * @return bytes
     */
    long max() {
      return Math.max(max, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    @Override
    public void close() {
      running = false;
      thread.interrupt();
    }
  }

  /** Resets the peak usage of every heap pool. */
  static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /**
   * Sums the heap pools' peak usage since the last reset.
   *
   * @return bytes
   */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /**
   * CPU time this process used so far.
   *
   * @return nanoseconds, or -1 when the JVM does not say
   */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /**
   * Collects garbage a few times and reads the heap in use.
   *
   * @return bytes
   */
  static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(30);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
