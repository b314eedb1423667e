package dev.governance.scim.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.client.requests.ModifyRequestBuilder;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.messages.PatchOperation;
import dev.governance.core.ConnectorFailureException;
import dev.governance.core.spi.ActionResult;
import dev.governance.core.spi.LifecycleAction;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Lifecycle actions as RFC 7644 PATCH requests: a group's member removed with {@code remove
 * members[value eq "id"]}, a user deactivated or reactivated with {@code replace active}. Each
 * reads the resource first: an effect already in place is {@link ActionResult.Outcome#ALREADY_DONE}
 * without a change, and the change carries the version read as {@code If-Match} where the server
 * supports ETags. A version that moved meanwhile is read again once; a member gone meanwhile
 * ({@code noTarget}) is already done.
 */
public final class ScimLifecycle {
  private final ScimClient client;
  private final Clock clock;

  /**
   * Creates the actions.
   *
   * @param client the client
   * @param clock when results say they happened
   */
  public ScimLifecycle(ScimClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /**
   * Applies an action.
   *
   * @param action the action
   * @param profile what the server supports
   * @return what happened
   */
  public ActionResult apply(LifecycleAction action, ServerProfile profile) {
    Meter meter = new Meter();
    if (!profile.patch()) {
      throw new ConnectorFailureException("The SCIM server does not support PATCH"
          + " (/ServiceProviderConfig), so it cannot " + describe(action), false, null);
    }
    if (action instanceof LifecycleAction.RemoveMembership r) {
      String groups = profile.groupsEndpoint();
      if (groups == null) {
        throw new ConnectorFailureException("The SCIM server offers no groups, so it cannot "
            + describe(action), false, null);
      }
      return removeMember(action, groups, r.groupId(), r.identityId(), profile.etag(), meter, true);
    }
    if (action instanceof LifecycleAction.DeactivateIdentity d) {
      return setActive(action, profile.usersEndpoint(), d.identityId(), false, profile.etag(), meter, true);
    }
    if (action instanceof LifecycleAction.ReactivateIdentity r) {
      return setActive(action, profile.usersEndpoint(), r.identityId(), true, profile.etag(), meter, true);
    }
    throw new ConnectorFailureException("SCIM 2.0 has no way to " + describe(action)
        + "; the SCIM connector removes group members, deactivates and reactivates users", false,
        null);
  }

  private ActionResult removeMember(LifecycleAction action, String endpoint, String groupId,
      String memberId, boolean etag, Meter meter, boolean retryOnConflict) {
    GenericScimResource group = client.call(new ScimClient.Op("read group " + groupId,
        "read Group resources", "group", groupId), meter,
        s -> s.retrieveRequest(endpoint, groupId).attributes("members", "meta")
            .invoke(GenericScimResource.class));
    ObjectNode node = group.getObjectNode();
    boolean member = false;
    for (JsonNode m : node.path("members")) {
      member |= memberId.equals(m.path("value").asText(null));
    }
    if (!member) {
      return result(action, ActionResult.Outcome.ALREADY_DONE, memberId + " is not a member of "
          + groupId);
    }
    String version = etag ? version(group) : null;
    Filter which;
    try {
      which = Filter.eq("value", memberId);
    } catch (BadRequestException e) {
      throw new ConnectorFailureException("Cannot name the member " + memberId + " in a filter", false, e);
    }
    Path path = Path.root().attribute("members", which);
    Optional<ActionResult> outcome = client.call(new ScimClient.Op("remove " + memberId
        + " from group " + groupId, "write Group resources", "group", groupId), meter, s -> {
          ModifyRequestBuilder.Typed b = s.modifyRequest(endpoint, groupId)
              .addOperation(PatchOperation.remove(path)).attributes("id");
          if (version != null) {
            b.ifMatch(version);
          }
          b.invoke(GenericScimResource.class);
          return Optional.of(result(action, ActionResult.Outcome.APPLIED, "removed " + memberId
              + " from group " + groupId));
        }, failure -> {
          if (failure.status() == 400 && "noTarget".equals(failure.scimType())) {
            return Optional.of(Optional.of(result(action, ActionResult.Outcome.ALREADY_DONE,
                memberId + " had already left group " + groupId)));
          }
          if (failure.status() == 412 && retryOnConflict) {
            return Optional.of(Optional.empty());
          }
          return Optional.empty();
        });
    return outcome.orElseGet(() -> removeMember(action, endpoint, groupId, memberId, etag, meter, false));
  }

  private ActionResult setActive(LifecycleAction action, String endpoint, String userId,
      boolean active, boolean etag, Meter meter, boolean retryOnConflict) {
    GenericScimResource user = client.call(new ScimClient.Op("read user " + userId,
        "read User resources", "identity", userId), meter,
        s -> s.retrieveRequest(endpoint, userId).attributes("active", "meta")
            .invoke(GenericScimResource.class));
    JsonNode now = user.getObjectNode().get("active");
    boolean isActive = now == null || now.isNull() || now.asBoolean(true);
    if (now != null && now.isBoolean() && now.booleanValue() == active) {
      return result(action, ActionResult.Outcome.ALREADY_DONE, userId + " is already "
          + (active ? "active" : "inactive"));
    }
    if (now != null && !now.isBoolean() && isActive == active) {
      return result(action, ActionResult.Outcome.ALREADY_DONE, userId + " is already "
          + (active ? "active" : "inactive"));
    }
    String version = etag ? version(user) : null;
    Optional<ActionResult> outcome = client.call(new ScimClient.Op((active ? "reactivate" : "deactivate")
        + " user " + userId, "write User resources", "identity", userId), meter, s -> {
          ModifyRequestBuilder.Typed b = s.modifyRequest(endpoint, userId)
              .addOperation(PatchOperation.replace(Path.root().attribute("active"), active))
              .attributes("id");
          if (version != null) {
            b.ifMatch(version);
          }
          b.invoke(GenericScimResource.class);
          return Optional.of(result(action, ActionResult.Outcome.APPLIED, "set active=" + active
              + " on user " + userId));
        }, failure -> failure.status() == 412 && retryOnConflict
            ? Optional.of(Optional.<ActionResult>empty()) : Optional.empty());
    return outcome.orElseGet(() -> setActive(action, endpoint, userId, active, etag, meter, false));
  }

  private static @Nullable String version(GenericScimResource r) {
    return r.getMeta() == null ? null : r.getMeta().getVersion();
  }

  private ActionResult result(LifecycleAction action, ActionResult.Outcome outcome, String detail) {
    return new ActionResult(action, outcome, clock.instant(), detail);
  }

  private static String describe(LifecycleAction action) {
    return switch (action.kind()) {
      case REMOVE_MEMBERSHIP -> "remove a group member";
      case UNASSIGN_APPLICATION -> "unassign an application";
      case REVOKE_SCOPE_GRANT -> "revoke a scope grant";
      case REVOKE_API_TOKEN -> "revoke an API token";
      case SUSPEND_IDENTITY -> "suspend an identity";
      case UNSUSPEND_IDENTITY -> "lift a suspension";
      case DEACTIVATE_IDENTITY -> "deactivate an identity";
      case REACTIVATE_IDENTITY -> "reactivate an identity";
    };
  }
}
