package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.okta.sdk.helper.PaginationUtil;
import com.okta.sdk.resource.api.ApiTokenApi;
import com.okta.sdk.resource.api.ApplicationApi;
import com.okta.sdk.resource.api.ApplicationGrantsApi;
import com.okta.sdk.resource.api.ApplicationGroupsApi;
import com.okta.sdk.resource.api.ApplicationUsersApi;
import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.api.GroupRuleApi;
import com.okta.sdk.resource.api.OrgSettingGeneralApi;
import com.okta.sdk.resource.api.RoleAssignmentAUserApi;
import com.okta.sdk.resource.api.RoleAssignmentBGroupApi;
import com.okta.sdk.resource.api.SystemLogApi;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.api.UserFactorApi;
import com.okta.sdk.resource.api.UserLifecycleApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.model.ApiToken;
import com.okta.sdk.resource.model.AppUser;
import com.okta.sdk.resource.model.Application;
import com.okta.sdk.resource.model.ApplicationGroupAssignment;
import com.okta.sdk.resource.model.Group;
import com.okta.sdk.resource.model.GroupRule;
import com.okta.sdk.resource.model.LogEvent;
import com.okta.sdk.resource.model.RoleAssignedUser;
import com.okta.sdk.resource.model.RoleAssignedUsers;
import com.okta.sdk.resource.model.SamlApplication;
import com.okta.sdk.resource.model.User;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real okta-sdk-java 24.0.0 lists every endpoint across several pages. */
class SdkListingTest {
  static FakeOktaTenant tenant;
  static ApiClient client;
  static String wideApp;
  static String since;

  @BeforeAll
  static void start() throws Exception {
    tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(42)
        .rateLimits(RateLimits.disabled()).start();
    TenantFixtures f = tenant.fixtures();
    wideApp = f.addApp("Wide App", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
    for (int i = 0; i < 25; i++) {
      f.assignGroup(wideApp, f.addGroup("Wide " + i, OktaGroupType.OKTA_GROUP));
    }
    for (int i = 0; i < 22; i++) {
      f.addApiToken(tenant.adminUserId(), "Extra token " + i);
    }
    since = Instant.now().minus(1, ChronoUnit.MINUTES).toString();
    client = SdkClients.ssws(tenant, tenant.apiToken());
    UserApi users = new UserApi(client);
    List<User> active = users.listUsers(null, null, null, 5, "status eq \"ACTIVE\"", null, null, null);
    for (User u : active.subList(1, 4)) {
      new UserLifecycleApi(client).suspendUser(u.getId());
    }
  }

  @AfterAll
  static void stop() {
    tenant.close();
  }

  @Test
  void listsUsersAcrossPagesWithTypedCallsAndHidesDeprovisioned() throws Exception {
    UserApi api = new UserApi(client);
    int[] pages = {0};
    List<User> all = SdkClients.allPages(a -> api.listUsers(null, null, a, 10, null, null, null,
        null), pages);
    assertThat(pages[0]).isGreaterThan(3);
    assertThat(all).hasSize(47).extracting(User::getId).doesNotHaveDuplicates();
    assertThat(all).noneMatch(u -> "DEPROVISIONED".equals(String.valueOf(u.getStatus())));
    List<User> withSearch = SdkClients.allPages(a -> api.listUsers(null, null, a, 10, null,
        "status eq \"DEPROVISIONED\"", null, null), new int[1]);
    assertThat(withSearch).hasSize(3);
    assertThat(all.get(1).getProfile().getDepartment()).isNotBlank();
    assertThat(all.get(1).getProfile().getAdditionalProperties()).containsKey("badgeActive");
  }

  @Test
  void listsEveryPagedEndpointWithPaginationUtil() throws Exception {
    UserApi users = new UserApi(client);
    GroupApi groups = new GroupApi(client);
    ApplicationApi apps = new ApplicationApi(client);
    String everyone = groups.listGroups("Everyone", null, null, null, null, null, null, null)
        .get(0).getId();
    String slack = apps.listApplications("Slack", null, null, null, null, null, null).get(0)
        .getId();
    assertThat(viaUtil(a -> users.listUsers("application/json", null, a, 10, null, null, null,
        null))).hasSize(47);
    assertThat(viaUtil(a -> groups.listGroups(null, null, a, 5, null, null, null, null)))
        .hasSize(37);
    assertThat(viaUtil(a -> groups.listGroupUsers(everyone, a, 10))).hasSize(50);
    assertThat(viaUtil(a -> groups.listAssignedApplicationsForGroup(everyone, a, 1))).hasSize(2);
    assertThat(viaUtil(a -> apps.listApplications(null, a, null, 3, null, null, null)))
        .hasSize(11);
    // Everyone holds Slack, but its three deactivated members are no longer listed.
    assertThat(viaUtil(a -> new ApplicationUsersApi(client).listApplicationUsers(slack, a, 10,
        null, null))).hasSize(47);
    assertThat(viaUtil(a -> new ApplicationGroupsApi(client)
        .listApplicationGroupAssignments(wideApp, null, a, 20, null))).hasSize(25);
    assertThat(viaUtil(a -> new GroupRuleApi(client).listGroupRules(1, a, null, null)))
        .hasSize(2);
    assertThat(viaUtil(a -> new SystemLogApi(client).listLogEvents(since,
        Instant.now().plusSeconds(60).toString(), a, null, null, 1, null))).hasSize(3);
  }

  @Test
  void listsGroupRulesAndLogEventsAcrossPagesWithTypedCalls() throws Exception {
    int[] rulePages = {0};
    List<GroupRule> rules = SdkClients.allPages(a -> new GroupRuleApi(client).listGroupRules(1, a,
        null, null), rulePages);
    assertThat(rules).hasSize(2);
    assertThat(rulePages[0]).isEqualTo(2);
    int[] logPages = {0};
    List<LogEvent> events = SdkClients.allPages(a -> new SystemLogApi(client).listLogEvents(since,
        Instant.now().plusSeconds(60).toString(), a, null, null, 1, null), logPages);
    assertThat(events).hasSize(3).extracting(LogEvent::getEventType)
        .containsOnly("user.lifecycle.suspend");
    assertThat(logPages[0]).isEqualTo(3);
  }

  private static <T> List<T> viaUtil(SdkClients.Page<T> page) throws Exception {
    List<T> all = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      all.addAll(page.get(after));
      pages++;
      after = PaginationUtil.getAfter(client);
    } while (after != null && !after.isEmpty());
    assertThat(pages).as("pages").isGreaterThan(1);
    return all;
  }

