package dev.governance.okta.internal.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.governance.core.spi.CheckpointStore;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * One full sync's record of the pages Okta answered, in a {@link CheckpointStore}: per page its
 * body as Okta sent it and the link to the next page, keyed by the page's path and query; per
 * single read its body. A sync that resumes the same attempt reads recorded pages from here instead
 * of from Okta, in the same order, so what reaches the sink is what the interrupted sync would have
 * streamed. Thread-safe.
 *
 * <p>An attempt is kept under {@value #ATTEMPT}: what it reads (the fingerprint) and when it
 * started. A later sync resumes it only with the same fingerprint and within the maximum age;
 * otherwise every checkpoint is discarded and the reason noted.
 */
public final class PageJournal {

  /** The key of the attempt's description. */
  static final String ATTEMPT = "okta.attempt";
  private static final String PAGE = "okta.page ";
  private static final String READ = "okta.read ";
  /** The format of the recorded values; a change discards older checkpoints. */
  private static final int FORMAT = 1;

  private final CheckpointStore store;
  private final ObjectMapper json = new ObjectMapper();
  private final @Nullable Instant resumedFrom;
  private final AtomicInteger replayed = new AtomicInteger();
  private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

  private PageJournal(CheckpointStore store, @Nullable Instant resumedFrom) {
    this.store = store;
    this.resumedFrom = resumedFrom;
  }

  /**
   * Opens the journal of a full sync: resumes the attempt recorded in the store if it reads the
   * same and is recent enough, otherwise discards it and starts a new one.
   *
   * @param store the sync's checkpoints
   * @param fingerprint what the sync reads: tenant, plan, options, connector version
   * @param now the sync's start
   * @param maxAge how old an attempt may be to be resumed
   * @return the journal
   */
  public static PageJournal open(CheckpointStore store, String fingerprint, Instant now, Duration maxAge) {
    Optional<String> recorded = store.load(ATTEMPT);
    String discarded = null;
    if (recorded.isPresent()) {
      try {
        JsonNode attempt = new ObjectMapper().readTree(recorded.get());
        Instant started = Instant.parse(attempt.path("startedAt").asText());
        if (attempt.path("format").asInt() != FORMAT) {
          discarded = "they were recorded in another format";
        } else if (!fingerprint.equals(attempt.path("reads").asText())) {
          discarded = "they were recorded by a sync that read something else (" + attempt.path("reads").asText() + ")";
        } else if (started.plus(maxAge).isBefore(now)) {
          discarded = "they were recorded by a sync started at " + started + ", more than " + maxAge.toHours()
              + " hours ago";
        } else {
          return new PageJournal(store, started);
        }
      } catch (JsonProcessingException | DateTimeParseException e) {
        discarded = "they could not be read (" + e.getMessage() + ")";
      }
    }
    store.clearAll();
    ObjectNode attempt = new ObjectMapper().createObjectNode();
    attempt.put("format", FORMAT);
    attempt.put("reads", fingerprint);
    attempt.put("startedAt", now.toString());
    store.save(ATTEMPT, attempt.toString());
    PageJournal journal = new PageJournal(store, null);
    if (discarded != null) {
      journal.notes.add("checkpoints of an interrupted sync discarded: " + discarded + "; read in full");
    }
    return journal;
  }

  /** A recorded page: Okta's body and the path of the next page, if any. */
  record Page(JsonNode body, @Nullable String next) {}

  Optional<Page> page(String pathAndQuery) {
    return load(PAGE + pathAndQuery).map(v -> new Page(v.path("body"), v.hasNonNull("next") ? v.get("next").asText() : null));
  }

  void recordPage(String pathAndQuery, JsonNode body, @Nullable String next) {
    ObjectNode value = json.createObjectNode();
    value.set("body", body);
    value.put("next", next);
    store.save(PAGE + pathAndQuery, value.toString());
  }

  Optional<JsonNode> read(String pathAndQuery) {
    return load(READ + pathAndQuery).map(v -> v.path("body"));
  }

  void recordRead(String pathAndQuery, JsonNode body) {
    ObjectNode value = json.createObjectNode();
    value.set("body", body);
    store.save(READ + pathAndQuery, value.toString());
  }

  void replayed(int pages) {
    replayed.addAndGet(pages);
  }

  void restarted(String firstPage, String why) {
    notes.add("the list " + firstPage + " was read again from its first page: Okta refused the recorded cursor (" + why
        + ")");
  }

  /**
   * Tells whether this sync resumes an interrupted one.
   *
   * @return the interrupted sync's start, or empty for a new attempt
   */
  public Optional<Instant> resumedFrom() {
    return Optional.ofNullable(resumedFrom);
  }

  /**
   * Returns the pages and reads taken from the checkpoints instead of from Okta.
   *
   * @return the count so far
   */
  public int replayed() {
    return replayed.get();
  }

  /**
   * Returns what the journal decided: checkpoints discarded, lists read again.
   *
   * @return the notes so far
   */
  public List<String> notes() {
    synchronized (notes) {
      return List.copyOf(notes);
    }
  }

  private Optional<JsonNode> load(String key) {
    return store.load(key).map(v -> {
      try {
        return json.readTree(v);
      } catch (JsonProcessingException e) {
        return null;
      }
    });
  }
}
