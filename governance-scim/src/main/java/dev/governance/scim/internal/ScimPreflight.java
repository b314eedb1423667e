package dev.governance.scim.internal;

import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.messages.PatchOperation;
import com.unboundid.scim2.common.Path;
import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.CancelledException;
import dev.governance.core.GovernanceException;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.NotFoundException;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.ActionAccess;
import dev.governance.core.spi.CollectionAccess;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.Preflight;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the credentials allow, from a handful of requests: discovery, one user and one group read
 * with {@code count=1}, and for changes one PATCH of a user and of a group that do not exist (an
 * id no server holds): a 404 means the credentials passed the server's checks for writing, a 403
 * that they may not. Nothing changes. SCIM has no way to ask for permissions directly.
 */
public final class ScimPreflight {
  private ScimPreflight() {}

  /**
   * Checks.
   *
   * @param client the client
   * @param principal who the credentials are, in words
   * @return the preflight
   * @throws AuthenticationFailedException if the credentials are refused
   */
  public static Preflight check(ScimClient client, String principal) {
    Meter meter = new Meter();
    ServerProfile profile = ServerProfile.discover(client, meter);
    Map<InventoryCollection, CollectionAccess> collections = new EnumMap<>(InventoryCollection.class);
    Map<LifecycleAction.Kind, ActionAccess> actions = new EnumMap<>(LifecycleAction.Kind.class);
    List<String> advice = new ArrayList<>();
    CollectionAccess users = read(client, meter, profile.usersEndpoint(), "User", advice);
    collections.put(InventoryCollection.IDENTITIES, users);
    CollectionAccess roles = profile.mayHaveRoles() ? users
        : new CollectionAccess.Forbidden("the server's User schema has neither roles nor entitlements",
            Set.of(), Set.of());
    collections.put(InventoryCollection.ROLES, roles);
    collections.put(InventoryCollection.ROLE_ASSIGNMENTS, roles);
    String groupsEndpoint = profile.groupsEndpoint();
    CollectionAccess groups = groupsEndpoint == null
        ? new CollectionAccess.Forbidden("the server offers no Group resource type", Set.of(), Set.of())
        : read(client, meter, groupsEndpoint, "Group", advice);
    collections.put(InventoryCollection.GROUPS, groups);
    collections.put(InventoryCollection.MEMBERSHIPS, groups);
    ActionAccess userWrites = profile.patch() ? write(client, meter, profile.usersEndpoint(), "User", advice)
        : new ActionAccess.Denied("the server does not support PATCH", Set.of(), Set.of());
    actions.put(LifecycleAction.Kind.DEACTIVATE_IDENTITY, userWrites);
    actions.put(LifecycleAction.Kind.REACTIVATE_IDENTITY, userWrites);
    ActionAccess groupWrites = groupsEndpoint == null
        ? new ActionAccess.Denied("the server offers no Group resource type", Set.of(), Set.of())
        : profile.patch() ? write(client, meter, groupsEndpoint, "Group", advice)
        : new ActionAccess.Denied("the server does not support PATCH", Set.of(), Set.of());
    actions.put(LifecycleAction.Kind.REMOVE_MEMBERSHIP, groupWrites);
    boolean usersRead = users.readable();
    boolean groupsRead = groups.readable() || groupsEndpoint == null;
    AccessLevel level;
    if (!usersRead && !groups.readable()) {
      level = AccessLevel.NONE;
    } else if (!usersRead || !groupsRead) {
      level = AccessLevel.PARTIAL;
    } else if (userWrites.permitted() && (groupWrites.permitted() || groupsEndpoint == null)) {
      level = AccessLevel.LIFECYCLE;
    } else {
      level = AccessLevel.READ_ONLY;
    }
    return new Preflight(principal, collections, actions, level, advice, meter.calls());
  }

  private static CollectionAccess read(ScimClient client, Meter meter, String endpoint, String type,
      List<String> advice) {
    try {
      client.call(ScimClient.Op.of("read the " + endpoint, "read " + type + " resources"), meter,
          s -> s.searchRequest(endpoint).page(1, 1).attributes("id").invoke(GenericScimResource.class));
      return CollectionAccess.allowed();
    } catch (AuthenticationFailedException | CancelledException e) {
      throw e;
    } catch (InsufficientPermissionException e) {
      advice.add("Allow the credentials to read " + type + " resources (/" + endpoint + ")");
      return new CollectionAccess.Forbidden("the server refused to list /" + endpoint + " (403)",
          Set.of(), Set.of("read " + type + " resources"));
    } catch (GovernanceException e) {
      return new CollectionAccess.Forbidden("listing /" + endpoint + " failed: " + e.getMessage(),
          Set.of(), Set.of());
    }
  }

  private static ActionAccess write(ScimClient client, Meter meter, String endpoint, String type,
      List<String> advice) {
    String probe = "governance-preflight-" + UUID.nameUUIDFromBytes(endpoint.getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    try {
      client.call(new ScimClient.Op("check writes to /" + endpoint, "write " + type + " resources",
          type.toLowerCase(java.util.Locale.ROOT), probe), meter,
          s -> s.modifyRequest(endpoint, probe)
              .addOperation(PatchOperation.replace(Path.root().attribute("active"), false))
              .invoke(GenericScimResource.class));
      return ActionAccess.allowed(); // not expected: no resource has that id
    } catch (NotFoundException e) {
      return ActionAccess.allowed();
    } catch (AuthenticationFailedException | CancelledException e) {
      throw e;
    } catch (InsufficientPermissionException e) {
      advice.add("Allow the credentials to change " + type + " resources (/" + endpoint + ")");
      return new ActionAccess.Denied("the server refused a change to /" + endpoint + " (403)",
          Set.of(), Set.of("write " + type + " resources"));
    } catch (GovernanceException e) {
      return new ActionAccess.Denied("a change to /" + endpoint + " could not be checked: "
          + e.getMessage(), Set.of(), Set.of());
    }
  }
}
