package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.RoleAssignmentAUserApi;
import com.okta.sdk.resource.api.RoleAssignmentBGroupApi;
import com.okta.sdk.resource.api.RoleAssignmentClientApi;
import com.okta.sdk.resource.api.RoleBTargetAdminApi;
import com.okta.sdk.resource.api.RoleBTargetBGroupApi;
import com.okta.sdk.resource.api.SystemLogApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.AssignRoleToGroupRequest;
import com.okta.sdk.resource.model.AssignRoleToUser201Response;
import com.okta.sdk.resource.model.AssignRoleToUserRequest;
import com.okta.sdk.resource.model.Group;
import com.okta.sdk.resource.model.ListGroupAssignedRoles200ResponseInner;
import com.okta.sdk.resource.model.LogEvent;
import com.okta.sdk.resource.model.RoleAssignmentType;
import com.okta.sdk.resource.model.RoleType;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.catalog.StandardAdminRole;
import java.security.KeyPairGenerator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * okta-sdk-java 24.0.0's typed role assignment APIs assign, read and unassign standard admin roles
 * of users, groups and OpenID Connect clients, and change their targets, as Okta does.
 */
class RoleAssignmentWritesTest {
  FakeOktaTenant tenant;
  TenantFixtures f;
  ApiClient client;
  RoleAssignmentAUserApi userRoles;

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start();
    f = tenant.fixtures();
    client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
    userRoles = new RoleAssignmentAUserApi(client);
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  private List<LogEvent> events(String type) throws ApiException {
    return new SystemLogApi(client).listLogEvents(null, null, null, "eventType eq \"" + type + "\"", null, 100, null);
  }

