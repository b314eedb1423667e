package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.access.AccessGraph;
import dev.governance.core.findings.BuiltInRules;
import dev.governance.core.findings.FindingsConfig;
import dev.governance.core.findings.FindingsEngine;
import dev.governance.core.model.AssignmentStatus;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.Role;
import dev.governance.core.model.RoleTarget;
import dev.governance.core.model.PrivilegeLevel;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.testkit.okta.AdminRole;
import dev.governance.testkit.okta.AppStatus;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.Fault;
import dev.governance.testkit.okta.FaultRule;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.JournalEntry;
import dev.governance.testkit.okta.OktaSignOnMode;
import dev.governance.testkit.okta.TenantFixtures;
import dev.governance.testkit.okta.TenantShape;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Admin roles read as Okta documents them, over HTTP against the fake tenant. */
class OktaRoleSyncTest {

  private static OktaConnectorSyncTest.Synced sync(FakeOktaTenant tenant, SyncPlan plan) {
    try (OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      OktaConnectorSyncTest.Synced s = OktaConnectorSyncTest.sync(okta, plan);
      assertThat(s.result().callsPerBucket()).isEqualTo(s.result().predictedCallsPerBucket());
      assertThat((long) s.result().totalCalls()).isEqualTo(tenant.journal().total());
      return s;
    }
  }

  private static Grant.RoleAssignment assignment(OktaConnectorSyncTest.Synced s, String subjectId, String roleId) {
    return s.snapshot().grants(Grant.RoleAssignment.class)
        .filter(r -> r.assigneeId().equals(subjectId) && r.roleId().equals(roleId))
        .findFirst().orElseThrow(() -> new AssertionError(subjectId + " holds no " + roleId));
  }

