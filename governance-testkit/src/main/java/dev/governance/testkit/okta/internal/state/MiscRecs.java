package dev.governance.testkit.okta.internal.state;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Small value types of the tenant state. */
public final class MiscRecs {
  private MiscRecs() {}

  /**
   * An enrolled MFA factor.
   *
   * @param id factor id
   * @param user user position
   * @param factorType Okta factor type, e.g. {@code sms}
   * @param provider provider, e.g. {@code OKTA}
   * @param status factor status
   * @param created creation time
   * @param profile type-specific profile
   */
  public record Factor(
      String id,
      int user,
      String factorType,
      String provider,
      String status,
      long created,
      Map<String, Object> profile) {}

  /**
   * A group rule.
   *
   * @param id rule id
   * @param name name
   * @param status {@code ACTIVE} or {@code INACTIVE}
   * @param expression Okta expression
   * @param groups target group positions
   * @param created creation time
   */
  public record Rule(
      String id, String name, String status, String expression, List<Integer> groups, long created) {}

  /**
   * A System Log event.
   *
   * @param seq order of persistence
   * @param uuid event id
   * @param published publication time
   * @param eventType e.g. {@code group.user_membership.remove}
   * @param displayMessage human message
   * @param actorId acting user or app id
   * @param actorType {@code User} or {@code PublicClientApp}
   * @param actorAlternateId actor login or client id
   * @param targets targets
   * @param tokenId API token that caused it, or null
   * @param requestId the request id
   */
  public record LogEvent(
      long seq,
      String uuid,
      long published,
      String eventType,
      String displayMessage,
      String actorId,
      String actorType,
      String actorAlternateId,
      List<Target> targets,
      @Nullable String tokenId,
      String requestId) {}

  /**
   * A System Log target.
   *
   * @param id id
   * @param type e.g. {@code User}, {@code UserGroup}, {@code AppInstance}
   * @param alternateId login, name or label
   * @param displayName display name
   */
  public record Target(String id, String type, String alternateId, String displayName) {}
}
