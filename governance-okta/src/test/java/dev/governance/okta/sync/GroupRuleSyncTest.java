package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.AuthorizationMode;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.api.GroupRuleApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.model.CreateGroupRuleRequest;
import com.okta.sdk.resource.model.GroupRuleAction;
import com.okta.sdk.resource.model.GroupRuleConditions;
import com.okta.sdk.resource.model.GroupRuleExpression;
import com.okta.sdk.resource.model.GroupRuleGroupAssignment;
import dev.governance.core.access.AccessGraph;
import dev.governance.core.access.AccessPath;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.RuleStatus;
import dev.governance.core.spi.SyncPlan;
import dev.governance.okta.OktaConnector;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.testkit.okta.AppStatus;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.OktaSignOnMode;
import dev.governance.testkit.okta.TenantFixtures;
import dev.governance.testkit.okta.UserStatus;
import dev.governance.testkit.okta.junit.FakeOktaTenantExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A group rule made and activated through okta-sdk-java's typed API, evaluated by the fake tenant,
 * as the connector reads it: the rule with its target group and expression, and the membership the
 * rule made, with the rule as its provenance.
 */
class GroupRuleSyncTest {

  @RegisterExtension
  final FakeOktaTenantExtension fake = FakeOktaTenantExtension.of(b -> b.seed(5));

  private static ApiClient sdk(FakeOktaTenant tenant) {
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    return Clients.builder().setOrgUrl(tenant.orgUrl()).setAuthorizationMode(AuthorizationMode.SSWS)
        .setClientCredentials(new TokenClientCredentials(tenant.apiToken()))
        .setCacheManager(Caches.newDisabledCacheManager()).setConnectionTimeout(10).build();
  }

  private static CreateGroupRuleRequest rule(String name, String expression, String groupId) {
    GroupRuleExpression e = new GroupRuleExpression();
    e.setType("urn:okta:expression:1.0");
    e.setValue(expression);
    GroupRuleConditions conditions = new GroupRuleConditions();
    conditions.setExpression(e);
    GroupRuleGroupAssignment assign = new GroupRuleGroupAssignment();
    assign.setGroupIds(List.of(groupId));
    GroupRuleAction actions = new GroupRuleAction();
    actions.setAssignUserToGroups(assign);
    CreateGroupRuleRequest r = new CreateGroupRuleRequest();
    r.setType(CreateGroupRuleRequest.TypeEnum.GROUP_RULE);
    r.setName(name);
    r.setConditions(conditions);
    r.setActions(actions);
    return r;
  }

  @Test
  void aRuleActivatedThroughTheSdkIsSyncedWithTheMembershipItMade() throws Exception {
    FakeOktaTenant tenant = fake.tenant();
    TenantFixtures f = tenant.fixtures();
    String alice = f.addUser("alice@example.com", UserStatus.ACTIVE, "Alice", "Able", Map.of("department", "Sales"));
    String bob = f.addUser("bob@example.com", UserStatus.ACTIVE, "Bob", "Baker", Map.of("department", "Finance"));
    String sales = f.addGroup("Sales", OktaGroupType.OKTA_GROUP);
    GroupRuleApi rules = new GroupRuleApi(sdk(tenant));
    String ruleId = rules.createGroupRule(rule("Sales by department", "user.department==\"Sales\"", sales)).getId();
    rules.activateGroupRule(ruleId);

    try (OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      OktaConnectorSyncTest.Synced s = OktaConnectorSyncTest.sync(okta, SyncPlan.everything());

      assertThat(s.snapshot().groupRules()).singleElement().satisfies(rule -> {
        assertThat(rule.id()).isEqualTo(ruleId);
        assertThat(rule.status()).isEqualTo(RuleStatus.ACTIVE);
        assertThat(rule.targetGroupIds()).containsExactly(sales);
        assertThat(rule.expression()).isEqualTo("user.department==\"Sales\"");
      });
      assertThat(s.snapshot().grants(Grant.Membership.class).filter(m -> m.groupId().equals(sales)))
          .extracting(Grant.Membership::memberId).containsExactly(alice).doesNotContain(bob);
    }
  }

  private static Provenance provenance(Snapshot s, String user, String group) {
    return s.grants(Grant.Membership.class).filter(m -> m.memberId().equals(user) && m.groupId().equals(group))
        .findFirst().orElseThrow().provenance();
  }

  @Test
  void theMembershipAnActiveRuleMadeHasTheRuleAsProvenanceAndTheAppComesThroughTheRule() throws Exception {
    FakeOktaTenant tenant = fake.tenant();
    TenantFixtures f = tenant.fixtures();
    String alice = f.addUser("alice@example.com", UserStatus.ACTIVE, "Alice", "Able", Map.of("department", "Sales"));
    String carol = f.addUser("carol@example.com", UserStatus.ACTIVE, "Carol", "Cole", Map.of("department", "Legal"));
    String sales = f.addGroup("Sales", OktaGroupType.OKTA_GROUP);
    String crm = f.addApp("CRM", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
    f.assignGroup(crm, sales);
    GroupRuleApi rules = new GroupRuleApi(sdk(tenant));
    String ruleId = rules.createGroupRule(rule("Sales by department",
        "user.department==\"Sales\" || String.startsWith(user.department, \"Sales \")", sales)).getId();
    rules.activateGroupRule(ruleId);
    f.addMember(sales, carol);

    try (OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      Snapshot s = OktaConnectorSyncTest.sync(okta, SyncPlan.everything()).snapshot();

      assertThat(provenance(s, alice, sales)).isEqualTo(Provenance.viaGroupRule(ruleId));
      assertThat(provenance(s, carol, sales)).isEqualTo(Provenance.direct());
      AccessGraph graph = AccessGraph.of(s);
      assertThat(graph.access(alice, EntityKind.APPLICATION, crm).orElseThrow().paths())
          .extracting(AccessPath::kind).containsExactly(AccessPath.Kind.VIA_GROUP_RULE);
      assertThat(graph.access(carol, EntityKind.APPLICATION, crm).orElseThrow().paths())
          .extracting(AccessPath::kind).containsExactly(AccessPath.Kind.VIA_GROUP);
    }
  }

  @Test
  void anInactiveRuleMakesNoMembershipTheRules() throws Exception {
    FakeOktaTenant tenant = fake.tenant();
    TenantFixtures f = tenant.fixtures();
    String dan = f.addUser("dan@example.com", UserStatus.ACTIVE, "Dan", "Dale", Map.of("department", "Sales"));
    String sales = f.addGroup("Sales", OktaGroupType.OKTA_GROUP);
    GroupRuleApi rules = new GroupRuleApi(sdk(tenant));
    String ruleId = rules.createGroupRule(rule("Sales by department", "user.department==\"Sales\"", sales)).getId();
    f.addMember(sales, dan);

    try (OktaConnector okta = OktaConnectorSyncTest.open(tenant, tenant.apiToken())) {
      Snapshot s = OktaConnectorSyncTest.sync(okta, SyncPlan.everything()).snapshot();

      assertThat(s.groupRules()).singleElement().satisfies(r -> {
        assertThat(r.id()).isEqualTo(ruleId);
        assertThat(r.status()).isEqualTo(RuleStatus.INACTIVE);
      });
      assertThat(provenance(s, dan, sales)).isEqualTo(Provenance.direct());
    }
  }
}
