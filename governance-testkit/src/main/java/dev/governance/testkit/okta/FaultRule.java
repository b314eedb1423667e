package dev.governance.testkit.okta;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which requests get a {@link Fault}: those whose path matches {@code path} and whose method
 * matches (null for any), from the {@code nth} matching request on, {@code times} times.
 *
 * <p>A {@code *} inside the path stands for one path segment, or part of one ({@code
 * /api/v1/groups/*}{@code /users} matches the members list of every group); a path ending in
 * {@code *} is a prefix ({@code /api/v1/groups*} matches every groups endpoint). {@link
 * #laterPages()} narrows the rule to later pages of a list (requests with an {@code after} cursor
 * in the query), {@link #firstPages()} to the others, and {@link #sameRequest()} pins it to the
 * one request it faults first, so that {@code times} counts that request's retries rather than
 * other requests to the same path.
 *
 * @param method HTTP method or null for any
 * @param path exact path, or a pattern with {@code *}
 * @param nth the first matching request (1-based) that gets the fault
 * @param times how many matching requests in a row get it; {@link Integer#MAX_VALUE} for all
 * @param fault the fault
 * @param pages which pages of a list match
 * @param pinned whether, from the {@code nth} match on, only requests with the same method, path
 *     and query as that one match (see {@link #sameRequest()})
 * @since 0.1
 */
public record FaultRule(
    @Nullable String method, String path, int nth, int times, Fault fault, Pages pages, boolean pinned) {

  /** Which pages of a paged list a rule matches. */
  public enum Pages {
    /** Every request, paged or not. */
    ANY,
    /** Requests without an {@code after} cursor: a list's first page, and every other request. */
    FIRST,
    /** Requests with an {@code after} cursor in their query: a list's second page and later ones. */
    LATER
  }

  /**
   * Validates.
   *
   * @param method method or null
   * @param path path pattern
   * @param nth first faulted match
   * @param times consecutive faulted matches
   * @param fault fault
   * @param pages which pages match
   * @param pinned whether the rule pins to its first faulted request
   */
  public FaultRule {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(pages, "pages");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/', e.g. /api/v1/users or "
          + "/api/v1/groups/*, got '" + path + "'");
    }
    if (nth < 1 || times < 1) {
      throw new IllegalArgumentException("nth and times must be at least 1, got nth=" + nth
          + ", times=" + times);
    }
  }

  /**
   * A rule for any page, not pinned to one request.
   *
   * @param method method or null
   * @param path path pattern
   * @param nth first faulted match
   * @param times consecutive faulted matches
   * @param fault fault
   */
  public FaultRule(@Nullable String method, String path, int nth, int times, Fault fault) {
    this(method, path, nth, times, fault, Pages.ANY, false);
  }

  /**
   * Faults the {@code nth} request (1-based) to a path, once.
   *
   * @param path exact path or a pattern with {@code *}
   * @param nth which request
   * @param fault the fault
   * @return the rule
   */
  public static FaultRule nth(String path, int nth, Fault fault) {
    return new FaultRule(null, path, nth, 1, fault);
  }

  /**
   * Faults every request to a path.
   *
   * @param path exact path or a pattern with {@code *}
   * @param fault the fault
   * @return the rule
   */
  public static FaultRule always(String path, Fault fault) {
    return new FaultRule(null, path, 1, Integer.MAX_VALUE, fault);
  }

  /**
   * Returns a copy that faults {@code count} matching requests in a row.
   *
   * @param count how many
   * @return the copy
   */
  public FaultRule times(int count) {
    return new FaultRule(method, path, nth, count, fault, pages, pinned);
  }

  /**
   * Returns a copy limited to one HTTP method.
   *
   * @param httpMethod e.g. {@code GET}
   * @return the copy
   */
  public FaultRule method(String httpMethod) {
    return new FaultRule(httpMethod, path, nth, times, fault, pages, pinned);
  }

  /**
   * Returns a copy that matches only later pages of a list: requests with an {@code after} cursor.
   *
   * @return the copy
   */
  public FaultRule laterPages() {
    return new FaultRule(method, path, nth, times, fault, Pages.LATER, pinned);
  }

  /**
   * Returns a copy that matches only requests without an {@code after} cursor.
   *
   * @return the copy
   */
  public FaultRule firstPages() {
    return new FaultRule(method, path, nth, times, fault, Pages.FIRST, pinned);
  }

  /**
   * Returns a copy pinned to the request it faults first: from the {@code nth} match on, only
   * requests with that method, path and query count, so {@code times(Integer.MAX_VALUE)} fails that
   * one request on every retry while other requests to the path are served.
   *
   * @return the copy
   */
  public FaultRule sameRequest() {
    return new FaultRule(method, path, nth, times, fault, pages, true);
  }

  /**
   * Whether the rule's method and path match a request, whatever its query.
   *
   * @param requestMethod method
   * @param requestPath path
   * @return true if it matches
   */
  public boolean matches(String requestMethod, String requestPath) {
    if (method != null && !method.equalsIgnoreCase(requestMethod)) {
      return false;
    }
    return pathMatches(path, 0, requestPath, 0);
  }

  /**
   * Whether the rule's method, path and pages match a request.
   *
   * @param requestMethod method
   * @param requestPath path
   * @param rawQuery the raw query string, empty when none
   * @return true if it matches
   */
  public boolean matches(String requestMethod, String requestPath, String rawQuery) {
    if (!matches(requestMethod, requestPath)) {
      return false;
    }
    boolean later = hasCursor(rawQuery);
    return pages == Pages.ANY || (pages == Pages.LATER) == later;
  }

  private static boolean hasCursor(String rawQuery) {
    for (String pair : rawQuery.split("&")) {
      if (pair.startsWith("after=") && pair.length() > "after=".length()) {
        return true;
      }
    }
    return false;
  }

  /** A trailing {@code *} matches any rest; one inside matches one or more characters but {@code /}. */
  private static boolean pathMatches(String pattern, int p, String text, int t) {
    while (p < pattern.length()) {
      char c = pattern.charAt(p);
      if (c == '*') {
        if (p == pattern.length() - 1) {
          return true;
        }
        for (int end = t + 1; end <= text.length() && text.charAt(end - 1) != '/'; end++) {
          if (pathMatches(pattern, p + 1, text, end)) {
            return true;
          }
        }
        return false;
      }
      if (t >= text.length() || text.charAt(t) != c) {
        return false;
      }
      p++;
      t++;
    }
    return t == text.length();
  }
}
