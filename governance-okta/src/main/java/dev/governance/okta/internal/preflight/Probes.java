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
import dev.governance.core.internal.Futures;
import dev.governance.core.model.InventoryCollection;
import dev.governance.okta.internal.client.OktaHttp;
import dev.governance.okta.internal.mapping.OktaMapper;
import dev.governance.okta.internal.mapping.OktaRoleAssignment;
import dev.governance.okta.internal.sync.Lanes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The preflight's reads, each as cheap as Okta allows: {@code limit=1} where a list pages. */
public final class Probes {

  /**
   * Scoped roles whose targets are looked up, at most (beyond them a role counts as limited); keeps
   * the preflight within 16 calls.
   */
  private static final int TARGET_LOOKUPS = 3;
  /** Custom roles whose permissions are looked up, at most; keeps the preflight within 16 calls. */
  private static final int CUSTOM_ROLE_LOOKUPS = 2;

  private final OktaHttp http;

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
   * Reads the user an API token acts as, {@code /api/v1/users/me}: the preflight's first call,
   * alone, so that a preflight on its own finds a refused token with one call.
   *
   * @return the user
   * @throws AuthenticationFailedException if the org refuses the token
   */
  public Me me() {
    User me = http.get("/api/v1/users/me", new TypeReference<User>() {});
    if (me == null) {
      throw new ConnectorFailureException("Okta answered /api/v1/users/me with an empty body", false, null);
    }
    String login = me.getProfile() == null || me.getProfile().getLogin() == null ? me.getId() : me.getProfile().getLogin();
    return new Me(me.getId(), login, me.getStatus() == null ? "UNKNOWN" : me.getStatus().getValue());
  }

  /**
   * The user an API token acts as.
   *
   * @param id the user's id
   * @param login the user's login
   * @param status the user's status
   */
  public record Me(String id, String login, String status) {}

