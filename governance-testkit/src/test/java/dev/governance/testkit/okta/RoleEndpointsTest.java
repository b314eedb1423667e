package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.okta.catalog.StandardAdminRole;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The role endpoints as Okta documents them: targets, service app roles, resource sets, assignees. */
class RoleEndpointsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FakeOktaTenant tenant;
  private TenantFixtures f;
  private String auth;

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().shape(TenantShape.EMPTY).rateLimits(RateLimits.disabled()).start();
    f = tenant.fixtures();
    auth = "SSWS " + tenant.apiToken();
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  private RawHttp.Response get(String path) throws Exception {
    return RawHttp.send(tenant.orgUrl(), "GET", path, auth, null);
  }

  private JsonNode json(String path) throws Exception {
    RawHttp.Response r = get(path);
    assertThat(r.status()).as(path).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void aCommaListOfExpandValuesIsRefusedAndOneValueEmbedsItsTargets() throws Exception {
    String user = f.addUser("ga@example.com");
    String sales = f.addGroup("Sales", OktaGroupType.OKTA_GROUP);
    f.assignRole(AdminRole.user(StandardAdminRole.USER_ADMIN, user).onGroups(sales));

    RawHttp.Response both = get("/api/v1/users/" + user + "/roles?expand=targets/groups,targets/catalog/apps");
    assertThat(both.status()).isEqualTo(400);
    assertThat(JSON.readTree(both.body()).get("errorCode").asText()).isEqualTo("E0000001");
    JsonNode one = json("/api/v1/users/" + user + "/roles?expand=targets/groups");
    assertThat(one.get(0).at("/_embedded/targets/groups/0/id").asText()).isEqualTo(sales);
  }

  @Test
  void groupTargetsArePagedByTheLinkHeaderAndAnOrgWideRoleHasNone() throws Exception {
    String user = f.addUser("ga@example.com");
    String[] groups = {f.addGroup("A", OktaGroupType.OKTA_GROUP), f.addGroup("B", OktaGroupType.OKTA_GROUP),
        f.addGroup("C", OktaGroupType.OKTA_GROUP)};
    String scoped = f.assignRole(AdminRole.user(StandardAdminRole.USER_ADMIN, user).onGroups(groups));
    String wide = f.assignRole(AdminRole.user(StandardAdminRole.HELP_DESK_ADMIN, user));

    RawHttp.Response first = get("/api/v1/users/" + user + "/roles/" + scoped + "/targets/groups?limit=2");
    assertThat(first.status()).isEqualTo(200);
    assertThat(JSON.readTree(first.body())).hasSize(2);
    String next = first.all("link").stream().filter(l -> l.endsWith("rel=\"next\"")).findFirst().orElseThrow();
    String nextPath = next.substring(next.indexOf(tenant.orgUrl()) + tenant.orgUrl().length(), next.indexOf('>'));
    RawHttp.Response second = get(nextPath);
    assertThat(JSON.readTree(second.body())).singleElement()
        .satisfies(g -> assertThat(g.get("id").asText()).isEqualTo(groups[2]));
    assertThat(second.all("link")).noneMatch(l -> l.endsWith("rel=\"next\""));
    assertThat(json("/api/v1/users/" + user + "/roles/" + wide + "/targets/groups")).isEmpty();
  }

  @Test
  void targetsOfARoleTypeThatTakesNoneAreRefused() throws Exception {
    String user = f.addUser("sa@example.com");
    String role = f.assignRole(AdminRole.user(StandardAdminRole.SUPER_ADMIN, user));
    String app = f.assignRole(AdminRole.user(StandardAdminRole.APP_ADMIN, user));

    assertThat(get("/api/v1/users/" + user + "/roles/" + role + "/targets/groups").status()).isEqualTo(400);
    assertThat(get("/api/v1/users/" + user + "/roles/" + app + "/targets/groups").status()).isEqualTo(400);
    assertThat(json("/api/v1/users/" + user + "/roles/" + app + "/targets/catalog/apps")).isEmpty();
  }

  @Test
  void aGroupsRoleTargetsAreReadUnderTheGroup() throws Exception {
    String admins = f.addGroup("Admins", OktaGroupType.OKTA_GROUP);
    String wiki = f.addApp("Wiki", OktaSignOnMode.BOOKMARK, AppStatus.ACTIVE);
    String role = f.assignRole(AdminRole.group(StandardAdminRole.APP_ADMIN, admins).onApps(wiki));

    assertThat(json("/api/v1/groups/" + admins + "/roles/" + role + "/targets/catalog/apps")).singleElement()
        .satisfies(a -> assertThat(a.get("id").asText()).isEqualTo(wiki));
  }

  @Test
  void aServiceAppsRolesAreListedForItsClientId() throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    String bot = f.addServiceApp("Bot", gen.generateKeyPair().getPublic(), "kid");
    f.assignRole(AdminRole.client(StandardAdminRole.SUPER_ADMIN, bot));

    JsonNode roles = json("/oauth2/v1/clients/" + bot + "/roles");
    assertThat(roles).singleElement().satisfies(r -> {
      assertThat(r.get("type").asText()).isEqualTo("SUPER_ADMIN");
      assertThat(r.get("assignmentType").asText()).isEqualTo("CLIENT");
    });
    assertThat(get("/oauth2/v1/clients/0oaNOPE/roles").status()).isEqualTo(404);
  }

  @Test
  void aResourceSetsResourcesAreOrnsPagedInTheBody() throws Exception {
    String user = f.addUser("hd@example.com");
    String[] groups = {f.addGroup("A", OktaGroupType.OKTA_GROUP), f.addGroup("B", OktaGroupType.OKTA_GROUP),
        f.addGroup("C", OktaGroupType.OKTA_GROUP)};
    f.assignRole(AdminRole.custom("Helpdesk", Set.of("okta.users.read"), user).inResourceSet(groups));
    JsonNode custom = json("/api/v1/users/" + user + "/roles").get(0);
    String set = custom.get("resource-set").asText();

    JsonNode first = json("/api/v1/iam/resource-sets/" + set + "/resources?limit=2");
    assertThat(first.get("resources")).hasSize(2);
    assertThat(first.at("/resources/0/orn").asText()).endsWith(":groups:" + groups[0]);
    String next = first.at("/_links/next/href").asText();
    JsonNode second = json(next.substring(tenant.orgUrl().length()));
    assertThat(second.get("resources")).singleElement()
        .satisfies(r -> assertThat(r.get("orn").asText()).endsWith(":groups:" + groups[2]));
    assertThat(second.at("/_links/next").isMissingNode()).isTrue();
    assertThat(json("/api/v1/iam/roles/" + custom.get("role").asText() + "/permissions").at("/permissions/0/label")
        .asText()).isEqualTo("okta.users.read");
  }

  @Test
  void assigneesListOnlyUsersWithADirectAssignment() throws Exception {
    String direct = f.addUser("direct@example.com");
    String viaGroup = f.addUser("via-group@example.com");
    String admins = f.addGroup("Admins", OktaGroupType.OKTA_GROUP);
    f.addMember(admins, viaGroup);
    f.assignRole(AdminRole.user(StandardAdminRole.READ_ONLY_ADMIN, direct));
    f.assignRole(AdminRole.group(StandardAdminRole.READ_ONLY_ADMIN, admins));

    List<String> listed = json("/api/v1/iam/assignees/users").get("value").findValuesAsText("id");
    assertThat(listed).contains(direct).doesNotContain(viaGroup);
  }

  @Test
  void anInactiveAssignmentIsListedButGrantsNothingAndANewerTypeIsListedAsItIs() throws Exception {
    String user = f.addUser("dormant@example.com");
    f.assignRole(AdminRole.user(StandardAdminRole.READ_ONLY_ADMIN, user).inactive());
    f.assignRole(AdminRole.user(StandardAdminRole.WORKFLOWS_ADMIN, user));
    String token = f.addApiToken(user, "dormant").secret();

    JsonNode roles = json("/api/v1/users/" + user + "/roles");
    assertThat(roles.findValuesAsText("status")).containsExactly("INACTIVE", "ACTIVE");
    assertThat(roles.findValuesAsText("type")).containsExactly("READ_ONLY_ADMIN", "WORKFLOWS_ADMIN");
    assertThat(RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", "SSWS " + token, null).status())
        .isEqualTo(403);
  }
}