  @Test
  void scopedRolesTargetsAreReadFromTheirTargetsEndpointsNotFromAnExpand() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.EMPTY).start()) {
      TenantFixtures f = tenant.fixtures();
      String ga = f.addUser("ga@example.com");
      String sales = f.addGroup("Sales", OktaGroupType.OKTA_GROUP);
      String support = f.addGroup("Support", OktaGroupType.OKTA_GROUP);
      String admins = f.addGroup("App admins", OktaGroupType.OKTA_GROUP);
      String wiki = f.addApp("Wiki", OktaSignOnMode.BOOKMARK, AppStatus.ACTIVE);
      f.addMember(admins, f.addUser("member@example.com"));
      f.assignRole(AdminRole.user(StandardAdminRole.USER_ADMIN, ga).onGroups(sales, support));
      f.assignRole(AdminRole.user(StandardAdminRole.HELP_DESK_ADMIN, ga));
      f.assignRole(AdminRole.group(StandardAdminRole.APP_ADMIN, admins).onApps(wiki));

      OktaConnectorSyncTest.Synced s = sync(tenant, SyncPlan.everything());

      assertThat(assignment(s, ga, "USER_ADMIN").targets()).containsExactlyInAnyOrder(
          new RoleTarget(RoleTarget.Kind.GROUP, sales), new RoleTarget(RoleTarget.Kind.GROUP, support));
      assertThat(assignment(s, ga, "HELP_DESK_ADMIN").tenantWide()).isTrue();
      assertThat(assignment(s, admins, "APP_ADMIN").targets())
          .containsExactly(new RoleTarget(RoleTarget.Kind.APPLICATION, wiki));
      List<JournalEntry> roleReads = tenant.journal().entries(e -> e.path().contains("/roles"));
      assertThat(roleReads).noneMatch(e -> e.query() != null && e.query().contains("expand"));
      assertThat(roleReads).extracting(JournalEntry::path).contains(
          "/api/v1/groups/" + admins + "/roles/" + assignment(s, admins, "APP_ADMIN").assignmentId()
              + "/targets/catalog/apps");
      assertThat(s.snapshot().coverage(InventoryCollection.ROLE_ASSIGNMENTS)).isEqualTo(Coverage.complete());
    }
  }

  @Test
  void targetsLongerThanAPageAreReadInFullAndTheExtraCallIsReported() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.EMPTY).start()) {
      TenantFixtures f = tenant.fixtures();
      String ga = f.addUser("ga@example.com");
      String[] groups = IntStream.range(0, 201).mapToObj(i -> f.addGroup("G" + i, OktaGroupType.OKTA_GROUP))
          .toArray(String[]::new);
      f.assignRole(AdminRole.user(StandardAdminRole.GROUP_MEMBERSHIP_ADMIN, ga).onGroups(groups));

      try (OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
        OktaConnectorSyncTest.Synced s = OktaConnectorSyncTest.sync(okta, SyncPlan.everything());

        assertThat(assignment(s, ga, "GROUP_MEMBERSHIP_ADMIN").targets()).hasSize(201);
        assertThat(s.result().revisions()).singleElement().asString()
            .contains("2 page(s) of targets where the plan expected 1");
        assertThat(s.result().callsPerBucket().get("/api/v1/users"))
            .isEqualTo(s.result().predictedCallsPerBucket().get("/api/v1/users") + 1);
      }
    }
  }

  @Test
  void aRoleWhoseTargetsCannotBeReadIsNeverTenantWideAndItsCoverageSaysWhy() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.EMPTY).start()) {
      TenantFixtures f = tenant.fixtures();
      String ga = f.addUser("ga@example.com");
      String role = f.assignRole(AdminRole.user(StandardAdminRole.USER_ADMIN, ga)
          .onGroups(f.addGroup("Sales", OktaGroupType.OKTA_GROUP)));
      tenant.addFault(FaultRule.always("/api/v1/users/" + ga + "/roles/" + role + "/*", new Fault.ServerError(500)));

      try (OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
        OktaConnectorSyncTest.Synced s = OktaConnectorSyncTest.sync(okta, SyncPlan.everything());

        Grant.RoleAssignment r = assignment(s, ga, "USER_ADMIN");
        assertThat(r.targetsKnown()).isFalse();
        assertThat(r.tenantWide()).isFalse();
        assertThat(s.snapshot().coverage(InventoryCollection.ROLE_ASSIGNMENTS))
            .isInstanceOfSatisfying(Coverage.Partial.class,
                p -> assertThat(p.reason()).contains("targets of role assignment " + r.assignmentId()));
      }
    }
  }

  @Test
  void aCustomRoleCarriesItsPermissionsAndItsAssignmentTheResourceSetsResources() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.EMPTY).start()) {
      TenantFixtures f = tenant.fixtures();
      String hd = f.addUser("hd@example.com");
      String other = f.addUser("other@example.com");
      String sales = f.addGroup("Sales", OktaGroupType.OKTA_GROUP);
      f.assignRole(AdminRole.custom("Helpdesk", Set.of("okta.users.read", "okta.users.credentials.resetPassword"), hd)
          .inResourceSet(sales));
      f.assignRole(AdminRole.custom("Auditor", Set.of("okta.users.read"), other));

      OktaConnectorSyncTest.Synced s = sync(tenant, SyncPlan.everything());

      Grant.RoleAssignment helpdesk = s.snapshot().grants(Grant.RoleAssignment.class)
          .filter(r -> r.assigneeId().equals(hd)).findFirst().orElseThrow();
      Role role = s.snapshot().role(helpdesk.roleId()).orElseThrow();
      assertThat(role.custom()).isTrue();
      assertThat(role.permissions()).containsExactlyInAnyOrder("okta.users.read", "okta.users.credentials.resetPassword");
      assertThat(helpdesk.targets()).singleElement().satisfies(t -> assertThat(t.kind()).isEqualTo(RoleTarget.Kind.RESOURCE_SET));
      assertThat(helpdesk.scope()).singleElement().asString().endsWith(":groups:" + sales);
      assertThat(helpdesk.tenantWide()).isFalse();
      assertThat(s.result().callsPerBucket().get("/api/v1/iam")).isEqualTo(1 + 2 + 2);
    }
  }

  @Test
  void aServiceAppsAdminRolesAreReadAsGrantsOfTheApplication() throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.EMPTY).start()) {
      KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
      gen.initialize(2048);
      String bot = tenant.fixtures().addServiceApp("Bot", gen.generateKeyPair().getPublic(), "kid");
      tenant.fixtures().assignRole(AdminRole.client(StandardAdminRole.SUPER_ADMIN, bot));

      OktaConnectorSyncTest.Synced s = sync(tenant, SyncPlan.everything());

      assertThat(assignment(s, bot, "SUPER_ADMIN").assigneeKind()).isEqualTo(EntityKind.APPLICATION);
      assertThat(s.result().callsPerBucket()).containsEntry("/oauth2/v1/clients", 1);
    }
  }

  @Test
  void anInactiveAssignmentKeepsItsStatusAndANewerRoleTypeItsName() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.EMPTY).start()) {
      TenantFixtures f = tenant.fixtures();
      String user = f.addUser("dormant@example.com");
      f.assignRole(AdminRole.user(StandardAdminRole.SUPER_ADMIN, user).inactive());
      f.assignRole(AdminRole.user(StandardAdminRole.WORKFLOWS_ADMIN, user));

      OktaConnectorSyncTest.Synced s = sync(tenant, SyncPlan.everything());

      assertThat(assignment(s, user, "SUPER_ADMIN").status()).isEqualTo(AssignmentStatus.INACTIVE);
      assertThat(s.snapshot().role("WORKFLOWS_ADMIN")).hasValueSatisfying(
          r -> assertThat(r).extracting(Role::privilege, Role::providerType)
              .containsExactly(PrivilegeLevel.SCOPED_ADMIN, "WORKFLOWS_ADMIN"));
      assertThat(AccessGraph.of(s.snapshot()).accessOf(user, EntityKind.ROLE))
          .extracting(a -> a.targetId()).containsExactly("WORKFLOWS_ADMIN");
    }
  }

  @Test
  void aUserWhoIsAnAdminOnlyThroughAGroupHasFactorsRead() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.EMPTY).start()) {
      TenantFixtures f = tenant.fixtures();
      String viaGroup = f.addUser("via-group@example.com");
      String admins = f.addGroup("Admins", OktaGroupType.OKTA_GROUP);
      f.addMember(admins, viaGroup);
      f.assignRole(AdminRole.group(StandardAdminRole.ORG_ADMIN, admins));
      f.addFactor(viaGroup, "push", "OKTA", java.util.Map.of());

      for (SyncPlan plan : List.of(SyncPlan.everything(), SyncPlan.of(InventoryCollection.AUTH_FACTORS))) {
        tenant.journal().clear();
        OktaConnectorSyncTest.Synced s = sync(tenant, plan);
        assertThat(s.snapshot().authFactors()).as(plan.toString()).anyMatch(x -> x.identityId().equals(viaGroup));
      }
    }
  }

  @Test
  void theDemosAutomationBotIsASuperAdmin() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(7).start()) {
      OktaConnectorSyncTest.Synced s = sync(tenant, SyncPlan.everything());

      var report = FindingsEngine.builder().config(FindingsConfig.builder().superAdminThreshold(1).build()).build()
          .evaluate(s.snapshot());
      assertThat(report.byRule(BuiltInRules.SUPER_ADMINS_OVER_THRESHOLD)).singleElement()
          .satisfies(finding -> assertThat(finding.evidence().facts().get("applications"))
              .asString().contains("Automation Bot"));
      assertThat(report.byRule(BuiltInRules.OAUTH_APP_MANAGE_SCOPES))
          .filteredOn(finding -> "Automation Bot".equals(finding.evidence().facts().get("application")))
          .singleElement().satisfies(finding -> assertThat(finding.evidence().facts().get("adminRoles"))
              .asString().contains("Super Administrator"));
    }
  }
}
