package dev.governance.testkit.okta;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which requests get a {@link Fault}: those whose path matches {@code path} (exact, or a prefix
 * when it ends in {@code *}) and whose method matches (null for any), from the {@code nth}
 * matching request on, {@code times} times.
 *
 * @param method HTTP method or null for any
 * @param path exact path or prefix ending in {@code *}
 * @param nth the first matching request (1-based) that gets the fault
 * @param times how many matching requests in a row get it; {@link Integer#MAX_VALUE} for all
 * @param fault the fault
 * @since 0.1
 */
public record FaultRule(@Nullable String method, String path, int nth, int times, Fault fault) {
  /**
   * Validates.
   *
   * @param method method or null
   * @param path path pattern
   * @param nth first faulted match
   * @param times consecutive faulted matches
   * @param fault fault
   */
  public FaultRule {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(fault, "fault");
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
   * Faults the {@code nth} request (1-based) to a path, once.
   *
   * @param path exact path or prefix ending in {@code *}
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
   * @param path exact path or prefix ending in {@code *}
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
    return new FaultRule(method, path, nth, count, fault);
  }

  /**
   * Returns a copy limited to one HTTP method.
   *
   * @param httpMethod e.g. {@code GET}
   * @return the copy
   */
  public FaultRule method(String httpMethod) {
    return new FaultRule(httpMethod, path, nth, times, fault);
  }

  /**
   * Whether the rule's method and path match a request.
   *
   * @param requestMethod method
   * @param requestPath path
   * @return true if it matches
   */
  public boolean matches(String requestMethod, String requestPath) {
    if (method != null && !method.equalsIgnoreCase(requestMethod)) {
      return false;
    }
    return path.endsWith("*") ? requestPath.startsWith(path.substring(0, path.length() - 1))
        : requestPath.equals(path);
  }
}
