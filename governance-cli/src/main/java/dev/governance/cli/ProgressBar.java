package dev.governance.cli;

import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.ProgressEvent;
import dev.governance.core.spi.ProgressListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Renders sync progress on standard error: the collection being read, calls spent per rate-limit
 * bucket against the plan, and the time left. On a terminal one line is redrawn in place at most
 * ten times a second; otherwise (a pipe, a CI log) a line is printed at most every two seconds.
 */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier nanos;
  private long lastDraw;
  private @Nullable InventoryCollection lastCollection;
  private int lastLength;

  ProgressBar(PrintWriter err, boolean terminal, LongSupplier nanos) {
    this.err = err;
    this.terminal = terminal;
    this.nanos = nanos;
  }

  @Override
  public synchronized void onProgress(ProgressEvent e) {
    if (terminal) {
      long now = nanos.getAsLong();
      if (now - lastDraw < 100_000_000L && e.collection() == lastCollection) {
        return;
      }
      lastDraw = now;
      lastCollection = e.collection();
      String line = line(e);
      err.print('\r' + line + " ".repeat(Math.max(0, lastLength - line.length())));
      lastLength = line.length();
      err.flush();
    } else {
      long now = nanos.getAsLong();
      if (lastCollection != null && now - lastDraw < 2_000_000_000L) {
        return;
      }
      lastDraw = now;
      lastCollection = e.collection();
      err.println(line(e));
      err.flush();
    }
  }

  /** Ends the line drawn in place, if any. */
  synchronized void finish() {
    if (terminal && lastLength > 0) {
      err.println();
      err.flush();
    }
  }

  static String line(ProgressEvent e) {
    StringBuilder b = new StringBuilder();
    long calls = e.callsSoFar();
    if (e.plannedCalls() > 0) {
      int filled = (int) Math.min(WIDTH, calls * WIDTH / e.plannedCalls());
      b.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ")
          .append(calls).append('/').append(e.plannedCalls()).append(" calls");
    } else {
      b.append(calls).append(" calls");
    }
    b.append("  ").append(e.collection().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
        .append(' ').append(e.itemsSoFar());
    Map<String, Integer> buckets = new TreeMap<>(e.callsPerBucket());
    if (!buckets.isEmpty()) {
      b.append("  (");
      boolean first = true;
      for (Map.Entry<String, Integer> bucket : buckets.entrySet()) {
        b.append(first ? "" : ", ").append(bucket.getKey()).append(' ').append(bucket.getValue());
        first = false;
      }
      b.append(')');
    }
    Duration left = e.remaining();
    if (left != null && e.plannedCalls() > 0) {
      b.append("  ").append(left.isZero() ? "finishing" : "~" + human(left) + " left");
    }
    return b.toString();
  }

  static String human(Duration d) {
    long s = Math.max(1, d.toSeconds());
    return s < 60 ? s + "s" : s < 3600 ? (s / 60) + "m" + (s % 60) + "s" : (s / 3600) + "h" + (s % 3600 / 60) + "m";
  }
}
