package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.GroupRuleApi;
import com.okta.sdk.resource.api.SystemLogApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserLifecycleApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.CreateGroupRuleRequest;
import com.okta.sdk.resource.model.CreateUserRequest;
import com.okta.sdk.resource.model.GroupRule;
import com.okta.sdk.resource.model.GroupRuleAction;
import com.okta.sdk.resource.model.GroupRuleConditions;
import com.okta.sdk.resource.model.GroupRuleExpression;
import com.okta.sdk.resource.model.GroupRuleGroupAssignment;
import com.okta.sdk.resource.model.GroupRulePeopleCondition;
import com.okta.sdk.resource.model.GroupRuleStatus;
import com.okta.sdk.resource.model.GroupRuleUserCondition;
import com.okta.sdk.resource.model.LogEvent;
import com.okta.sdk.resource.model.PasswordCredential;
import com.okta.sdk.resource.model.UpdateUserRequest;
import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserCredentials;
import com.okta.sdk.resource.model.UserProfile;
import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.catalog.StandardAdminRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** okta-sdk-java 24.0.0's typed group rule API against rules the tenant evaluates as Okta does. */
class GroupRulesTest {
  FakeOktaTenant tenant;
  TenantFixtures f;
  ApiClient client;
  GroupRuleApi rules;
  GroupApi groups;
  UserApi users;
  String engineering;

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start();
    f = tenant.fixtures();
    client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
    rules = new GroupRuleApi(client);
    groups = new GroupApi(client);
    users = new UserApi(client);
    engineering = f.addGroup("Engineering", OktaGroupType.OKTA_GROUP);
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  private static CreateGroupRuleRequest rule(String name, String expression, List<String> excluded,
      String... groupIds) {
    GroupRuleExpression e = new GroupRuleExpression();
    e.setType("urn:okta:expression:1.0");
    e.setValue(expression);
    GroupRuleUserCondition exclude = new GroupRuleUserCondition();
    exclude.setExclude(excluded);
    GroupRulePeopleCondition people = new GroupRulePeopleCondition();
    people.setUsers(exclude);
    GroupRuleConditions conditions = new GroupRuleConditions();
    conditions.setExpression(e);
    conditions.setPeople(people);
    GroupRuleGroupAssignment assign = new GroupRuleGroupAssignment();
    assign.setGroupIds(List.of(groupIds));
    GroupRuleAction actions = new GroupRuleAction();
    actions.setAssignUserToGroups(assign);
    CreateGroupRuleRequest r = new CreateGroupRuleRequest();
    r.setType(CreateGroupRuleRequest.TypeEnum.GROUP_RULE);
    r.setName(name);
    r.setConditions(conditions);
    r.setActions(actions);
    return r;
  }

  private String user(String login, String department, boolean activate) throws ApiException {
    UserProfile p = new UserProfile();
    p.setLogin(login);
    p.setEmail(login);
    p.setFirstName("Test");
    p.setLastName("User");
    p.setDepartment(department);
    PasswordCredential password = new PasswordCredential();
    password.setValue("Tr0ub4dor&3");
    UserCredentials credentials = new UserCredentials();
    credentials.setPassword(password);
    return users.createUser(new CreateUserRequest().profile(p).credentials(credentials), activate, false, null)
        .getId();
  }

  private void department(String userId, String department) throws ApiException {
    UserProfile change = new UserProfile();
    change.setDepartment(department);
    users.updateUser(userId, new UpdateUserRequest().profile(change), null);
  }

  private List<String> members(String groupId) throws ApiException {
    return groups.listGroupUsers(groupId, null, 200).stream().map(User::getId).toList();
  }

  private List<LogEvent> events(String type) throws ApiException {
    return new SystemLogApi(client).listLogEvents(null, null, null, "eventType eq \"" + type + "\"", null, 100, null);
  }

