package dev.governance.okta.internal.lifecycle;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.okta.sdk.resource.model.User;
import dev.governance.core.ConflictException;
import dev.governance.core.ConnectorFailureException;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.NotFoundException;
import dev.governance.core.internal.Quoted;
import dev.governance.core.model.GroupType;
import dev.governance.core.spi.ActionResult;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.okta.internal.client.OktaHttp;
import dev.governance.okta.internal.mapping.OktaMapper;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Applies {@link LifecycleAction}s through Okta's management API. */
public final class OktaActions {

  private final OktaHttp http;
  private final String org;
  private final Clock clock;

  /**
   * Creates the actions.
   *
   * @param http the org's client
   * @param org the org, for messages
   * @param clock the clock for results
   */
  public OktaActions(OktaHttp http, String org, Clock clock) {
    this.http = http;
    this.org = org;
    this.clock = clock;
  }

  /**
   * Applies an action.
   *
   * @param action the action
   * @return what happened
   */
  public ActionResult apply(LifecycleAction action) {
    if (action instanceof LifecycleAction.RemoveMembership a) {
      return removeMembership(action, a.identityId(), a.groupId());
    }
    if (action instanceof LifecycleAction.UnassignApplication a) {
      Optional<Sent> sent = deleted("/api/v1/apps/" + a.applicationId() + "/users/" + a.identityId());
      if (sent.isEmpty()) {
        read("/api/v1/apps/" + a.applicationId());
        return already(action, userExists(a.identityId())
            ? "the user has no direct assignment to the application"
            : "the application has no direct assignment of this user (the credentials may not read users,"
                + " so whether the user exists was not checked)");
      }
      return done(action, "the direct assignment was removed; the application may deprovision the account", sent.get());
    }
    if (action instanceof LifecycleAction.RevokeScopeGrant a) {
      Optional<Sent> sent = deleted("/api/v1/apps/" + a.applicationId() + "/grants/" + a.grantId());
      if (sent.isEmpty()) {
        readList("/api/v1/apps/" + a.applicationId() + "/grants");
        return already(action, "the application holds no active grant with this id");
      }
      return done(action, "the scope grant was revoked", sent.get());
    }
    if (action instanceof LifecycleAction.RevokeApiToken a) {
      Optional<Sent> sent = deleted("/api/v1/api-tokens/" + a.tokenId());
      if (sent.isEmpty()) {
        return already(action, "no active API token has this id (Okta keeps no trace of revoked tokens)");
      }
      return done(action, "the API token was revoked", sent.get());
    }
    if (action instanceof LifecycleAction.SuspendIdentity a) {
      return transition(action, a.identityId(), "SUSPENDED", "suspend", "suspended: cannot sign in, keeps assignments");
    }
    if (action instanceof LifecycleAction.UnsuspendIdentity a) {
      return transition(action, a.identityId(), "ACTIVE", "unsuspend", "active again");
    }
    if (action instanceof LifecycleAction.ReactivateIdentity a) {
      return reactivate(action, a.identityId());
    }
    LifecycleAction.DeactivateIdentity a = (LifecycleAction.DeactivateIdentity) action;
    return transition(action, a.identityId(), "DEPROVISIONED", "deactivate",
        "deactivated: unassigned from every active application (group-derived assignments included),"
            + " group memberships kept, API tokens deprovisioned; the reactivate action (Okta's activate)"
            + " brings back what the groups hold, not the direct assignments");
  }

