package dev.governance.okta.internal.client;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.governance.core.CancelledException;
import dev.governance.core.GovernanceException;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.NotFoundException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the calling principal's rate-limit share from Okta's principal rate limits API.
 *
 * <p>Okta caps each API token and OAuth app at a percentage of every bucket's org-wide limit (50%
 * unless an admin changed it) and lists the settings at {@code GET /api/v1/principal-rate-limits}
 * with a required {@code filter} on {@code principalType} ({@code SSWS_TOKEN} or {@code
 * OAUTH_CLIENT}), where {@code principalId} is the API token's id or the OAuth app's client id.
 * An OAuth app knows its client id. An API token does not know its own id: the API lists tokens
 * with their owner but not their secret, so the share taken is the lowest among the settings of the
 * tokens the caller's user owns, or the default when none of them has a setting. Reading needs
 * {@code okta.principalRateLimits.read}; without it, or when Okta does not serve the API, the
 * configured default applies.
 */
public final class PrincipalShare {

  private PrincipalShare() {}

  /**
   * What was learned.
   *
   * @param share the share to pace at, in (0, 1]
   * @param source where it came from, in words, for the plan's assumptions
   */
  public record Outcome(double share, String source) {}

  /**
   * Reads the share.
   *
   * @param http the org's client
   * @param clientId the OAuth app's client id, or {@code null} for an API token
   * @param fallback the share to use when Okta does not say
   * @return the share and its source
   */
  public static Outcome read(OktaHttp http, @Nullable String clientId, double fallback) {
    String type = clientId == null ? "SSWS_TOKEN" : "OAUTH_CLIENT";
    List<Map<String, Object>> settings = new ArrayList<>();
    try {
      http.forEachPage("/api/v1/principal-rate-limits?limit=50&filter="
              + URLEncoder.encode("principalType eq \"" + type + "\"", StandardCharsets.UTF_8),
          new TypeReference<List<Map<String, Object>>>() {}, settings::addAll);
      Set<String> mine = new HashSet<>();
      if (clientId != null) {
        mine.add(clientId);
      } else if (!settings.isEmpty()) {
        Map<String, Object> me = http.get("/api/v1/users/me", new TypeReference<Map<String, Object>>() {});
        Object myId = me == null ? null : me.get("id");
        http.forEachPage("/api/v1/api-tokens", new TypeReference<List<Map<String, Object>>>() {},
            page -> page.forEach(t -> {
              if (myId != null && myId.equals(t.get("userId")) && t.get("id") != null) {
                mine.add(t.get("id").toString());
              }
            }));
      }
      double lowest = Double.NaN;
      for (Map<String, Object> s : settings) {
        if (mine.contains(String.valueOf(s.get("principalId"))) && s.get("defaultPercentage") instanceof Number n
            && n.intValue() > 0 && n.intValue() <= 100) {
          double share = n.intValue() / 100.0;
          lowest = Double.isNaN(lowest) ? share : Math.min(lowest, share);
        }
      }
      if (Double.isNaN(lowest)) {
        return new Outcome(fallback, "no principal rate limit is set for this " + label(clientId)
            + ", so Okta's default share of " + percent(fallback) + " is assumed");
      }
      return new Outcome(lowest, "this " + label(clientId) + "'s principal rate limit, "
          + percent(lowest) + " of each bucket, read from /api/v1/principal-rate-limits");
    } catch (CancelledException e) {
      throw e;
    } catch (InsufficientPermissionException | NotFoundException e) {
      return new Outcome(fallback, "the principal rate limits could not be read (" + e.getClass().getSimpleName()
          + "; they need okta.principalRateLimits.read), so a share of " + percent(fallback) + " is assumed");
    } catch (GovernanceException e) {
      return new Outcome(fallback, "the principal rate limits could not be read (" + e.getMessage()
          + "), so a share of " + percent(fallback) + " is assumed");
    }
  }

  private static String label(@Nullable String clientId) {
    return clientId == null ? "API token" : "OAuth app";
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
