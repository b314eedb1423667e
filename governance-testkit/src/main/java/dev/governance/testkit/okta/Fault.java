package dev.governance.testkit.okta;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Something going wrong on purpose, attached to requests by a {@link FaultRule}.
 *
 * @since 0.1
 */
public sealed interface Fault {

  /**
   * A 429 {@code E0000047} with rate-limit headers whose reset lies {@code reset} ahead.
   *
   * @param reset time until {@code X-Rate-Limit-Reset}
   */
  record RateLimited(Duration reset) implements Fault {
    /**
     * Validates.
     *
     * @param reset time until reset
     */
    public RateLimited {
      Objects.requireNonNull(reset, "reset");
      if (reset.isNegative()) {
        throw new IllegalArgumentException("reset must not be negative, got " + reset);
      }
    }
  }

  /**
   * A server error (500, 502, 503 or 504) with an Okta error body.
   *
   * @param status the HTTP status
   */
  record ServerError(int status) implements Fault {
    /**
     * Validates.
     *
     * @param status 500, 502, 503 or 504
     */
    public ServerError {
      if (status != 500 && status != 502 && status != 503 && status != 504) {
        throw new IllegalArgumentException("ServerError takes 500, 502, 503 or 504, got " + status
            + "; use RateLimited for 429.");
      }
    }
  }

  /**
   * The response is delayed, then served normally.
   *
   * @param delay the delay
   */
  record Latency(Duration delay) implements Fault {
    /**
     * Validates.
     *
     * @param delay the delay
     */
    public Latency {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative, got " + delay);
      }
    }
  }

  /**
   * The request is held until the test lets it go, then answered normally: a slow answer whose
   * length the test decides, so that what happens while it is in flight is tested without
   * guessing a delay.
   *
   * <p>The request is held after it has been counted against the rate and concurrency limits and
   * served, outside the tenant's lock: while it waits it is one of its principal's requests in
   * flight, and other requests are served. The fake counts {@code arrived} down when the request
   * starts to wait, then waits for {@code release} to reach zero (or for the tenant to stop).
   *
   * <pre>{@code
   * CountDownLatch arrived = new CountDownLatch(1);
   * CountDownLatch release = new CountDownLatch(1);
   * FakeOktaTenant tenant = FakeOktaTenant.builder()
   *     .fault(FaultRule.nth("/api/v1/groups", 1, new Fault.Hold(arrived, release))).start();
   * // send the request from another thread, then:
   * arrived.await(10, TimeUnit.SECONDS);   // it is in flight now
   * // ... what other requests get meanwhile ...
   * release.countDown();                   // it is answered
   * }</pre>
   *
   * @param arrived counted down once by every held request as it starts to wait
   * @param release the held requests are answered once this reaches zero
   */
  record Hold(CountDownLatch arrived, CountDownLatch release) implements Fault {
    /**
     * Validates.
     *
     * @param arrived counted down as a request starts to wait
     * @param release opens the hold
     */
    public Hold {
      Objects.requireNonNull(arrived, "arrived");
      Objects.requireNonNull(release, "release");
    }
  }

  /** The connection is closed without a response. */
  record ConnectionReset() implements Fault {}

  /** The response announces its full length but only half of the body is sent. */
  record TruncatedBody() implements Fault {}

  /** The response is 200 with a body that is not valid JSON. */
  record MalformedJson() implements Fault {}

  /**
   * The calling API token or OAuth access token is revoked from this request on (it gets 401
   * E0000011).
   */
  record RevokeToken() implements Fault {}

  /**
   * The tenant changes just before the request is served, e.g. between two pages of a list. The
   * change is made as the tenant's admin would make it through the API: Okta's rules for the API
   * apply (no second {@code OKTA_GROUP} of a name, no membership change of an imported group), and
   * it writes the System Log events the API would.
   *
   * @param change what to change, through the fixture API
   */
  record Change(Consumer<TenantFixtures> change) implements Fault {
    /**
     * Validates.
     *
     * @param change the change
     */
    public Change {
      Objects.requireNonNull(change, "change");
    }
  }
}
