package dev.governance.testkit.scim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every request a {@link FakeScimServer} served, in arrival order. Keeps the latest {@value
 * #CAPACITY} entries; {@link #total()} counts all. Thread-safe.
 *
 * @since 0.1
 */
public final class ScimJournal {
  /** How many entries are kept. */
  public static final int CAPACITY = 100_000;

  private final List<ScimJournalEntry> entries = new ArrayList<>();
  private long total;

  /** Creates an empty journal. */
  public ScimJournal() {}

  /**
   * Records a request.
   *
   * @param entry the entry
   */
  public synchronized void record(ScimJournalEntry entry) {
    if (entries.size() == CAPACITY) {
      entries.subList(0, CAPACITY / 10).clear();
    }
    entries.add(entry);
    total++;
  }

  /**
   * The kept entries.
   *
   * @return a copy, oldest first
   */
  public synchronized List<ScimJournalEntry> entries() {
    return List.copyOf(entries);
  }

  /**
   * Entries that match a condition.
   *
   * @param condition the condition
   * @return a copy, oldest first
   */
  public synchronized List<ScimJournalEntry> entries(Predicate<ScimJournalEntry> condition) {
    return entries.stream().filter(condition).toList();
  }

  /**
   * All requests since the start or the last {@link #clear()}.
   *
   * @return the count
   */
  public synchronized long total() {
    return total;
  }

  /** Forgets entries and the count. */
  public synchronized void clear() {
    entries.clear();
    total = 0;
  }
}
