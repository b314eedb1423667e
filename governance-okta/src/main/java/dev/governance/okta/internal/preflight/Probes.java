package dev.governance.okta.internal.preflight;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.okta.sdk.resource.model.AppUser;
import com.okta.sdk.resource.model.RoleAssignedUsers;
import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserFactor;
import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.CancelledException;
import dev.governance.core.ConnectorFailureException;
import dev.governance.core.GovernanceException;
import dev.governance.core.model.InventoryCollection;
import dev.governance.okta.internal.client.OktaHttp;
import dev.governance.okta.internal.mapping.OktaMapper;
import dev.governance.okta.internal.mapping.OktaRoleAssignment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The preflight's reads, each as cheap as Okta allows: {@code limit=1} where a list pages. */
public final class Probes {

  /**
   * Scoped roles whose targets are looked up, at most (beyond them a role counts as limited); keeps
   * the preflight within 15 calls.
   */
  private static final int TARGET_LOOKUPS = 3;
  /** Custom roles whose permissions are looked up, at most; keeps the preflight within 15 calls. */
  private static final int CUSTOM_ROLE_LOOKUPS = 2;

  private final OktaHttp http;
  private @Nullable String someUserId;

  /**
   * Creates the probes.
   *
   * @param http the org's client
   */
  public Probes(OktaHttp http) {
    this.http = http;
  }

  /**
   * The user an API token acts as.
   *
   * @param id the user's id
   * @param login the user's login
   * @param status the user's status
   * @param roles the user's admin roles, direct and through groups
   */
  public record Owner(String id, String login, String status, List<RoleGrant> roles) {}

  /**
   * One admin role the owner holds.
   *
   * @param type Okta's role type, e.g. {@code READ_ONLY_ADMIN} or {@code CUSTOM}
   * @param label the role's label
   * @param custom whether it is a custom role
   * @param permissions a custom role's permissions; empty for standard roles or when unknown
   * @param targeted whether the assignment is limited to some groups or applications
   */
  public record RoleGrant(String type, String label, boolean custom, List<String> permissions, boolean targeted) {}

  /**
   * Reads who an API token acts as and the admin roles it holds: {@code /api/v1/users/me}, its
   * roles with their targets, and the permissions of up to two custom roles.
   *
   * @return the owner
   * @throws AuthenticationFailedException if the org refuses the token
   */
  public Owner owner() {
    User me = http.get("/api/v1/users/me", new TypeReference<User>() {});
    if (me == null) {
      throw new ConnectorFailureException("Okta answered /api/v1/users/me with an empty body", false, null);
    }
    someUserId = me.getId();
    String login = me.getProfile() == null || me.getProfile().getLogin() == null ? me.getId() : me.getProfile().getLogin();
    List<RoleGrant> roles = new ArrayList<>();
    List<OktaRoleAssignment> assignments = List.of();
    try {
      assignments = http.get("/api/v1/users/" + me.getId() + "/roles", new TypeReference<List<OktaRoleAssignment>>() {});
    } catch (AuthenticationFailedException | CancelledException e) {
      throw e;
    } catch (GovernanceException e) {
      // An owner who may not read roles holds no role that allows it: treated as no roles.
    }
    int lookups = 0;
    int targetLookups = 0;
    for (OktaRoleAssignment r : assignments == null ? List.<OktaRoleAssignment>of() : assignments) {
      String type = r.type() == null ? "UNKNOWN" : r.type();
      String label = r.label() == null ? type : r.label();
      String customRoleId = r.custom() ? r.role() : null;
      if (customRoleId != null) {
        List<String> permissions = List.of();
        if (lookups++ < CUSTOM_ROLE_LOOKUPS) {
          permissions = permissionsOf(customRoleId);
        }
        roles.add(new RoleGrant(type, label, true, permissions, false));
      } else {
        boolean targeted = r.targets() != OktaRoleAssignment.Targets.NONE
            && (targetLookups++ >= TARGET_LOOKUPS || targeted(me.getId(), r));
        roles.add(new RoleGrant(type, label, false, List.of(), targeted));
      }
    }
    return new Owner(me.getId(), login, me.getStatus() == null ? "UNKNOWN" : me.getStatus().getValue(), roles);
  }

  /**
   * Tells whether a role assignment of a targetable type is limited to targets: its first page of
   * targets is not empty. A targets list that cannot be read counts as limited, so that the
   * preflight never claims more than the role may give.
   */
  private boolean targeted(String userId, OktaRoleAssignment r) {
    String group = r.assigneeGroup();
    String base = group == null ? "/api/v1/users/" + userId : "/api/v1/groups/" + group;
    String kind = r.targets() == OktaRoleAssignment.Targets.APPS ? "/targets/catalog/apps" : "/targets/groups";
    try {
      List<JsonNode> first = http.get(base + "/roles/" + r.id() + kind + "?limit=1", new TypeReference<List<JsonNode>>() {});
      return first == null || !first.isEmpty();
    } catch (AuthenticationFailedException | CancelledException e) {
      throw e;
    } catch (GovernanceException e) {
      return true;
    }
  }