  /**
   * Reads the admin roles of the user an API token acts as, with their targets, and the
   * permissions of up to two custom roles.
   *
   * @param me the user, from {@link #me()}
   * @param iam the other reads of the IAM bucket, awaited before a custom role's permissions are
   *     read there
   * @return the owner
   * @throws AuthenticationFailedException if the org refuses the token
   */
  private Owner owner(Me me, CompletableFuture<?> iam) {
    List<RoleGrant> roles = new ArrayList<>();
    List<OktaRoleAssignment> assignments = List.of();
    try {
      assignments = http.get("/api/v1/users/" + me.id() + "/roles", new TypeReference<List<OktaRoleAssignment>>() {});
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
          await(iam);
          permissions = permissionsOf(customRoleId);
        }
        roles.add(new RoleGrant(type, label, true, permissions, false));
      } else {
        boolean targeted = r.targets() != OktaRoleAssignment.Targets.NONE
            && (targetLookups++ >= TARGET_LOOKUPS || targeted(me.id(), r));
        roles.add(new RoleGrant(type, label, false, List.of(), targeted));
      }
    }
    return new Owner(me.id(), me.login(), me.status(), roles);
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
   * What the preflight's reads answered.
   *
   * @param owner the user an API token acts as, with its roles; {@code null} for a service app
   * @param collections per collection, what one cheap read of it answered
   */
  public record Answers(@Nullable Owner owner, Map<InventoryCollection, Probe> collections) {}

  /**
   * Reads who the credentials act as (for an API token, after {@link #me()}) and each collection
   * once, as cheaply as possible, in one job per rate-limit bucket, the jobs at the same time: a
   * bucket whose limit no response has stated yet takes one request at a time, so its reads follow
   * each other. The users job reads the token owner's roles, the first user and a user's factors
   * (and the owner's role lookups: a group-assigned role's targets on the groups bucket, a custom
   * role's permissions on the IAM bucket, once the IAM job has ended); the groups job the first
   * group, its members and the rules; the applications job the first application and its users;
   * one job each the role assignments and the API tokens.
   *
   * @param lanes where the reads run
   * @param me the user an API token acts as, or {@code null} for a service app
   * @return what the org answered
   * @throws AuthenticationFailedException if the org refuses the credentials
   */
  public Answers read(Lanes lanes, @Nullable Me me) {
    String rolesPath = "/api/v1/iam/assignees/users?limit=1";
    CompletableFuture<Probe> roles = lanes.get(rolesPath, () -> probe(() -> {
      RoleAssignedUsers page = http.get(rolesPath, new TypeReference<RoleAssignedUsers>() {});
      return page == null || page.getValue() == null || page.getValue().isEmpty();
    }));
    String usersPath = "/api/v1/users?limit=1";
    CompletableFuture<UsersAnswers> users = lanes.get(usersPath, () -> {
      Owner owner = me == null ? null : owner(me, roles);
      Listed first = listed(usersPath, new TypeReference<List<User>>() {}, User::getId);
      String someone = me != null ? me.id() : first.firstId();
      Probe factors = someone == null ? null : probe(() -> {
        http.get("/api/v1/users/" + someone + "/factors", new TypeReference<List<UserFactor>>() {});
        return false;
      });
      return new UsersAnswers(owner, first.probe(), factors);
    });
    String groupsPath = "/api/v1/groups?limit=1&expand=stats";
    CompletableFuture<Probe[]> groups = lanes.get(groupsPath, () -> {
      String[] first = new String[1];
      Probe listed = probe(() -> {
        List<com.okta.sdk.resource.model.Group> page = http.get(groupsPath,
            new TypeReference<List<com.okta.sdk.resource.model.Group>>() {});
        if (page != null && !page.isEmpty()
            && OktaMapper.stats(page.get(0)).map(s -> s.usersCount() > 0).orElse(false)) {
          first[0] = page.get(0).getId();
        }
        return page == null || page.isEmpty();
      });
      Probe members = first[0] == null ? listed : probe(() -> isEmpty(http.get("/api/v1/groups/" + first[0]
          + "/users?limit=1", new TypeReference<List<User>>() {})));
      Probe rules = probe(() -> isEmpty(http.get("/api/v1/groups/rules?limit=1",
          new TypeReference<List<JsonNode>>() {})));
      return new Probe[] {listed, members, rules};
    });
    String appsPath = "/api/v1/apps?limit=1";
    CompletableFuture<Probe[]> apps = lanes.get(appsPath, () -> {
      Listed listed = listed(appsPath, new TypeReference<List<JsonNode>>() {}, app -> app.path("id").asText(null));
      String first = listed.firstId();
      Probe assignments = first == null ? listed.probe() : probe(() -> isEmpty(http.get("/api/v1/apps/" + first
          + "/users?limit=1", new TypeReference<List<AppUser>>() {})));
      return new Probe[] {listed.probe(), assignments};
    });
    String tokensPath = "/api/v1/api-tokens?limit=1";
    CompletableFuture<Probe> tokens = lanes.get(tokensPath,
        () -> probe(() -> isEmpty(http.get(tokensPath, new TypeReference<List<JsonNode>>() {}))));

    Map<InventoryCollection, Probe> answers = new EnumMap<>(InventoryCollection.class);
    UsersAnswers userAnswers = await(users);
    answers.put(InventoryCollection.IDENTITIES, userAnswers.identities());
    Probe[] groupAnswers = await(groups);
    answers.put(InventoryCollection.GROUPS, groupAnswers[0]);
    answers.put(InventoryCollection.MEMBERSHIPS, groupAnswers[1]);
    answers.put(InventoryCollection.GROUP_RULES, groupAnswers[2]);
    Probe[] appAnswers = await(apps);
    answers.put(InventoryCollection.APPLICATIONS, appAnswers[0]);
    answers.put(InventoryCollection.APP_ASSIGNMENTS, appAnswers[1]);
    Probe roleAnswer = await(roles);
    answers.put(InventoryCollection.ROLE_ASSIGNMENTS, roleAnswer);
    answers.put(InventoryCollection.ROLES, roleAnswer);
    answers.put(InventoryCollection.API_TOKENS, await(tokens));
    Probe factors = userAnswers.factors();
    if (factors != null) {
      answers.put(InventoryCollection.AUTH_FACTORS, factors);
    }
    return new Answers(userAnswers.owner(), answers);
  }

  /** What the reads of the users bucket answered. */
  private record UsersAnswers(@Nullable Owner owner, Probe identities, @Nullable Probe factors) {}

  /** What the first page of a list answered, and the id of its first element. */
  private record Listed(Probe probe, @Nullable String firstId) {}

  private <T> Listed listed(String path, TypeReference<List<T>> type, java.util.function.Function<T, @Nullable String> id) {
    String[] first = new String[1];
    Probe probe = probe(() -> {
      List<T> page = http.get(path, type);
      if (page != null && !page.isEmpty()) {
        first[0] = id.apply(page.get(0));
      }
      return isEmpty(page);
    });
    return new Listed(probe, first[0]);
  }

  private static <T> T await(CompletableFuture<T> read) {
    return Futures.join(read, "the preflight's reads");
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
