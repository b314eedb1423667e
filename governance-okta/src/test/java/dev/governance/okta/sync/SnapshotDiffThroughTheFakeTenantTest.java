package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.diff.EntityChange;
import dev.governance.core.diff.FieldChange;
import dev.governance.core.diff.GrantChange;
import dev.governance.core.diff.SnapshotDiff;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.TenantFixtures;
import dev.governance.testkit.okta.TenantShape;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Two syncs with changes made through the tenant's own API between them, and their diff. */
class SnapshotDiffThroughTheFakeTenantTest {

  private static int call(FakeOktaTenant tenant, String method, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(tenant.orgUrl() + path))
        .header("Authorization", "SSWS " + tenant.apiToken())
        .method(method, HttpRequest.BodyPublishers.noBody()).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void theDiffShowsAStatusChangeARemovedMembershipAndANewUser() throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(9).start();
        OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      TenantFixtures f = tenant.fixtures();
      String user = f.addUser("mover@example.com");
      String group = f.addGroup("Finance", OktaGroupType.OKTA_GROUP);
      f.addMember(group, user);
      Snapshot before = OktaConnectorSyncTest.sync(okta, SyncPlan.everything()).snapshot();

      assertThat(call(tenant, "POST", "/api/v1/users/" + user + "/lifecycle/suspend")).isEqualTo(200);
      assertThat(call(tenant, "DELETE", "/api/v1/groups/" + group + "/users/" + user)).isEqualTo(204);
      String newcomer = f.addUser("newcomer@example.com");
      Snapshot after = OktaConnectorSyncTest.sync(okta, SyncPlan.everything()).snapshot();

      SnapshotDiff diff = SnapshotDiff.between(before, after);
      assertThat(diff.entities(EntityKind.IDENTITY)).anySatisfy(c -> {
        assertThat(c).isInstanceOf(EntityChange.Changed.class);
        assertThat(c.id()).isEqualTo(user);
        assertThat(((EntityChange.Changed) c).fields()).extracting(FieldChange::field).contains("status");
        assertThat(((EntityChange.Changed) c).fields())
            .contains(new FieldChange("status", IdentityStatus.ACTIVE, IdentityStatus.SUSPENDED));
      });
      assertThat(diff.entities(EntityKind.IDENTITY)).anySatisfy(c -> {
        assertThat(c).isInstanceOf(EntityChange.Added.class);
        assertThat(c.id()).isEqualTo(newcomer);
      });
      assertThat(diff.grants(InventoryCollection.MEMBERSHIPS)).contains(
          new GrantChange.Removed(Grant.Membership.of(user, group)));
    }
  }
}