  private List<String> permissionsOf(String roleId) {
    JsonNode body = http.get("/api/v1/iam/roles/" + roleId + "/permissions", new TypeReference<JsonNode>() {});
    List<String> permissions = new ArrayList<>();
    if (body != null) {
      body.path("permissions").forEach(p -> permissions.add(p.path("label").asText()));
    }
    return permissions;
  }

  /**
   * Reads each collection once, as cheaply as possible.
   *
   * @return per collection, what the org answered
   * @throws AuthenticationFailedException if the org refuses the credentials
   */
  public Map<InventoryCollection, Probe> collections() {
    Map<InventoryCollection, Probe> answers = new EnumMap<>(InventoryCollection.class);
    String[] firstGroupWithMembers = new String[1];
    String[] firstApp = new String[1];
    answers.put(InventoryCollection.IDENTITIES, probe(() -> {
      List<User> users = http.get("/api/v1/users?limit=1", new TypeReference<List<User>>() {});
      if (users != null && !users.isEmpty() && someUserId == null) {
        someUserId = users.get(0).getId();
      }
      return users == null || users.isEmpty();
    }));
    answers.put(InventoryCollection.GROUPS, probe(() -> {
      List<com.okta.sdk.resource.model.Group> groups = http.get("/api/v1/groups?limit=1&expand=stats",
          new TypeReference<List<com.okta.sdk.resource.model.Group>>() {});
      if (groups != null && !groups.isEmpty()
          && OktaMapper.stats(groups.get(0)).map(s -> s.usersCount() > 0).orElse(false)) {
        firstGroupWithMembers[0] = groups.get(0).getId();
      }
      return groups == null || groups.isEmpty();
    }));
    answers.put(InventoryCollection.MEMBERSHIPS, firstGroupWithMembers[0] == null
        ? answers.get(InventoryCollection.GROUPS)
        : probe(() -> isEmpty(http.get("/api/v1/groups/" + firstGroupWithMembers[0] + "/users?limit=1",
            new TypeReference<List<User>>() {}))));
    answers.put(InventoryCollection.GROUP_RULES, probe(() -> isEmpty(http.get("/api/v1/groups/rules?limit=1",
        new TypeReference<List<JsonNode>>() {}))));
    answers.put(InventoryCollection.APPLICATIONS, probe(() -> {
      List<JsonNode> apps = http.get("/api/v1/apps?limit=1", new TypeReference<List<JsonNode>>() {});
      if (apps != null && !apps.isEmpty()) {
        firstApp[0] = apps.get(0).path("id").asText(null);
      }
      return isEmpty(apps);
    }));
    answers.put(InventoryCollection.APP_ASSIGNMENTS, firstApp[0] == null
        ? answers.get(InventoryCollection.APPLICATIONS)
        : probe(() -> isEmpty(http.get("/api/v1/apps/" + firstApp[0] + "/users?limit=1",
            new TypeReference<List<AppUser>>() {}))));
    Probe roles = probe(() -> {
      RoleAssignedUsers page = http.get("/api/v1/iam/assignees/users?limit=1", new TypeReference<RoleAssignedUsers>() {});
      return page == null || page.getValue() == null || page.getValue().isEmpty();
    });
    answers.put(InventoryCollection.ROLE_ASSIGNMENTS, roles);
    answers.put(InventoryCollection.ROLES, roles);
    answers.put(InventoryCollection.API_TOKENS, probe(() -> isEmpty(http.get("/api/v1/api-tokens?limit=1",
        new TypeReference<List<JsonNode>>() {}))));
    if (someUserId != null) {
      String user = someUserId;
      answers.put(InventoryCollection.AUTH_FACTORS, probe(() -> {
        http.get("/api/v1/users/" + user + "/factors", new TypeReference<List<UserFactor>>() {});
        return false;
      }));
    }
    return answers;
  }

  private static boolean isEmpty(@Nullable List<?> list) {
    return list == null || list.isEmpty();
  }

  private static Probe probe(Supplier<Boolean> read) {
    try {
      return new Probe(read.get(), null);
    } catch (AuthenticationFailedException | CancelledException e) {
      throw e;
    } catch (GovernanceException e) {
      return new Probe(false, e);
    }
  }
}
