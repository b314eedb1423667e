package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.SystemLogApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.AddGroupRequest;
import com.okta.sdk.resource.model.Group;
import com.okta.sdk.resource.model.GroupType;
import com.okta.sdk.resource.model.LogEvent;
import com.okta.sdk.resource.model.OktaUserGroupProfile;
import com.okta.sdk.resource.model.User;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.catalog.StandardAdminRole;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** okta-sdk-java 24.0.0's typed group API creates, changes and deletes groups as Okta does. */
class GroupWritesTest {
  FakeOktaTenant tenant;
  TenantFixtures f;
  ApiClient client;
  GroupApi groups;

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start();
    f = tenant.fixtures();
    client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
    groups = new GroupApi(client);
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  private static AddGroupRequest group(String name, String description) {
    OktaUserGroupProfile profile = new OktaUserGroupProfile();
    profile.setName(name);
    profile.setDescription(description);
    return new AddGroupRequest().profile(profile);
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
  void createsAnOktaGroupAndRefusesASecondOfTheSameNameOrOneWithoutAName() throws Exception {
    Group created = groups.addGroup(group("Finance", "Money people"));

    assertThat(created.getType()).isEqualTo(GroupType.OKTA_GROUP);
    assertThat(created.getProfile().getName()).isEqualTo("Finance");
    assertThat(groups.getGroup(created.getId()).getProfile().getDescription()).isEqualTo("Money people");
    refused(() -> groups.addGroup(group("finance", null)), 400, "E0000001");
    refused(() -> groups.addGroup(group(null, "no name")), 400, "E0000001");
    assertThat(events("group.lifecycle.create")).hasSize(1);
    assertThat(tenant.journal().entries()).filteredOn(e -> e.method().equals("POST"))
        .extracting(JournalEntry::bucket).containsOnly(OktaBucket.GROUPS);
  }

  @Test
  void replacesTheProfileOfAnOktaGroupButNotOfAnImportedOne() throws Exception {
    String id = groups.addGroup(group("Finance", "Money people")).getId();
    String imported = f.addGroup("AD Finance", OktaGroupType.APP_GROUP);

    Group replaced = groups.replaceGroup(id, group("Finance EMEA", null));

    assertThat(replaced.getProfile().getName()).isEqualTo("Finance EMEA");
    assertThat(replaced.getProfile().getDescription()).isNull();
    refused(() -> groups.replaceGroup(imported, group("Renamed", null)), 403, "E0000006");
    refused(() -> groups.replaceGroup("00gNOPE", group("Renamed", null)), 404, "E0000007");
    assertThat(events("group.profile.update")).hasSize(1);
    assertThat(tenant.journal().entries()).filteredOn(e -> e.method().equals("PUT") && e.path().equals(
        "/api/v1/groups/" + id)).extracting(JournalEntry::bucket).containsOnly(OktaBucket.GROUP_BY_ID);
  }

  @Test
  void addsAndRemovesMembersAndLogsOnlyWhatChanged() throws Exception {
    String id = groups.addGroup(group("Finance", null)).getId();
    String pat = f.addUser("pat@example.com");

    groups.assignUserToGroup(id, pat);
    groups.assignUserToGroup(id, pat);
    assertThat(groups.listGroupUsers(id, null, null)).extracting(User::getId).containsExactly(pat);
    groups.unassignUserFromGroup(id, pat);
    groups.unassignUserFromGroup(id, pat);

    assertThat(groups.listGroupUsers(id, null, null)).isEmpty();
    assertThat(events("group.user_membership.add")).hasSize(1);
    assertThat(events("group.user_membership.remove")).hasSize(1);
    refused(() -> groups.assignUserToGroup(id, "00uNOPE"), 404, "E0000007");
  }

  @Test
  void deletesAGroupWithItsMembershipsButNeverABuiltInOne() throws Exception {
    String id = groups.addGroup(group("Finance", null)).getId();
    String pat = f.addUser("pat@example.com");
    groups.assignUserToGroup(id, pat);
    String everyone = groups.listGroups("Everyone", null, null, 10, null, null, null, null).get(0).getId();

    groups.deleteGroup(id);

    refused(() -> groups.getGroup(id), 404, "E0000007");
    refused(() -> groups.deleteGroup(id), 404, "E0000007");
    refused(() -> groups.deleteGroup(everyone), 403, "E0000006");
    assertThat(groups.listGroups(null, null, null, 200, null, null, null, null)).extracting(Group::getId)
        .doesNotContain(id).contains(everyone);
    assertThat(events("group.lifecycle.delete")).hasSize(1);
    assertThat(groups.addGroup(group("Finance", null)).getId()).as("the name is free again").isNotEqualTo(id);
  }

  @Test
  void aReadOnlyAdminMayNotCreateChangeOrDeleteGroups() throws Exception {
    String reviewer = f.addUser("reviewer@example.com");
    f.assignRole(AdminRole.user(StandardAdminRole.READ_ONLY_ADMIN, reviewer));
    String finance = f.addGroup("Finance", OktaGroupType.OKTA_GROUP);
    GroupApi readOnly = new GroupApi(SdkClients.ssws(tenant, f.addApiToken(reviewer, "review").secret(), 0));

    refused(() -> readOnly.addGroup(group("Sales", null)), 403, "E0000006");
    refused(() -> readOnly.replaceGroup(finance, group("Renamed", null)), 403, "E0000006");
    refused(() -> readOnly.deleteGroup(finance), 403, "E0000006");
    assertThat(groups.getGroup(finance).getProfile().getName()).isEqualTo("Finance");
  }
}
