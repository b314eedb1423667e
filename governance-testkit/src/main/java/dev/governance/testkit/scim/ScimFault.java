package dev.governance.testkit.scim;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Something going wrong on purpose, attached to requests by a {@link ScimFaultRule}.
 *
 * @since 0.1
 */
public sealed interface ScimFault {

  /**
   * An error answer with a SCIM error body ({@code urn:ietf:params:scim:api:messages:2.0:Error}).
   *
   * @param status the HTTP status, 400 to 599
   * @param scimType the {@code scimType}, or null for none
   */
  record Status(int status, @Nullable String scimType) implements ScimFault {
    /**
     * Validates.
     *
     * @param status 400 to 599
     * @param scimType the scimType or null
     */
    public Status {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("status must be from 400 to 599, got " + status);
      }
    }

    /**
     * An error without a {@code scimType}.
     *
     * @param status 400 to 599
     */
    public Status(int status) {
      this(status, null);
    }
  }

  /**
   * A 429 with a {@code Retry-After} header of whole seconds.
   *
   * @param retryAfter the wait announced, rounded up to seconds
   */
  record RateLimited(Duration retryAfter) implements ScimFault {
    /**
     * Validates.
     *
     * @param retryAfter not negative
     */
    public RateLimited {
      Objects.requireNonNull(retryAfter, "retryAfter");
      if (retryAfter.isNegative()) {
        throw new IllegalArgumentException("retryAfter must not be negative, got " + retryAfter);
      }
    }
  }

  /**
   * The answer is delayed, then served normally.
   *
   * @param delay the delay
   */
  record Latency(Duration delay) implements ScimFault {
    /**
     * Validates.
     *
     * @param delay not negative
     */
    public Latency {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative, got " + delay);
      }
    }
  }

  /** The connection is closed without an answer. */
  record ConnectionReset() implements ScimFault {}

  /** The answer is 200 with a body that is not valid JSON. */
  record MalformedJson() implements ScimFault {}

  /**
   * The server's contents change just before the request is served, e.g. between two pages.
   *
   * @param change what to change, through the fixture API
   */
  record Change(Consumer<ScimFixtures> change) implements ScimFault {
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
