package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.internal.state.OktaError;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/** Cursor paging: walk positions from a start, keep up to {@code limit} matches, note more. */
public final class Paging {
  private Paging() {}

  /**
   * A page of positions.
   *
   * @param positions matching positions (first {@code count} are used)
   * @param count how many
   * @param more whether further matches exist
   */
  public record Slice(int[] positions, int count, boolean more) {}

  /**
   * Collects a page.
   *
   * @param from first position to look at
   * @param end position after the last
   * @param include which positions match
   * @param limit page size
   * @return the page
   */
  public static Slice slice(int from, int end, IntPredicate include, int limit) {
    int[] out = new int[Math.max(0, Math.min(limit, end - from))];
    int n = 0;
    for (int p = from; p < end; p++) {
      if (include.test(p)) {
        if (n == limit) {
          return new Slice(out, n, true);
        }
        out[n++] = p;
      }
    }
    return new Slice(out, n, false);
  }

  /**
   * Finds where a page starts: just after the item whose id is the {@code after} cursor.
   *
   * @param after the cursor, or {@code null} for the first page
   * @param size the items in the list
   * @param idAt the id of the item at a position
   * @return the first position of the page
   * @throws OktaError 400 when no item has the cursor's id, as Okta answers a stale cursor
   */
  public static int start(
      @Nullable String after, int size, java.util.function.IntFunction<String> idAt) {
    if (after == null) {
      return 0;
    }
    for (int i = 0; i < size; i++) {
      if (idAt.apply(i).equals(after)) {
        return i + 1;
      }
    }
    throw OktaError.validation("after: the cursor is not valid; follow the next link as given.");
  }

  /**
   * Reads {@code limit}, applying Okta's default and maximum.
   *
   * @param raw query value or null
   * @param def default
   * @param max maximum (larger values are reduced to it)
   * @return the page size
   */
  public static int limit(@Nullable String raw, int def, int max) {
    if (raw == null || raw.isEmpty()) {
      return def;
    }
    try {
      int v = Integer.parseInt(raw.trim());
      if (v < 1) {
        return def;
      }
      return Math.min(v, max);
    } catch (NumberFormatException e) {
      throw OktaError.validation("limit: '" + raw + "' is not a number; send an integer.");
    }
  }

  /**
   * Builds a {@code next} link: the request's query without {@code after}/{@code limit}, then
   * {@code after} and {@code limit}.
   *
   * @param base org URL
   * @param path request path
   * @param rawQuery raw query string or empty
   * @param after cursor
   * @param limit page size
   * @return the header value
   */
  public static String next(String base, String path, String rawQuery, String after, int limit) {
    StringBuilder q = new StringBuilder();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String part : rawQuery.split("&")) {
        if (part.isEmpty() || part.startsWith("after=") || part.startsWith("limit=")) {
          continue;
        }
        q.append(part).append('&');
      }
    }
    q.append("after=").append(URLEncoder.encode(after, StandardCharsets.UTF_8));
    q.append("&limit=").append(limit);
    return "<" + base + path + "?" + q + ">; rel=\"next\"";
  }

  /**
   * Builds the {@code self} link.
   *
   * @param base org URL
   * @param path request path
   * @param rawQuery raw query or empty
   * @return the header value
   */
  public static String self(String base, String path, String rawQuery) {
    return "<" + base + path + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery)
        + ">; rel=\"self\"";
  }
}