  private static void refused(ThrowingCall call, int status, String code) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.getCode()).isEqualTo(status);
      assertThat(e.getResponseBody()).contains("\"errorCode\":\"" + code + "\"");
    });
  }

  @FunctionalInterface
  interface ThrowingCall {
    void run() throws Exception;
  }

  @Test
  void aStandardRoleAssignedToAUserIsListedReadAndUnassignedWithItsEvents() throws Exception {
    String alice = f.addUser("alice@example.com");

    AssignRoleToUser201Response assigned = userRoles.assignRoleToUser(alice,
        new AssignRoleToUserRequest().type("READ_ONLY_ADMIN"), null);

    assertThat(assigned.getType()).isEqualTo(RoleType.READ_ONLY_ADMIN);
    assertThat(assigned.getAssignmentType()).isEqualTo(RoleAssignmentType.USER);
    assertThat(userRoles.listAssignedRolesForUser(alice, null))
        .extracting(ListGroupAssignedRoles200ResponseInner::getId).containsExactly(assigned.getId());
    assertThat(userRoles.getUserAssignedRole(alice, assigned.getId()).getLabel())
        .isEqualTo("Read-only Administrator");
    assertThat(events("user.account.privilege.grant")).singleElement()
        .satisfies(e -> assertThat(e.getTarget()).anySatisfy(t -> assertThat(t.getId()).isEqualTo(alice)));
    assertThat(tenant.counts().admins()).isEqualTo(2);

    userRoles.unassignRoleFromUser(alice, assigned.getId());

    assertThat(userRoles.listAssignedRolesForUser(alice, null)).isEmpty();
    assertThat(events("user.account.privilege.revoke")).hasSize(1);
    refused(() -> userRoles.getUserAssignedRole(alice, assigned.getId()), 404, "E0000007");
    assertThat(tenant.journal().entries()).filteredOn(e -> e.path().endsWith("/roles"))
        .extracting(JournalEntry::bucket).containsOnly(OktaBucket.USERS);
  }

  @Test
  void theSameRoleTwiceAnUnknownTypeAndAnOrgAdminAreRefused() throws Exception {
    String alice = f.addUser("alice@example.com");
    userRoles.assignRoleToUser(alice, new AssignRoleToUserRequest().type("APP_ADMIN"), null);

    refused(() -> userRoles.assignRoleToUser(alice, new AssignRoleToUserRequest().type("APP_ADMIN"), null),
        409, "E0000090");
    refused(() -> userRoles.assignRoleToUser(alice, new AssignRoleToUserRequest().type("KING"), null),
        400, "E0000001");
    refused(() -> userRoles.assignRoleToUser(alice, new AssignRoleToUserRequest().type("MOBILE_ADMIN"), null),
        400, "E0000001");

    String org = f.addUser("org@example.com");
    f.assignRole(AdminRole.user(StandardAdminRole.ORG_ADMIN, org));
    RoleAssignmentAUserApi asOrgAdmin = new RoleAssignmentAUserApi(
        SdkClients.ssws(tenant, f.addApiToken(org, "org").secret(), 0));
    refused(() -> asOrgAdmin.assignRoleToUser(alice, new AssignRoleToUserRequest().type("SUPER_ADMIN"), null),
        403, "E0000006");
    refused(() -> asOrgAdmin.assignRoleToUser(alice, new AssignRoleToUserRequest().type("REPORT_ADMIN"), null),
        403, "E0000006");
    assertThat(userRoles.listAssignedRolesForUser(alice, null)).hasSize(1);
    assertThat(events("user.account.privilege.grant")).hasSize(1);
  }

  @Test
  void groupTargetsAreAddedAndRemovedButNeverTheLastOneNorOnARoleWithoutTargets() throws Exception {
    String alice = f.addUser("alice@example.com");
    String sales = f.addGroup("Sales", OktaGroupType.OKTA_GROUP);
    String support = f.addGroup("Support", OktaGroupType.OKTA_GROUP);
    String crm = f.addApp("CRM", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
    RoleBTargetAdminApi targets = new RoleBTargetAdminApi(client);
    String ra = userRoles.assignRoleToUser(alice, new AssignRoleToUserRequest().type("USER_ADMIN"), null).getId();

    targets.assignGroupTargetToUserRole(alice, ra, sales);
    targets.assignGroupTargetToUserRole(alice, ra, support);

    assertThat(targets.listGroupTargetsForRole(alice, ra, null, null)).extracting(Group::getId)
        .containsExactlyInAnyOrder(sales, support);
    targets.unassignGroupTargetFromUserAdminRole(alice, ra, sales);
    assertThat(targets.listGroupTargetsForRole(alice, ra, null, null)).extracting(Group::getId)
        .containsExactly(support);
    refused(() -> targets.unassignGroupTargetFromUserAdminRole(alice, ra, support), 400, "E0000001");
    refused(() -> targets.unassignGroupTargetFromUserAdminRole(alice, ra, sales), 404, "E0000007");
    refused(() -> targets.assignAppInstanceTargetToAppAdminRoleForUser(alice, ra, "template_saml_2_0", crm),
        400, "E0000091");

    String appAdmin = userRoles.assignRoleToUser(alice, new AssignRoleToUserRequest().type("APP_ADMIN"), null)
        .getId();
    targets.assignAppInstanceTargetToAppAdminRoleForUser(alice, appAdmin, "template_saml_2_0", crm);
    assertThat(targets.listApplicationTargetsForApplicationAdministratorRoleForUser(alice, appAdmin, null, null))
        .singleElement().satisfies(app -> assertThat(app.getName()).isNotBlank());
    refused(() -> targets.assignGroupTargetToUserRole(alice, appAdmin, sales), 400, "E0000091");
  }

  @Test
  void aRoleAssignedToAGroupReachesItsMembersAndBuiltInGroupsAreRefused() throws Exception {
    String alice = f.addUser("alice@example.com");
    String admins = f.addGroup("Helpdesk", OktaGroupType.OKTA_GROUP);
    f.addMember(admins, alice);
    RoleAssignmentBGroupApi groupRoles = new RoleAssignmentBGroupApi(client);

    ListGroupAssignedRoles200ResponseInner r = groupRoles.assignRoleToGroup(admins,
        new AssignRoleToGroupRequest().type("HELP_DESK_ADMIN"), null);
    new RoleBTargetBGroupApi(client).assignGroupTargetToGroupAdminRole(admins, r.getId(), admins);

    assertThat(groupRoles.getGroupAssignedRole(admins, r.getId()).getAssignmentType())
        .isEqualTo(RoleAssignmentType.GROUP);
    assertThat(userRoles.listAssignedRolesForUser(alice, null)).singleElement()
        .satisfies(role -> assertThat(role.getType()).isEqualTo(RoleType.HELP_DESK_ADMIN));
    assertThat(new RoleBTargetBGroupApi(client).listGroupTargetsForGroupRole(admins, r.getId(), null, null))
        .extracting(Group::getId).containsExactly(admins);
    assertThat(events("group.privilege.grant")).hasSize(2);

    String builtIn = f.addGroup("All staff", OktaGroupType.BUILT_IN);
    refused(() -> groupRoles.assignRoleToGroup(builtIn, new AssignRoleToGroupRequest().type("REPORT_ADMIN"), null),
        400, "E0000211");
  }

  @Test
  void aRoleAssignedToAServiceAppIsServedToItsClientAndUnassigned() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    String bot = f.addServiceApp("Bot", g.generateKeyPair().getPublic(), "k1");
    RoleAssignmentClientApi clientRoles = new RoleAssignmentClientApi(client);

    ListGroupAssignedRoles200ResponseInner r = clientRoles.assignRoleToClient(bot,
        new AssignRoleToGroupRequest().type("READ_ONLY_ADMIN"));

    assertThat(r.getAssignmentType()).isEqualTo(RoleAssignmentType.CLIENT);
    assertThat(clientRoles.retrieveClientRole(bot, r.getId()).getType()).isEqualTo(RoleType.READ_ONLY_ADMIN);
    assertThat(events("app.oauth2.client.privilege.grant")).hasSize(1);
    clientRoles.deleteRoleFromClient(bot, r.getId());
    refused(() -> clientRoles.retrieveClientRole(bot, r.getId()), 404, "E0000007");
    assertThat(events("app.oauth2.client.privilege.revoke")).hasSize(1);
    String saml = f.addApp("CRM", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
    refused(() -> clientRoles.assignRoleToClient(saml, new AssignRoleToGroupRequest().type("READ_ONLY_ADMIN")),
        404, "E0000007");
  }
}