  /**
   * Okta answers {@code DELETE /api/v1/groups/{group}/users/{user}} with 204 whether or not the user
   * is a member, so membership is read first, from the group's members: the read Okta's
   * {@code okta.groups.manage} covers (the user's own groups would need {@code okta.users.read}).
   * When the user is not among them, the DELETE is still sent, changing nothing, because it is the
   * one call this scope allows that tells an unknown user (404) from a non-member (204).
   */
  private ActionResult removeMembership(LifecycleAction action, String userId, String groupId) {
    var group = http.get("/api/v1/groups/" + groupId, new TypeReference<com.okta.sdk.resource.model.Group>() {});
    if (group == null) {
      throw new ConnectorFailureException(
          org + " answered the read of group " + Quoted.quote(groupId) + " with an empty body", false, null);
    }
    GroupType type = OktaMapper.groupType(group.getType() == null ? null : group.getType().getValue());
    if (type != GroupType.NATIVE) {
      throw new ConflictException(org + " manages the membership of group " + Quoted.quote(groupId) + " ("
          + (group.getType() == null ? "unknown type" : group.getType().getValue()) + ") through its source;"
          + " remove the user there, or from the group's source application");
    }
    boolean[] member = {false};
    http.forEachPage("/api/v1/groups/" + groupId + "/users?limit=1000", new TypeReference<List<JsonNode>>() {},
        page -> page.forEach(u -> member[0] |= userId.equals(u.path("id").asText())));
    Sent sent;
    try {
      sent = new Sent(http.send("DELETE", "/api/v1/groups/" + groupId + "/users/" + userId));
    } catch (NotFoundException e) {
      // The group was read just now, so the 404 is the user's.
      throw new NotFoundException("user", userId, org + " has no user " + Quoted.quote(userId)
          + " to remove from group " + Quoted.quote(groupId), e);
    }
    return member[0] ? done(action, "removed from the group", sent)
        : already(action, "the user is not a member of the group");
  }

  /**
   * Tells whether a user exists, for telling a removed assignment from an unknown user after a
   * 404: {@code true} when it reads, {@code false} when the credentials may not read users (the
   * action's scope does not include it); an unknown user fails with {@link NotFoundException}.
   */
  private boolean userExists(String userId) {
    try {
      read("/api/v1/users/" + userId);
      return true;
    } catch (InsufficientPermissionException e) {
      return false;
    }
  }

  /**
   * Sends a DELETE and tells whether Okta found what it deletes: {@code false} on 404, which by
   * itself does not tell a removed assignment from an unknown subject; the callers read the
   * subjects to tell them apart.
   */
  private Optional<Sent> deleted(String path) {
    try {
      return Optional.of(new Sent(http.send("DELETE", path)));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** A change Okta accepted, with the id Okta gave the request when it sent one. */
  private record Sent(@Nullable String requestId) {}

  /** Reads a resource that must exist; a 404 surfaces as the {@link NotFoundException} it is. */
  private void read(String path) {
    http.get(path, new TypeReference<JsonNode>() {});
  }

  /** Reads a list that exists only if its owner does; a 404 surfaces as {@link NotFoundException}. */
  private void readList(String path) {
    http.get(path, new TypeReference<List<JsonNode>>() {});
  }

  private ActionResult transition(LifecycleAction action, String userId, String target, String operation, String detail) {
    String status = status(userId);
    if (target.equals(status)) {
      return new ActionResult(action, ActionResult.Outcome.ALREADY_DONE, clock.instant(), "already " + status);
    }
    Sent sent = new Sent(http.send("POST", "/api/v1/users/" + userId + "/lifecycle/" + operation));
    return done(action, detail, sent);
  }

  /**
   * Okta's {@code activate} works on DEPROVISIONED (and STAGED) users; {@code sendEmail=false} keeps
   * Okta from mailing the user an activation link.
   */
  private ActionResult reactivate(LifecycleAction action, String userId) {
    String status = status(userId);
    if (!"DEPROVISIONED".equals(status)) {
      if ("STAGED".equals(status)) {
        throw new ConflictException(org + " has user " + userId + " STAGED, never activated; activating a new"
            + " user is not a reactivation: activate it in Okta if it should start");
      }
      return new ActionResult(action, ActionResult.Outcome.ALREADY_DONE, clock.instant(),
          "not deactivated (" + status + ")");
    }
    Sent sent = new Sent(http.send("POST", "/api/v1/users/" + userId + "/lifecycle/activate?sendEmail=false"));
    return done(action, "reactivated (now " + status(userId) + "): the applications its groups hold are assigned"
        + " again; direct assignments removed at deactivation are not", sent);
  }

  private String status(String userId) {
    User user = http.get("/api/v1/users/" + userId, new TypeReference<User>() {});
    return user == null || user.getStatus() == null ? "UNKNOWN" : user.getStatus().getValue();
  }

  private ActionResult already(LifecycleAction action, String detail) {
    return new ActionResult(action, ActionResult.Outcome.ALREADY_DONE, clock.instant(), detail);
  }

  private ActionResult done(LifecycleAction action, String detail, Sent sent) {
    return new ActionResult(action, ActionResult.Outcome.APPLIED, clock.instant(), detail, sent.requestId());
  }
}
