package dev.governance.testkit.scim;

import dev.governance.testkit.okta.Fault;
import dev.governance.testkit.okta.FaultRule;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which requests get a {@link ScimFault}: those whose path (below the server's base path, e.g.
 * {@code /Users} or {@code /Groups/*}) and method (null for any) match, from the {@code nth}
 * matching request on, {@code times} times in a row. Paths match as {@link FaultRule}'s do: a
 * {@code *} inside stands for one path segment, a trailing {@code *} for any rest. {@link
 * #laterPages()} narrows the rule to later pages of a list (a {@code startIndex} above 1), {@link
 * #firstPages()} to the others.
 *
 * @param method HTTP method or null for any
 * @param path path below the base path, or a pattern with {@code *}
 * @param nth the first matching request (1-based) that gets the fault
 * @param times how many matching requests in a row get it; {@link Integer#MAX_VALUE} for all
 * @param fault the fault
 * @param pages which pages of a list match
 * @since 0.1
 */
public record ScimFaultRule(
    @Nullable String method, String path, int nth, int times, ScimFault fault, FaultRule.Pages pages) {

  /**
   * Validates.
   *
   * @param method method or null
   * @param path path pattern
   * @param nth first faulted match
   * @param times consecutive faulted matches
   * @param fault the fault
   * @param pages which pages match
   */
  public ScimFaultRule {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(pages, "pages");
    // The Okta rule validates the path, nth and times the same way, and matches paths for us.
    pathRule(method, path, nth, times);
  }

  /**
   * Faults the {@code nth} request (1-based) to a path, once.
   *
   * @param path path pattern below the base path
   * @param nth which request
   * @param fault the fault
   * @return the rule
   */
  public static ScimFaultRule nth(String path, int nth, ScimFault fault) {
    return new ScimFaultRule(null, path, nth, 1, fault, FaultRule.Pages.ANY);
  }

  /**
   * Faults every request to a path.
   *
   * @param path path pattern below the base path
   * @param fault the fault
   * @return the rule
   */
  public static ScimFaultRule always(String path, ScimFault fault) {
    return new ScimFaultRule(null, path, 1, Integer.MAX_VALUE, fault, FaultRule.Pages.ANY);
  }

  /**
   * Returns a copy that faults {@code count} matching requests in a row.
   *
   * @param count how many
   * @return the copy
   */
  public ScimFaultRule times(int count) {
    return new ScimFaultRule(method, path, nth, count, fault, pages);
  }

  /**
   * Returns a copy limited to one HTTP method.
   *
   * @param httpMethod e.g. {@code PATCH}
   * @return the copy
   */
  public ScimFaultRule method(String httpMethod) {
    return new ScimFaultRule(httpMethod, path, nth, times, fault, pages);
  }

  /**
   * Returns a copy that matches only later pages of a list: a {@code startIndex} above 1.
   *
   * @return the copy
   */
  public ScimFaultRule laterPages() {
    return new ScimFaultRule(method, path, nth, times, fault, FaultRule.Pages.LATER);
  }

  /**
   * Returns a copy that matches only requests without a {@code startIndex} above 1.
   *
   * @return the copy
   */
  public ScimFaultRule firstPages() {
    return new ScimFaultRule(method, path, nth, times, fault, FaultRule.Pages.FIRST);
  }

  /**
   * Whether the rule's method, path and pages match a request.
   *
   * @param requestMethod method
   * @param requestPath path below the base path
   * @param startIndex the request's {@code startIndex}, 1 when it has none
   * @return true if it matches
   */
  public boolean matches(String requestMethod, String requestPath, int startIndex) {
    if (!pathRule(method, path, nth, times).matches(requestMethod, requestPath)) {
      return false;
    }
    return pages == FaultRule.Pages.ANY || (pages == FaultRule.Pages.LATER) == (startIndex > 1);
  }

  private static FaultRule pathRule(@Nullable String method, String path, int nth, int times) {
    return new FaultRule(method, path, nth, times, new Fault.ConnectionReset());
  }
}
