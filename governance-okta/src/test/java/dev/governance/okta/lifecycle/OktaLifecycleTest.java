package dev.governance.okta.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.ConflictException;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.NotFoundException;
import dev.governance.core.access.AccessGraph;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.ActionResult;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.sync.OktaConnectorSyncTest;
import dev.governance.testkit.okta.AdminRole;
import dev.governance.testkit.okta.AppStatus;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.testkit.okta.OktaSignOnMode;
import dev.governance.testkit.okta.TenantFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class OktaLifecycleTest {

  private static Snapshot sync(OktaConnector okta) {
    return OktaConnectorSyncTest.sync(okta, SyncPlan.everything()).snapshot();
  }

  @Test
  void removesAccessTheWayOktaAllowsAndSaysWhenItAlreadyWasRemoved() {
    try (FakeOktaTenant tenant = FakeOktaTenant.start(); OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      TenantFixtures f = tenant.fixtures();
      String user = f.addUser("leaver@example.com");
      String group = f.addGroup("Finance", OktaGroupType.OKTA_GROUP);
      String app = f.addApp("Payroll", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
      String client = f.addApp("Reporter", OktaSignOnMode.OPENID_CONNECT, AppStatus.ACTIVE);
      String grant = f.grantScope(client, "okta.users.manage");
      String token = f.addApiToken(user, "old").id();
      f.addMember(group, user);
      f.assignUser(app, user);

      assertThat(okta.apply(new LifecycleAction.RemoveMembership(user, group)).outcome())
          .isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(okta.apply(new LifecycleAction.UnassignApplication(user, app)).outcome())
          .isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(okta.apply(new LifecycleAction.RevokeScopeGrant(client, grant)).outcome())
          .isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(okta.apply(new LifecycleAction.RevokeApiToken(token)).outcome())
          .isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(okta.apply(new LifecycleAction.SuspendIdentity(user)).outcome()).isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(okta.apply(new LifecycleAction.SuspendIdentity(user)).outcome())
          .isEqualTo(ActionResult.Outcome.ALREADY_DONE);
      assertThat(okta.apply(new LifecycleAction.UnsuspendIdentity(user)).outcome())
          .isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(okta.apply(new LifecycleAction.DeactivateIdentity(user)).outcome())
          .isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(okta.apply(new LifecycleAction.DeactivateIdentity(user)).outcome())
          .isEqualTo(ActionResult.Outcome.ALREADY_DONE);

      Snapshot after = sync(okta);
      assertThat(after.identity(user).orElseThrow().status()).isEqualTo(IdentityStatus.DEACTIVATED);
      assertThat(after.grantsOf(EntityKind.IDENTITY, user)).extracting(g -> g.targetId())
          .doesNotContain(group, app);
      assertThat(after.scopeGrantsTo("okta.users.manage")).isEmpty();
      assertThat(after.apiTokens()).noneMatch(t -> t.id().equals(token));
      assertThat(okta.capabilities().applies(LifecycleAction.Kind.DEACTIVATE_IDENTITY)).isTrue();
    }
  }

  @Test
  void anAppliedChangeCarriesOktasRequestIdOfTheCallThatMadeItAndAnAlreadyDoneOneNone() {
    try (FakeOktaTenant tenant = FakeOktaTenant.start(); OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      TenantFixtures f = tenant.fixtures();
      String user = f.addUser("mover@example.com");
      String app = f.addApp("Payroll", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
      f.assignUser(app, user);

      ActionResult unassigned = okta.apply(new LifecycleAction.UnassignApplication(user, app));
      ActionResult suspended = okta.apply(new LifecycleAction.SuspendIdentity(user));
      ActionResult again = okta.apply(new LifecycleAction.SuspendIdentity(user));

      assertThat(unassigned.requestId()).isEqualTo(requestIdOf(tenant, "DELETE", "/api/v1/apps/" + app + "/users/" + user));
      assertThat(suspended.requestId()).isEqualTo(requestIdOf(tenant, "POST", "/api/v1/users/" + user + "/lifecycle/suspend"));
      assertThat(again.outcome()).isEqualTo(ActionResult.Outcome.ALREADY_DONE);
      assertThat(again.requestId()).isNull();
    }
  }

  private static String requestIdOf(FakeOktaTenant tenant, String method, String path) {
    return tenant.journal().entries().stream().filter(e -> e.method().equals(method) && e.path().equals(path))
        .reduce((first, second) -> second).orElseThrow().requestId();
  }

  @Test
  void eachRemovalAppliedAgainIsAlreadyDoneAndChangesNothingMore() {
    try (FakeOktaTenant tenant = FakeOktaTenant.start(); OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      TenantFixtures f = tenant.fixtures();
      String user = f.addUser("leaver@example.com");
      String group = f.addGroup("Finance", OktaGroupType.OKTA_GROUP);
      String app = f.addApp("Payroll", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
      String client = f.addApp("Reporter", OktaSignOnMode.OPENID_CONNECT, AppStatus.ACTIVE);
      String grant = f.grantScope(client, "okta.users.manage");
      String token = f.addApiToken(user, "old").id();
      f.addMember(group, user);
      f.assignUser(app, user);
      List<LifecycleAction> removals = List.of(
          new LifecycleAction.RemoveMembership(user, group), new LifecycleAction.UnassignApplication(user, app),
          new LifecycleAction.RevokeScopeGrant(client, grant), new LifecycleAction.RevokeApiToken(token));
      removals.forEach(okta::apply);
      Snapshot removed = sync(okta);

      for (LifecycleAction removal : removals) {
        ActionResult again = okta.apply(removal);
        assertThat(again.outcome()).as("%s again", removal).isEqualTo(ActionResult.Outcome.ALREADY_DONE);
        assertThat(again.action()).isEqualTo(removal);
      }

      Snapshot after = sync(okta);
      assertThat(after.grantsOf(EntityKind.IDENTITY, user)).isEqualTo(removed.grantsOf(EntityKind.IDENTITY, user));
      assertThat(after.apiTokens()).extracting(t -> t.id())
          .containsExactlyElementsOf(removed.apiTokens().stream().map(t -> t.id()).toList());
    }
  }

  @Test
  void aRemovalWhoseUserOrApplicationDoesNotExistIsNotFoundRatherThanAlreadyDone() {
    try (FakeOktaTenant tenant = FakeOktaTenant.start(); OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      TenantFixtures f = tenant.fixtures();
      String user = f.addUser("member@example.com");
      String group = f.addGroup("Finance", OktaGroupType.OKTA_GROUP);
      String app = f.addApp("Payroll", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);

      assertThatThrownBy(() -> okta.apply(new LifecycleAction.RemoveMembership("00uNOPE", group)))
          .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo("00uNOPE"));
      assertThatThrownBy(() -> okta.apply(new LifecycleAction.RemoveMembership(user, "00gNOPE")))
          .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo("00gNOPE"));
      assertThatThrownBy(() -> okta.apply(new LifecycleAction.UnassignApplication("00uNOPE", app)))
          .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo("00uNOPE"));
      assertThatThrownBy(() -> okta.apply(new LifecycleAction.UnassignApplication(user, "0oaNOPE")))
          .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo("0oaNOPE"));
      assertThatThrownBy(() -> okta.apply(new LifecycleAction.RevokeScopeGrant("0oaNOPE", "oagNOPE")))
          .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.id()).isEqualTo("0oaNOPE"));
      assertThat(okta.apply(new LifecycleAction.UnassignApplication(user, app)).outcome())
          .as("a user that never had the application has nothing to remove")
          .isEqualTo(ActionResult.Outcome.ALREADY_DONE);
      assertThat(okta.apply(new LifecycleAction.RemoveMembership(user, group)).outcome())
          .isEqualTo(ActionResult.Outcome.ALREADY_DONE);
    }
  }

  @Test
  void membershipIsReadFromTheGroupsMembersAcrossPages() {
    try (FakeOktaTenant tenant = FakeOktaTenant.start(); OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      TenantFixtures f = tenant.fixtures();
      String group = f.addGroup("Everybody else", OktaGroupType.OKTA_GROUP);
      for (int i = 0; i < 1000; i++) {
        f.addMember(group, f.addUser("member" + i + "@example.com"));
      }
      String last = f.addUser("last@example.com");
      f.addMember(group, last);

      assertThat(okta.apply(new LifecycleAction.RemoveMembership(last, group)).outcome())
          .isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(tenant.journal().entries()).filteredOn(e -> e.path().equals("/api/v1/groups/" + group + "/users"))
          .as("the member is on the second page of 1000").hasSize(2);
      assertThat(okta.apply(new LifecycleAction.RemoveMembership(last, group)).outcome())
          .isEqualTo(ActionResult.Outcome.ALREADY_DONE);
    }
  }

  @Test
  void reactivatingADeactivatedUserGivesBackWhatItsGroupsHoldButNotDirectAssignments() {
    try (FakeOktaTenant tenant = FakeOktaTenant.start(); OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      TenantFixtures f = tenant.fixtures();
      String user = f.addUser("returner@example.com");
      String group = f.addGroup("Finance", OktaGroupType.OKTA_GROUP);
      String viaGroup = f.addApp("Payroll", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
      String direct = f.addApp("Expenses", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
      f.addMember(group, user);
      f.assignGroup(viaGroup, group);
      f.assignUser(direct, user);
      okta.apply(new LifecycleAction.DeactivateIdentity(user));
      AccessGraph deactivated = AccessGraph.of(sync(okta));
      assertThat(deactivated.accessOf(user)).isEmpty();
      assertThat(deactivated.dormantAccessOf(user)).extracting(a -> a.targetId()).containsExactly(viaGroup);

      ActionResult result = okta.apply(new LifecycleAction.ReactivateIdentity(user));

      assertThat(result.outcome()).isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(result.detail()).contains("not");
      Snapshot after = sync(okta);
      assertThat(after.identity(user).orElseThrow().status()).isIn(IdentityStatus.ACTIVE, IdentityStatus.PENDING);
      assertThat(AccessGraph.of(after).accessOf(user, EntityKind.APPLICATION)).extracting(a -> a.targetId())
          .containsExactly(viaGroup);
      assertThat(okta.apply(new LifecycleAction.ReactivateIdentity(user)).outcome())
          .isEqualTo(ActionResult.Outcome.ALREADY_DONE);
      assertThat(tenant.journal().entries()).anyMatch(e -> e.method().equals("POST")
          && e.path().equals("/api/v1/users/" + user + "/lifecycle/activate") && e.query().contains("sendEmail=false"));
    }
  }

  @Test
  void refusesWhatOktaRefusesWithAnErrorThatSaysWhatToDoInstead() {
    try (FakeOktaTenant tenant = FakeOktaTenant.start(); OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      TenantFixtures f = tenant.fixtures();
      String user = f.addUser("member@example.com");
      String imported = f.addGroup("AD Sales", OktaGroupType.APP_GROUP);
      String group = f.addGroup("Sales", OktaGroupType.OKTA_GROUP);
      String app = f.addApp("CRM", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
      f.addMember(imported, user);
      f.addMember(group, user);
      f.assignGroup(app, group);
      f.assignUser(app, user);

      assertThatThrownBy(() -> okta.apply(new LifecycleAction.RemoveMembership(user, imported)))
          .isInstanceOf(ConflictException.class).hasMessageContaining("through its source");
      assertThatThrownBy(() -> okta.apply(new LifecycleAction.UnassignApplication(user, app)))
          .isInstanceOf(ConflictException.class).hasMessageContaining("through a group");
      okta.apply(new LifecycleAction.DeactivateIdentity(user));
      assertThatThrownBy(() -> okta.apply(new LifecycleAction.SuspendIdentity(user)))
          .isInstanceOf(ConflictException.class);
      assertThat(sync(okta).grantsTo(EntityKind.GROUP, imported)).isNotEmpty();
    }
  }

  @Test
  void aReadOnlyAdminMayNotChangeAnything() {
    try (FakeOktaTenant tenant = FakeOktaTenant.start()) {
      TenantFixtures f = tenant.fixtures();
      String reviewer = f.addUser("reviewer@example.com");
      f.assignRole(AdminRole.user(StandardAdminRole.READ_ONLY_ADMIN, reviewer));
      String user = f.addUser("member@example.com");
      String group = f.addGroup("Sales", OktaGroupType.OKTA_GROUP);
      f.addMember(group, user);
      try (OktaConnector okta = OktaConnectorSyncTest.open(tenant, f.addApiToken(reviewer, "review").secret())) {
        assertThatThrownBy(() -> okta.apply(new LifecycleAction.RemoveMembership(user, group)))
            .isInstanceOf(InsufficientPermissionException.class);
        assertThatThrownBy(() -> okta.apply(new LifecycleAction.SuspendIdentity(user)))
            .isInstanceOf(InsufficientPermissionException.class);
        assertThat(OktaConnectorSyncTest.sync(okta, SyncPlan.of(InventoryCollection.MEMBERSHIPS)).snapshot()
            .grantsTo(EntityKind.GROUP, group)).hasSize(1);
      }
    }
  }
}
