package dev.governance.okta.internal.client;

import dev.governance.okta.catalog.OktaBucket;
import com.fasterxml.jackson.core.type.TypeReference;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.client.Pair;
import com.okta.sdk.resource.common.PagedList;
import dev.governance.core.CancelledException;
import dev.governance.core.ConnectorFailureException;
import dev.governance.core.GovernanceException;
import dev.governance.core.RateLimitedException;
import dev.governance.okta.internal.oauth.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Sends requests to one Okta org through the SDK's {@link ApiClient}, each after its bucket's
 * {@link BucketGovernor} allows it, retrying 429s (after the window resets) and transient failures
 * (with back-off), counting calls per bucket (first attempts) and retries apart, and translating
 * failures into the SDK's exceptions. Thread-safe.
 */
public final class OktaHttp implements AutoCloseable {

  private static final String[] AUTH_NAMES = {"apiToken", "oauth2"};
  private static final String ACCEPT = "application/json";

  private final ApiClient client;
  private final RequestIds requestIds;
  private final String baseUrl;
  private final Map<OktaBucket, BucketGovernor> governors;
  private final OktaErrors errors;
  private final int maxRetries;
  private final Duration retryBackoff;
  private final Clock clock;
  private final Sleeper sleeper;
  private final AutoCloseable resources;
  private final Map<OktaBucket, AtomicInteger> calls;
  private final AtomicInteger retries;
  private final java.util.concurrent.Semaphore inFlight;
  private final @Nullable Instant deadline;
  private final @Nullable PageJournal journal;

  OktaHttp(
      ApiClient client,
      String baseUrl,
      Map<OktaBucket, BucketGovernor> governors,
      RequestIds requestIds,
      OktaErrors errors,
      int maxRetries,
      Duration retryBackoff,
      int concurrency,
      Clock clock,
      Sleeper sleeper,
      AutoCloseable resources) {
    this.inFlight = new java.util.concurrent.Semaphore(Math.max(1, concurrency), true);
    this.client = client;
    this.requestIds = requestIds;
    this.baseUrl = baseUrl;
    this.governors = governors;
    this.errors = errors;
    this.maxRetries = maxRetries;
    this.retryBackoff = retryBackoff;
    this.clock = clock;
    this.sleeper = sleeper;
    this.resources = resources;
    this.calls = new EnumMap<>(OktaBucket.class);
    for (OktaBucket b : OktaBucket.values()) {
      calls.put(b, new AtomicInteger());
    }
    this.retries = new AtomicInteger();
    this.deadline = null;
    this.journal = null;
  }

  private OktaHttp(OktaHttp shared, @Nullable Instant deadline, @Nullable PageJournal journal) {
    this(shared, deadline, journal, shared.calls, shared.retries);
  }

  private OktaHttp(OktaHttp shared, @Nullable Instant deadline, @Nullable PageJournal journal,
      Map<OktaBucket, AtomicInteger> calls, AtomicInteger retries) {
    this.inFlight = shared.inFlight;
    this.client = shared.client;
    this.requestIds = shared.requestIds;
    this.baseUrl = shared.baseUrl;
    this.governors = shared.governors;
    this.errors = shared.errors;
    this.maxRetries = shared.maxRetries;
    this.retryBackoff = shared.retryBackoff;
    this.clock = shared.clock;
    this.sleeper = shared.sleeper;
    this.resources = () -> { };
    this.calls = calls;
    this.retries = retries;
    this.deadline = deadline;
    this.journal = journal;
  }

  /**
   * Returns a view of this client for one sync that ends at a deadline: a request refused with
   * 429 is sent again after the reset for as long as the reset falls before the deadline, however
   * often; without a deadline, at most {@code maxRetries} times. Transient failures are retried at
   * most {@code maxRetries} times either way. The view shares the connections, the pacing and the
   * counts; closing it closes nothing.
   *
   * @param budget how long from now, by this client's clock, the sync may take
   * @return the view
   */
  public OktaHttp within(Duration budget) {
    return new OktaHttp(this, clock.instant().plus(budget), journal);
  }

  /**
   * Returns a view of this client that counts its calls and retries apart from this client's, so
   * that a preflight run beside a sync counts its own calls and leaves the sync's counts alone.
   * The view shares the connections, the pacing and the deadline.
   *
   * @return the view
   */
  public OktaHttp countedApart() {
    Map<OktaBucket, AtomicInteger> own = new EnumMap<>(OktaBucket.class);
    for (OktaBucket b : OktaBucket.values()) {
      own.put(b, new AtomicInteger());
    }
    return new OktaHttp(this, deadline, journal, own, new AtomicInteger());
  }

  /**
   * Returns a view of this client that records every page and read it gets in a journal, and
   * takes what the journal already holds from it instead of from Okta (see {@link JournaledReads}).
   * The view shares the connections, the pacing, the deadline and the counts.
   *
   * @param pages the journal of one full sync
   * @return the view
   */
  public OktaHttp journaled(PageJournal pages) {
    return new OktaHttp(this, deadline, Objects.requireNonNull(pages, "pages"));
  }

