package dev.governance.okta.internal.client;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code X-Rate-Limit-*} and {@code Date} headers of one response. Missing or malformed values
 * are {@code -1}; Okta sometimes repeats a header, in which case the first value counts.
 *
 * @param limit {@code X-Rate-Limit-Limit}
 * @param remaining {@code X-Rate-Limit-Remaining}
 * @param resetEpochSeconds {@code X-Rate-Limit-Reset}, by the server's clock
 * @param serverDateMillis {@code Date}, by the server's clock
 */
record RateLimitHeaders(int limit, int remaining, long resetEpochSeconds, long serverDateMillis) {

  static final RateLimitHeaders NONE = new RateLimitHeaders(-1, -1, -1, -1);

  /**
   * Parses headers given as a lookup of the first value by (case-insensitive) name.
   *
   * @param first returns the first value of a header, or {@code null}
   * @return the parsed headers
   */
  static RateLimitHeaders parse(Function<String, String> first) {
    return new RateLimitHeaders(
        (int) number(first.apply("X-Rate-Limit-Limit")),
        (int) number(first.apply("X-Rate-Limit-Remaining")),
        number(first.apply("X-Rate-Limit-Reset")),
        date(first.apply("Date")));
  }

  /**
   * Parses headers from a map whose keys have whatever case the server used.
   *
   * @param headers the headers, or {@code null}
   * @return the parsed headers
   */
  static RateLimitHeaders fromMap(Map<String, List<String>> headers) {
    if (headers == null) {
      return NONE;
    }
    return parse(
        name -> {
          for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
              return e.getValue().get(0);
            }
          }
          return null;
        });
  }

  /**
   * Tells whether these are the headers of a concurrency violation (limit and remaining both 0).
   *
   * @return {@code true} on a concurrency 429
   */
  boolean concurrencyViolation() {
    return limit == 0 && remaining == 0;
  }

  /**
   * Translates the reset time to the local clock, using the server's {@code Date} when present.
   *
   * @param receivedAtMillis when the response arrived, by the local clock
   * @return the local time of the reset in epoch millis, or {@code -1} if unknown
   */
  long resetAtMillis(long receivedAtMillis) {
    if (resetEpochSeconds <= 0) {
      return -1;
    }
    long resetServer = resetEpochSeconds * 1000;
    // Date has a resolution of one second. When the clocks agree to within that, the local clock
    // reads the reset more precisely than the difference to Date would; otherwise correct the skew.
    if (serverDateMillis <= 0 || Math.abs(receivedAtMillis - serverDateMillis) <= 1_500) {
      return resetServer;
    }
    return receivedAtMillis + (resetServer - serverDateMillis);
  }

  private static long number(String value) {
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static long date(String value) {
    if (value == null) {
      return -1;
    }
    try {
      return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      return -1;
    }
  }
}
