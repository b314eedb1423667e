package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.GroupOwnerApi;
import com.okta.sdk.resource.api.UserResourcesApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.AppLink;
import com.okta.sdk.resource.model.AssignGroupOwnerRequestBody;
import com.okta.sdk.resource.model.GroupOwner;
import com.okta.sdk.resource.model.GroupOwnerType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** okta-sdk-java 24.0.0's typed APIs read a user's app links and manage a group's owners. */
class AppLinksAndGroupOwnersTest {
  FakeOktaTenant tenant;
  TenantFixtures f;
  ApiClient client;

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start();
    f = tenant.fixtures();
    client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  @Test
  void appLinksListEveryActiveApplicationTheUserReachesDirectlyOrThroughAGroup() throws Exception {
    String user = f.addUser("ada@example.com");
    String group = f.addGroup("Engineering", OktaGroupType.OKTA_GROUP);
    String direct = f.addApp("Payroll", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
    String viaGroup = f.addApp("Wiki", OktaSignOnMode.BOOKMARK, AppStatus.ACTIVE);
    String inactive = f.addApp("Old CRM", OktaSignOnMode.SAML_2_0, AppStatus.INACTIVE);
    f.addApp("Unassigned", OktaSignOnMode.BOOKMARK, AppStatus.ACTIVE);
    f.addMember(group, user);
    f.assignUser(direct, user);
    f.assignGroup(viaGroup, group);
    f.assignUser(inactive, user);

    java.util.List<AppLink> links = new UserResourcesApi(client).listAppLinks(user);

    assertThat(links).extracting(AppLink::getLabel).containsExactlyInAnyOrder("Payroll", "Wiki");
    assertThat(links).extracting(AppLink::getAppInstanceId).containsExactlyInAnyOrder(direct, viaGroup);
    assertThat(links).allSatisfy(l -> assertThat(l.getLinkUrl()).startsWith(tenant.orgUrl() + "/home/"));
  }

  @Test
  void aDeactivatedUserHasNoAppLinksAndAnUnknownUserIsNotFound() throws Exception {
    String user = f.addUser("leaver@example.com");
    String app = f.addApp("Payroll", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
    f.assignUser(app, user);
    f.setUserStatus(user, UserStatus.DEPROVISIONED);

    assertThat(new UserResourcesApi(client).listAppLinks(user)).isEmpty();
    assertThatThrownBy(() -> new UserResourcesApi(client).listAppLinks("00unknown"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
  }

  @Test
  void groupOwnersAreAssignedListedAndRemovedWithOktasRefusals() throws Exception {
    String owner = f.addUser("owner@example.com");
    String group = f.addGroup("Finance", OktaGroupType.OKTA_GROUP);
    String admins = f.addGroup("Finance admins", OktaGroupType.OKTA_GROUP);
    GroupOwnerApi owners = new GroupOwnerApi(client);

    GroupOwner user = owners.assignGroupOwner(group, new AssignGroupOwnerRequestBody().id(owner).type(GroupOwnerType.USER));
    owners.assignGroupOwner(group, new AssignGroupOwnerRequestBody().id(admins).type(GroupOwnerType.GROUP));

    assertThat(user.getType()).isEqualTo(GroupOwnerType.USER);
    assertThat(owners.listGroupOwners(group, null, null, null)).extracting(GroupOwner::getId)
        .containsExactly(owner, admins);
    assertThat(owners.listGroupOwners(group, null, null, null).get(1).getDisplayName()).isEqualTo("Finance admins");
    refused(() -> owners.assignGroupOwner(group, new AssignGroupOwnerRequestBody().id(owner).type(GroupOwnerType.USER)),
        400, "E0000001");
    refused(() -> owners.assignGroupOwner(group, new AssignGroupOwnerRequestBody().id("00unone").type(GroupOwnerType.USER)),
        404, "E0000007");

    owners.deleteGroupOwner(group, owner);

    assertThat(owners.listGroupOwners(group, null, null, null)).extracting(GroupOwner::getId).containsExactly(admins);
    refused(() -> owners.deleteGroupOwner(group, owner), 404, "E0000007");
  }

  @Test
  void aReadOnlyAdminListsOwnersButMayNotAssignThem() throws Exception {
    String group = f.addGroup("Finance", OktaGroupType.OKTA_GROUP);
    String reader = f.addUser("reader@example.com");
    String token = f.addApiToken(reader, "read-only").secret();
    f.assignRole(AdminRole.user(dev.governance.okta.catalog.StandardAdminRole.READ_ONLY_ADMIN, reader));
    GroupOwnerApi owners = new GroupOwnerApi(SdkClients.ssws(tenant, token, 0));

    assertThat(owners.listGroupOwners(group, null, null, null)).isEmpty();
    refused(() -> owners.assignGroupOwner(group, new AssignGroupOwnerRequestBody().id(reader).type(GroupOwnerType.USER)),
        403, "E0000006");
  }

  private interface ThrowingCall {
    void run() throws Exception;
  }

  private static void refused(ThrowingCall call, int status, String code) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.getCode()).isEqualTo(status);
      assertThat(e.getResponseBody()).contains("\"errorCode\":\"" + code + "\"");
    });
  }
}
