package dev.governance.testkit.conformance;

import dev.governance.testkit.faults.CapturedLog;

/** A log held in memory that the guarded connector writes to, as a backend writes a log file. */
public final class MemoryLog implements CapturedLog {

  private final StringBuilder text = new StringBuilder();

  /** Appends a line. */
  public synchronized void line(String line) {
    text.append(line).append('\n');
  }

  @Override
  public synchronized long mark() {
    return text.length();
  }

  @Override
  public synchronized String since(long mark) {
    return mark >= text.length() ? "" : text.substring((int) mark);
  }

  @Override
  public String toString() {
    return "memory log";
  }
}