  @Test
  void listsGroupsAndTheirUsersAppsAndRolesWithTypedCalls() throws Exception {
    GroupApi api = new GroupApi(client);
    int[] pages = {0};
    List<Group> all = SdkClients.allPages(a -> api.listGroups(null, null, a, 5, "stats", null,
        null, null), pages);
    assertThat(pages[0]).isEqualTo(8);
    assertThat(all).hasSize(37);
    Group eng = all.stream().filter(g -> g.getProfile().getName().equals("Engineering"))
        .findFirst().orElseThrow();
    assertThat(eng.getEmbedded()).containsKey("stats");
    int[] userPages = {0};
    assertThat(SdkClients.allPages(a -> api.listGroupUsers(eng.getId(), a, 3), userPages))
        .hasSizeGreaterThan(5);
    assertThat(userPages[0]).isGreaterThan(1);
    int[] appPages = {0};
    assertThat(SdkClients.allPages(a -> api.listAssignedApplicationsForGroup(eng.getId(), a, 1),
        appPages)).extracting(Application::getLabel).containsExactly("GitHub", "Jira");
    assertThat(appPages[0]).isEqualTo(2);
    Group itAdmins = all.stream().filter(g -> g.getProfile().getName().equals("IT Admins"))
        .findFirst().orElseThrow();
    assertThat(new RoleAssignmentBGroupApi(client).listGroupAssignedRoles(itAdmins.getId(), null))
        .extracting(r -> String.valueOf(r.getType())).containsExactly("USER_ADMIN");
    assertThat(api.getGroup(eng.getId()).getProfile().getName()).isEqualTo("Engineering");
  }