  /**
   * Reads every page of a list endpoint, following {@code link: <…>; rel="next"} verbatim, and
   * hands each page over as it arrives.
   *
   * @param pathAndQuery the first page's path with its query, e.g. {@code /api/v1/users?limit=200}
   * @param type the page's type, e.g. {@code new TypeReference<List<User>>() {}}
   * @param onPage receives each page
   * @param <T> the item type
   * @return the number of pages read
   */
  public <T> int forEachPage(String pathAndQuery, TypeReference<List<T>> type, Consumer<List<T>> onPage) {
    if (journal != null) {
      return new JournaledReads(this, journal, client.getObjectMapper()).forEachPage(pathAndQuery, type, onPage);
    }
    String next = pathAndQuery;
    int pages = 0;
    while (next != null) {
      List<T> page = get(next, type);
      pages++;
      if (page == null || page.isEmpty()) {
        break;
      }
      onPage.accept(page);
      String nextUrl = page instanceof PagedList<?> paged ? paged.getNextPage() : null;
      String following = nextUrl == null ? null : relative(nextUrl);
      if (following != null && following.equals(next)) {
        throw new ConnectorFailureException(
            "Okta answered " + next + " with a link to the same page; stopping to avoid a loop", false, null);
      }
      next = following;
    }
    return pages;
  }

  /**
   * Sends a GET and parses its body.
   *
   * @param pathAndQuery the path with its query
   * @param type the body's type
   * @param <T> the type
   * @return the parsed body, or {@code null} for an empty one
   */
  public <T> @Nullable T get(String pathAndQuery, TypeReference<T> type) {
    if (journal != null) {
      return new JournaledReads(this, journal, client.getObjectMapper()).get(pathAndQuery, type);
    }
    return send("GET", pathAndQuery, type);
  }

  /** Sends a GET, bypassing any journal. */
  <T> @Nullable T fetch(String pathAndQuery, TypeReference<T> type) {
    return send("GET", pathAndQuery, type);
  }

  /**
   * Sends a request whose answer has no body worth reading (POST lifecycle calls, DELETEs).
   *
   * @param method {@code POST} or {@code DELETE}
   * @param pathAndQuery the path with its query
   * @return Okta's {@code X-Okta-Request-Id} for the request, or {@code null} when the answer
   *     carried none
   */
  public @Nullable String send(String method, String pathAndQuery) {
    requestIds.clear();
    send(method, pathAndQuery, null);
    return requestIds.last();
  }

  private <T> @Nullable T send(String method, String pathAndQuery, @Nullable TypeReference<T> type) {
    OktaBucket bucket = OktaBucket.of(method, pathAndQuery);
    // OktaClientFactory gives every bucket a governor; the constructor gives every bucket a counter.
    BucketGovernor governor = Objects.requireNonNull(governors.get(bucket), "governor");
    for (int attempt = 0; ; attempt++) {
      if (Thread.currentThread().isInterrupted()) {
        throw new CancelledException("the request to " + pathOf(pathAndQuery) + " was interrupted");
      }
      try {
        governor.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancelledException("waiting for Okta's rate limit was interrupted");
      }
      (attempt == 0 ? Objects.requireNonNull(calls.get(bucket), "calls") : retries).incrementAndGet();
      try {
        inFlight.acquire();
      } catch (InterruptedException e) {
        governor.release();
        Thread.currentThread().interrupt();
        throw new CancelledException("waiting for a free connection to Okta was interrupted");
      }
      try {
        return client.invokeAPI(
            pathAndQuery, method, new ArrayList<Pair>(), new ArrayList<Pair>(), null, null,
            new HashMap<>(), new HashMap<>(), new HashMap<>(), ACCEPT, null, AUTH_NAMES, type);
      } catch (ApiException e) {
        RateLimitHeaders headers = RateLimitHeaders.fromMap(e.getResponseHeaders());
        if (!retryable(method, e.getCode())) {
          throw failure(e, bucket, method, pathAndQuery, headers, null);
        }
        long now = clock.millis();
        long wait = e.getCode() == 429 ? BucketGovernor.backOffMillis(headers, attempt + 1, now)
            : backOffMillis(attempt + 1);
        boolean waitsForReset = e.getCode() == 429 && deadline != null;
        if (deadline != null && now + wait > deadline.toEpochMilli()) {
          throw failure(e, bucket, method, pathAndQuery, headers, deadline);
        }
        if (!waitsForReset && attempt >= maxRetries) {
          throw failure(e, bucket, method, pathAndQuery, headers, null);
        }
        pause(governor, e.getCode(), headers, attempt + 1, wait);
      } catch (GovernanceException e) {
        throw e;
      } catch (java.io.UncheckedIOException e) {
        // The SDK reports most I/O failures as ApiException; the few that escape unchecked are the
        // same failures. Anything else unchecked is a bug, and surfaces as one.
        throw new ConnectorFailureException("The connection to Okta failed during " + method + " "
            + pathOf(pathAndQuery) + pageOf(pathAndQuery) + " before Okta answered. Retrying usually helps.",
            true, e);
      } finally {
        inFlight.release();
        governor.release();
      }
    }
  }

