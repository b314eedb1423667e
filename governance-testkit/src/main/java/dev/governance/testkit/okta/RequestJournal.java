package dev.governance.testkit.okta;

import dev.governance.okta.catalog.OktaBucket;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Every request the tenant served, in arrival order, with counts per rate-limit bucket. Keeps the
 * latest {@value #CAPACITY} entries; counts cover all requests. Thread-safe.
 *
 * @since 0.1
 */
public final class RequestJournal {
  /** How many entries are kept. */
  public static final int CAPACITY = 100_000;

  private final List<JournalEntry> entries = new ArrayList<>();
  private final EnumMap<OktaBucket, Long> counts = new EnumMap<>(OktaBucket.class);
  private long total;

  /** Creates an empty journal. */
  public RequestJournal() {}

  /**
   * Records a request.
   *
   * @param entry the entry
   */
  public synchronized void record(JournalEntry entry) {
    if (entries.size() == CAPACITY) {
      entries.subList(0, CAPACITY / 10).clear();
    }
    entries.add(entry);
    counts.merge(entry.bucket(), 1L, Long::sum);
    total++;
  }

  /**
   * The kept entries.
   *
   * @return a copy, oldest first
   */
  public synchronized List<JournalEntry> entries() {
    return List.copyOf(entries);
  }

  /**
   * Entries that match a condition.
   *
   * @param condition the condition
   * @return a copy, oldest first
   */
  public synchronized List<JournalEntry> entries(Predicate<JournalEntry> condition) {
    return entries.stream().filter(condition).toList();
  }

  /**
   * Requests per bucket since the start or the last {@link #clear()}.
   *
   * @return a copy
   */
  public synchronized Map<OktaBucket, Long> countsByBucket() {
    return Map.copyOf(counts);
  }

  /**
   * Requests counted against one bucket.
   *
   * @param bucket the bucket
   * @return the count
   */
  public synchronized long count(OktaBucket bucket) {
    return counts.getOrDefault(bucket, 0L);
  }

  /**
   * All requests.
   *
   * @return the count
   */
  public synchronized long total() {
    return total;
  }

  /** Forgets entries and counts. */
  public synchronized void clear() {
    entries.clear();
    counts.clear();
    total = 0;
  }
}