  @Test
  void listsAUsersGroupsWithTheTypedCallAndAcrossPagesByTheLinkHeader() throws Exception {
    try (FakeOktaTenant own = FakeOktaTenant.builder().shape(TenantShape.EMPTY).rateLimits(RateLimits.disabled())
        .start()) {
      TenantFixtures f = own.fixtures();
      String user = f.addUser("joiner@example.com");
      List<String> joined = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        String g = f.addGroup("Joined " + i, OktaGroupType.OKTA_GROUP);
        f.addMember(g, user);
        joined.add(g);
      }
      f.addGroup("Not joined", OktaGroupType.OKTA_GROUP);
      ApiClient sdk = SdkClients.ssws(own, own.apiToken());

      List<String> typed = new com.okta.sdk.resource.api.UserResourcesApi(sdk).listUserGroups(user).stream()
          .map(Group::getId).toList();
      int[] pages = {0};
      List<String> paged = SdkClients.followNext(sdk, "/api/v1/users/" + user + "/groups?limit=2",
          new TypeReference<List<Group>>() {}, pages).stream().map(Group::getId).toList();

      assertThat(typed).containsAll(joined).hasSizeLessThanOrEqualTo(joined.size() + 1);
      assertThat(paged).isEqualTo(typed);
      assertThat(pages[0]).isEqualTo((typed.size() + 1) / 2);
    }
  }

  @Test
  void listsAppsWithSubtypesUsersGroupsAndGrants() throws Exception {
    ApplicationApi api = new ApplicationApi(client);
    int[] pages = {0};
    List<Application> all = SdkClients.allPages(a -> api.listApplications(null, a, null, 3, null,
        null, null), pages);
    assertThat(pages[0]).isEqualTo(4);
    assertThat(all).hasSize(11);
    Application sf = all.stream().filter(a -> a.getLabel().equals("Salesforce")).findFirst()
        .orElseThrow();
    assertThat(sf).isInstanceOf(SamlApplication.class);
    int[] userPages = {0};
    List<AppUser> sfUsers = SdkClients.allPages(a -> new ApplicationUsersApi(client)
        .listApplicationUsers(sf.getId(), a, 2, null, null), userPages);
    assertThat(userPages[0]).isGreaterThan(2);
    assertThat(sfUsers).extracting(u -> String.valueOf(u.getScope())).contains("USER", "GROUP");
    int[] groupPages = {0};
    List<ApplicationGroupAssignment> wide = SdkClients.allPages(a -> new ApplicationGroupsApi(
        client).listApplicationGroupAssignments(wideApp, null, a, 20, null), groupPages);
    assertThat(groupPages[0]).isEqualTo(2);
    assertThat(wide).hasSize(25);
    Application bot = all.stream().filter(a -> a.getLabel().equals("Automation Bot")).findFirst()
        .orElseThrow();
    assertThat(new ApplicationGrantsApi(client).listScopeConsentGrants(bot.getId(), null))
        .extracting(g -> g.getScopeId()).contains("okta.users.manage");
    assertThat(api.getApplication(sf.getId(), null).getLabel()).isEqualTo("Salesforce");
  }

  @Test
  void listsApiTokensAcrossPagesByFollowingNextLinks() throws Exception {
    List<ApiToken> first = new ApiTokenApi(client).listApiTokens();
    assertThat(first).hasSize(20);
    int[] pages = {0};
    List<ApiToken> all = SdkClients.followNext(client, "/api/v1/api-tokens",
        new TypeReference<List<ApiToken>>() {}, pages);
    assertThat(pages[0]).isEqualTo(2);
    assertThat(all).hasSize(22 + 3).extracting(ApiToken::getTokenWindow).contains("P30D");
    assertThat(new ApiTokenApi(client).getApiToken(all.get(0).getId()).getName())
        .isEqualTo(all.get(0).getName());
  }

  @Test
  void listsRoleAssigneesPagedInTheBody() throws Exception {
    RoleAssignmentAUserApi api = new RoleAssignmentAUserApi(client);
    Set<String> ids = new HashSet<>();
    String after = null;
    int pages = 0;
    do {
      RoleAssignedUsers page = api.listUsersWithRoleAssignments(after, 2);
      page.getValue().stream().map(RoleAssignedUser::getId).forEach(ids::add);
      pages++;
      String next = page.getLinks() == null || page.getLinks().getNext() == null ? null
          : page.getLinks().getNext().getHref();
      after = next == null ? null : next.replaceAll(".*after=([^&]+).*", "$1");
    } while (after != null);
    assertThat(pages).isGreaterThan(2);
    assertThat(ids).contains(tenant.adminUserId()).hasSizeGreaterThan(5);
    assertThat(api.listAssignedRolesForUser(tenant.adminUserId(), null))
        .extracting(r -> String.valueOf(r.getType())).containsExactly("SUPER_ADMIN");
  }

  @Test
  void readsMeOrgFactorsAndSingleUsers() throws Exception {
    UserApi users = new UserApi(client);
    assertThat(users.getUser("me", null, null).getId()).isEqualTo(tenant.adminUserId());
    assertThat(users.getUser("admin@example.com", null, null).getId())
        .isEqualTo(tenant.adminUserId());
    assertThat(users.getUser("admin", null, null).getId()).isEqualTo(tenant.adminUserId());
    assertThat(new OrgSettingGeneralApi(client).getOrgSettings().getCompanyName())
        .isEqualTo("Example Corp");
    List<User> active = users.listUsers(null, null, null, 50, "status eq \"ACTIVE\"", null, null,
        null);
    long withFactors = 0;
    for (User u : active) {
      withFactors += new UserFactorApi(client).listFactors(u.getId()).isEmpty() ? 0 : 1;
    }
    assertThat(withFactors).isGreaterThan(5);
  }

  @Test
  void readsTheSystemLogWrittenByChanges() throws Exception {
    List<LogEvent> events = new SystemLogApi(client).listLogEvents(since, null, null,
        "eventType eq \"user.lifecycle.suspend\"", null, 100, null);
    assertThat(events).hasSize(3).allSatisfy(e -> assertThat(e.getActor().getId())
        .isEqualTo(tenant.adminUserId()));
  }
}