  /**
   * A 429 means Okta did not process the request, so any request may be sent again. Other
   * transient failures are retried for reads only: a change may have been applied before the
   * failure, and applying it twice is not always harmless.
   */
  private static boolean retryable(String method, int status) {
    if (status == 429) {
      return true;
    }
    return "GET".equals(method)
        && (status == 0 || status == 500 || status == 502 || status == 503 || status == 504);
  }

  /**
   * Returns the wait before the {@code retry}th repetition of a transiently failed request:
   * {@code retryBackoff}, doubling with each retry, at most 20 seconds.
   */
  private long backOffMillis(int retry) {
    long first = retryBackoff.toMillis();
    return first == 0 ? 0 : Math.min(20_000L, first << Math.min(retry - 1, 10));
  }

  private void pause(BucketGovernor governor, int status, RateLimitHeaders headers, int retry, long wait) {
    try {
      if (status == 429) {
        governor.backOffAfterRateLimit(headers, retry);
      } else if (wait > 0) {
        sleeper.sleep(wait + ThreadLocalRandom.current().nextLong(wait / 2 + 1));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException("waiting to retry an Okta request was interrupted");
    }
  }

  private GovernanceException failure(ApiException e, OktaBucket bucket, String method, String pathAndQuery,
      RateLimitHeaders headers, @Nullable Instant passedDeadline) {
    String request = method + " " + pathOf(pathAndQuery) + pageOf(pathAndQuery);
    if (e.getCode() == 429) {
      long now = clock.millis();
      long reset = headers.resetAtMillis(now);
      Instant resetAt = reset > 0 ? Instant.ofEpochMilli(reset) : Instant.ofEpochMilli(now);
      return new RateLimitedException(bucket.pattern(), resetAt, passedDeadline != null
          ? "Okta refused " + request + " with 429 (rate limit of " + bucket.pattern() + "), and its limit resets"
              + " at " + resetAt + ", after the sync's deadline of " + passedDeadline + "; raise the option"
              + " syncDeadline, or lower the concurrency or the share of the bucket, or sync again later"
          : "Okta kept refusing " + request + " with 429 after " + maxRetries + " retries; lower the concurrency"
              + " or the share of the bucket " + bucket.pattern() + ", or try again after the reset");
    }
    return errors.translate(e, method, pathOf(pathAndQuery) + pageOf(pathAndQuery));
  }

  /**
   * Returns the calls made so far per bucket pattern (first attempts only).
   *
   * @return bucket pattern to calls, for every bucket with at least one call
   */
  public Map<String, Integer> callsPerBucket() {
    Map<String, Integer> result = new java.util.LinkedHashMap<>();
    calls.forEach((b, n) -> {
      if (n.get() > 0) {
        result.put(b.pattern(), n.get());
      }
    });
    return result;
  }

  /**
   * Returns the requests repeated after a 429 or a transient failure.
   *
   * @return the retries so far
   */
  public int retries() {
    return retries.get();
  }

  /**
   * Returns this connector's allowed requests per window in a bucket, as currently tuned.
   *
   * @param bucket the bucket
   * @return requests per window
   */
  public int allowedPerWindow(OktaBucket bucket) {
    return Objects.requireNonNull(governors.get(bucket), "governor").allowedPerWindow();
  }

  /**
   * Changes the share of each bucket's org-wide limit this client may spend.
   *
   * @param share in (0, 1]
   */
  public void useShare(double share) {
    governors.values().forEach(g -> g.share(share));
  }

  /**
   * Returns the SDK client, for typed API classes.
   *
   * @return the client
   */
  public ApiClient client() {
    return client;
  }

  String relative(String url) {
    if (!url.startsWith(baseUrl + "/")) {
      throw new ConnectorFailureException(
          "Okta's next-page link " + url + " points outside " + baseUrl + "; refusing to follow it", false, null);
    }
    return url.substring(baseUrl.length());
  }

  private static String pathOf(String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
  }

  @Override
  public void close() {
    try {
      resources.close();
    } catch (Exception e) {
      throw new ConnectorFailureException("closing the HTTP client failed: " + e.getMessage(), false, e);
    }
  }

  /**
   * Names the page of a list request for people: a later page carries Okta's {@code after} cursor.
   *
   * @param pathAndQuery the path with its query
   * @return {@code ""} for a first page or a single read, else {@code " (a later page)"}
   */
  static String pageOf(String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
    for (String part : query.split("&")) {
      if (part.startsWith("after=")) {
        return " (a later page of the list)";
      }
    }
    return "";
  }

  static OktaBucket bucketOfRequestTarget(String method, String requestTarget) {
    return OktaBucket.of(method, Objects.requireNonNullElse(requestTarget, "/"));
  }
}