  private static void refused(ThrowingCall call, int status, String code, String cause) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.getCode()).isEqualTo(status);
      assertThat(e.getResponseBody()).contains("\"errorCode\":\"" + code + "\"").contains("errorCauses")
          .contains(cause);
    });
  }

  @FunctionalInterface
  interface ThrowingCall {
    void run() throws Exception;
  }

  @Test
  void aNewRuleIsInactiveAndAddsItsMatchesOnlyOnceActivated() throws Exception {
    String alice = user("alice@example.com", "Engineering", true);
    String bob = user("bob@example.com", "Sales", true);

    GroupRule created = rules.createGroupRule(rule("Engineers", "user.department==\"Engineering\"", List.of(),
        engineering));

    assertThat(created.getStatus()).isEqualTo(GroupRuleStatus.INACTIVE);
    assertThat(created.getId()).startsWith("0pr");
    assertThat(members(engineering)).isEmpty();

    rules.activateGroupRule(created.getId());

    assertThat(rules.getGroupRule(created.getId(), null).getStatus()).isEqualTo(GroupRuleStatus.ACTIVE);
    assertThat(members(engineering)).containsExactly(alice).doesNotContain(bob);
    assertThat(events("group.user_membership.rule.trigger")).hasSize(1);
    assertThat(events("group.user_membership.add")).singleElement().satisfies(e -> {
      assertThat(e.getActor().getId()).isEqualTo(created.getId());
      assertThat(e.getTarget()).extracting(t -> t.getId()).containsExactly(alice, engineering);
    });
    assertThat(tenant.journal().entries()).filteredOn(e -> e.path().startsWith("/api/v1/groups/rules"))
        .extracting(JournalEntry::bucket).containsOnly(OktaBucket.GROUPS);
  }

  @Test
  void anActiveRuleFollowsUsersAsTheyArriveAndTheirProfilesChange() throws Exception {
    String alice = user("alice@example.com", "Engineering", true);
    String bob = user("bob@example.com", "Sales", true);
    String id = rules.createGroupRule(rule("Engineers", "user.department==\"Engineering\"", List.of(),
        engineering)).getId();
    rules.activateGroupRule(id);

    String carol = user("carol@example.com", "Engineering", true);
    department(bob, "Engineering");
    department(alice, "Marketing");

    assertThat(members(engineering)).containsExactlyInAnyOrder(bob, carol);
    assertThat(events("group.user_membership.remove")).singleElement()
        .satisfies(e -> assertThat(e.getActor().getId()).isEqualTo(id));
  }

  @Test
  void excludedAndNotYetActivatedUsersAreLeftOutUntilTheyAreActivated() throws Exception {
    String excluded = user("ex@example.com", "Engineering", true);
    String staged = user("staged@example.com", "Engineering", false);
    String id = rules.createGroupRule(rule("Engineers", "user.department==\"Engineering\"", List.of(excluded),
        engineering)).getId();
    rules.activateGroupRule(id);

    assertThat(members(engineering)).isEmpty();
    assertThat(rules.getGroupRule(id, null).getConditions().getPeople().getUsers().getExclude())
        .containsExactly(excluded);

    new UserLifecycleApi(client).activateUser(staged, false);

    assertThat(members(engineering)).containsExactly(staged);
  }

  @Test
  void aRuleManagedMembershipCannotBeRemovedByHandButAManualOneCan() throws Exception {
    String alice = user("alice@example.com", "Engineering", true);
    String bob = user("bob@example.com", "Sales", true);
    groups.assignUserToGroup(engineering, bob);
    String id = rules.createGroupRule(rule("Engineers", "user.department==\"Engineering\"", List.of(),
        engineering)).getId();
    rules.activateGroupRule(id);

    refused(() -> groups.unassignUserFromGroup(engineering, alice), 403, "E0000006", "managed by a group rule");
    groups.unassignUserFromGroup(engineering, bob);

    assertThat(members(engineering)).containsExactly(alice);
  }

  @Test
  void deactivatingKeepsTheMembershipsAndDeletingRemovesThemOnlyWhenAsked() throws Exception {
    String alice = user("alice@example.com", "Engineering", true);
    String staff = f.addGroup("Staff", OktaGroupType.OKTA_GROUP);
    String keep = rules.createGroupRule(rule("Engineers", "user.department==\"Engineering\"", List.of(),
        engineering)).getId();
    String drop = rules.createGroupRule(rule("Staff", "String.stringContains(user.login, \"@example.com\")",
        List.of(), staff)).getId();
    rules.activateGroupRule(keep);
    rules.activateGroupRule(drop);

    rules.deactivateGroupRule(keep);
    rules.deactivateGroupRule(drop);
    assertThat(members(engineering)).containsExactly(alice);
    assertThat(events("group.user_membership.rule.deactivated")).hasSize(2);

    rules.deleteGroupRule(keep, false);
    rules.deleteGroupRule(drop, true);

    assertThat(members(engineering)).containsExactly(alice);
    assertThat(members(staff)).isEmpty();
    groups.unassignUserFromGroup(engineering, alice); // managed by hand once its rule is gone
    assertThat(members(engineering)).isEmpty();
    refused(() -> rules.getGroupRule(keep, null), 404, "E0000007", keep);
  }

  @Test
  void refusesAnExpressionOutsideTheSubsetATargetThatIsNotAnOktaGroupAndDeletingAnActiveRule() throws Exception {
    String imported = f.addGroup("Domain Users", OktaGroupType.APP_GROUP);

    refused(() -> rules.createGroupRule(rule("Bad", "user.department = \"Engineering\"", List.of(), engineering)),
        400, "E0000001", "user.department = ");
    refused(() -> rules.createGroupRule(rule("Bad", "Arrays.contains(user.x, \"y\")", List.of(), engineering)),
        400, "E0000001", "conditions.expression.value");
    refused(() -> rules.createGroupRule(rule("Imported", "user.department==\"x\"", List.of(), imported)),
        400, "E0000001", "OKTA_GROUP");
    String id = rules.createGroupRule(rule("Fine", "user.department==\"x\"", List.of(), engineering)).getId();
    rules.activateGroupRule(id);
    refused(() -> rules.deleteGroupRule(id, false), 400, "E0000001", "deactivate it");
    assertThat(rules.listGroupRules(null, null, null, null)).hasSize(1);
  }

  @Test
  void onlyAnInactiveRuleCanBeChangedAndNeverItsTargetGroups() throws Exception {
    String alice = user("alice@example.com", "Sales", true);
    String other = f.addGroup("Other", OktaGroupType.OKTA_GROUP);
    GroupRule r = rules.createGroupRule(rule("Engineers", "user.department==\"Engineering\"", List.of(),
        engineering));

    r.getConditions().getExpression().setValue("user.department==\"Sales\"");
    r.setName("Sellers");
    GroupRule changed = rules.replaceGroupRule(r.getId(), r);
    assertThat(changed.getName()).isEqualTo("Sellers");
    assertThat(changed.getConditions().getExpression().getValue()).isEqualTo("user.department==\"Sales\"");

    r.getActions().getAssignUserToGroups().setGroupIds(List.of(other));
    refused(() -> rules.replaceGroupRule(r.getId(), r), 400, "E0000001", "target groups");
    r.getActions().getAssignUserToGroups().setGroupIds(List.of(engineering));
    rules.activateGroupRule(r.getId());
    assertThat(members(engineering)).containsExactly(alice);
    refused(() -> rules.replaceGroupRule(r.getId(), r), 400, "E0000001", "only an INACTIVE rule");
  }

  @Test
  void listsPageByPageAndSearchesByName() throws Exception {
    for (String name : List.of("Alpha", "Beta", "Gamma")) {
      rules.createGroupRule(rule(name, "user.department==\"" + name + "\"", List.of(), engineering));
    }

    List<GroupRule> first = rules.listGroupRules(2, null, null, null);
    List<GroupRule> second = rules.listGroupRules(2, first.get(1).getId(), null, null);

    assertThat(first).extracting(GroupRule::getName).containsExactly("Alpha", "Beta");
    assertThat(second).extracting(GroupRule::getName).containsExactly("Gamma");
    assertThat(rules.listGroupRules(null, null, "amm", null)).extracting(GroupRule::getName)
        .containsExactly("Gamma");
    // okta-sdk-java 24.0.0's GroupRule has no _embedded, so the expansion is read raw.
    String expanded = RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/groups/rules?limit=1&expand=groupIdToGroupNameMap",
        "SSWS " + tenant.apiToken(), null).body();
    assertThat(expanded).contains("\"groupIdToGroupNameMap\":{\"" + engineering + "\":\"Engineering\"}");
  }

  @Test
  void membershipRulesChainOnTheGroupsOtherRulesFill() throws Exception {
    String alice = user("alice@example.com", "Engineering", true);
    String builders = f.addGroup("Builders", OktaGroupType.OKTA_GROUP);
    String first = rules.createGroupRule(rule("Engineers", "user.department==\"Engineering\"", List.of(),
        engineering)).getId();
    String second = rules.createGroupRule(rule("Builders", "isMemberOfAnyGroup(\"" + engineering + "\")",
        List.of(), builders)).getId();
    rules.activateGroupRule(second);
    rules.activateGroupRule(first);

    assertThat(members(builders)).containsExactly(alice);
  }

  @Test
  void aRuleAddedThroughFixturesIsEvaluatedLikeAnActivatedOne() throws Exception {
    String alice = f.addUser("alice@example.com", UserStatus.ACTIVE, "Alice", "Liddell",
        Map.of("department", "Engineering"));
    f.addGroupRule("Engineers", "user.department==\"Engineering\"", List.of(engineering));
    String later = f.addUser("later@example.com", UserStatus.ACTIVE, "Lat", "Er", Map.of("department", "Engineering"));

    assertThat(members(engineering)).containsExactlyInAnyOrder(alice, later);
    assertThatThrownBy(() -> f.addGroupRule("Broken", "user.department =", List.of(engineering)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E0000001");
  }

  @Test
  void aReadOnlyAdminReadsRulesButCannotCreateThem() throws Exception {
    String reader = f.addUser("reader@example.com");
    f.assignRole(AdminRole.user(StandardAdminRole.READ_ONLY_ADMIN, reader));
    GroupRuleApi asReader = new GroupRuleApi(SdkClients.ssws(tenant, f.addApiToken(reader, "r").secret(), 0));
    rules.createGroupRule(rule("Engineers", "user.department==\"Engineering\"", List.of(), engineering));

    assertThat(asReader.listGroupRules(null, null, null, null)).hasSize(1);
    refused(() -> asReader.createGroupRule(rule("Mine", "user.department==\"x\"", List.of(), engineering)),
        403, "E0000006", "");
  }
}
