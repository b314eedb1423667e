package dev.governance.testkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.CancelledException;
import dev.governance.core.ConflictException;
import dev.governance.core.Connectors;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.NotFoundException;
import dev.governance.core.access.Access;
import dev.governance.core.access.AccessGraph;
import dev.governance.core.access.AccessPath;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.ActionResult;
import dev.governance.core.spi.CancellationToken;
import dev.governance.core.spi.CollectionAccess;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.LifecycleConnector;
import dev.governance.core.spi.ProgressEvent;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class InMemoryConnectorTest {

  private static Snapshot sync(Connector connector, SyncPlan plan) {
    SnapshotBuilder builder = Snapshot.builder(connector.tenant(), connector.id());
    connector.collect(plan, builder, SyncContext.defaults());
    return builder.build();
  }

  @Test
  void theReferenceProviderIsFoundThroughTheServiceLoader() {
    Connectors connectors = Connectors.builder().build();
    assertThat(connectors.provider(InMemoryConnector.ID))
        .get()
        .isInstanceOf(InMemoryConnectorProvider.class);
  }

  @Test
  void opensTheSampleFixtureFromASetting() {
    Connectors connectors = Connectors.builder().build();
    try (Connector connector =
        connectors.open("in-memory", ConnectorContext.builder().setting("fixture", "sample").build())) {
      assertThat(connector.tenant()).isEqualTo(SampleFixture.TENANT);
      Snapshot snapshot = sync(connector, SyncPlan.everything());
      assertThat(snapshot.identities()).hasSize(4);
      assertThat(snapshot.coverage().values()).allMatch(Coverage::isComplete);
    }
  }

  @Test
  void refusesToOpenWithoutAFixtureAndSaysHowToGiveOne() {
    Connectors connectors = Connectors.builder().build();
    assertThatThrownBy(() -> connectors.open("in-memory", ConnectorContext.builder().build()))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("set fixture=sample");
  }

  @Test
  void theReferenceProviderDescribesItsSettingsAndRefusesAnUnknownFixture() {
    InMemoryConnectorProvider provider = new InMemoryConnectorProvider();

    assertThat(provider.settings().settings()).extracting(s -> s.name()).containsExactly("fixture", "tenant");
    assertThatThrownBy(() -> provider.open(ConnectorContext.builder().setting("fixture", "large").build()))
        .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.setting()).isEqualTo("fixture"))
        .hasMessage("The setting 'fixture' must be sample, was 'large'");
    assertThatThrownBy(() -> provider.open(ConnectorContext.builder().setting("fixtures", "sample").build()))
        .hasMessageContaining("did you mean 'fixture'?");
  }

  @Test
  void aForbiddenCollectionIsUnavailableWhileTheOthersAreComplete() {
    InMemoryFixture fixture = InMemoryFixture.builder("memory://t")
        .entities(Identity.of("u1", "a@x"))
        .forbid(InventoryCollection.ROLE_ASSIGNMENTS)
        .build();
    try (InMemoryConnector connector = new InMemoryConnector(fixture, Clock.systemUTC())) {
      Snapshot snapshot = sync(connector, SyncPlan.of(InventoryCollection.IDENTITIES, InventoryCollection.ROLE_ASSIGNMENTS));
      assertThat(snapshot.coverage(InventoryCollection.IDENTITIES).isComplete()).isTrue();
      assertThat(snapshot.coverage(InventoryCollection.ROLE_ASSIGNMENTS)).isInstanceOf(Coverage.Unavailable.class);
      assertThat(snapshot.coverage(InventoryCollection.GROUPS)).isEqualTo(Coverage.notRequested());
      assertThat(connector.check().accessLevel()).isEqualTo(AccessLevel.PARTIAL);
      assertThat(connector.check().collection(InventoryCollection.ROLE_ASSIGNMENTS))
          .isInstanceOf(CollectionAccess.Forbidden.class);
    }
  }

  @Test
  void reportsProgressPerCollectionAndStopsWhenCancelled() {
    List<ProgressEvent> events = new CopyOnWriteArrayList<>();
    try (InMemoryConnector connector = new InMemoryConnector(SampleFixture.create(), Clock.systemUTC())) {
      connector.collect(SyncPlan.everything(), Snapshot.builder("t", "c"),
          SyncContext.builder().progress(events::add).build());
      assertThat(events).hasSize(InventoryCollection.values().length);

      CancellationToken token = new CancellationToken();
      token.cancel();
      assertThatThrownBy(() -> connector.collect(SyncPlan.everything(), Snapshot.builder("t", "c"),
              SyncContext.builder().cancellation(token).build()))
          .isInstanceOf(CancelledException.class);
    }
  }

  @Test
  void theSampleTellsEveryKindOfPathApart() {
    try (InMemoryConnector connector = new InMemoryConnector(SampleFixture.create(), Clock.systemUTC())) {
      AccessGraph graph = AccessGraph.of(sync(connector, SyncPlan.everything()));
      Access bobGithub = graph.access("u-bob", EntityKind.APPLICATION, "a-github").orElseThrow();
      assertThat(bobGithub.paths()).singleElement()
          .satisfies(p -> assertThat(p.groups()).containsExactly("g-platform", "g-eng"));
      Access daveGithub = graph.access("u-dave", EntityKind.APPLICATION, "a-github").orElseThrow();
      assertThat(daveGithub.paths().get(0).kind()).isEqualTo(AccessPath.Kind.VIA_GROUP_RULE);
      assertThat(graph.whoReaches(EntityKind.ROLE, "READ_ONLY_ADMIN")).extracting(Access::identityId)
          .containsExactlyInAnyOrder("u-bob", "u-dave");
    }
  }

  @Test
  void lifecycleActionsFollowTheRulesAProviderEnforces() {
    try (LifecycleConnector connector = new InMemoryConnector(SampleFixture.create(), Clock.systemUTC())) {
      assertThat(connector.apply(new LifecycleAction.RemoveMembership("u-bob", "g-platform")).outcome())
          .isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(connector.apply(new LifecycleAction.RemoveMembership("u-bob", "g-platform")).outcome())
          .isEqualTo(ActionResult.Outcome.ALREADY_DONE);
      assertThatThrownBy(() -> connector.apply(new LifecycleAction.RemoveMembership("u-bob", "g-ad-sales")))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining("managed by its source");
      assertThatThrownBy(() -> connector.apply(new LifecycleAction.UnassignApplication("u-bob", "a-salesforce")))
          .isInstanceOf(ConflictException.class)
          .hasMessageContaining("through a group");
      assertThat(connector.apply(new LifecycleAction.UnassignApplication("u-carol", "a-salesforce")).outcome())
          .isEqualTo(ActionResult.Outcome.APPLIED);
      assertThatThrownBy(() -> connector.apply(new LifecycleAction.SuspendIdentity("u-carol")))
          .isInstanceOf(ConflictException.class);
      assertThat(connector.apply(new LifecycleAction.SuspendIdentity("u-bob")).outcome())
          .isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(connector.apply(new LifecycleAction.RevokeScopeGrant("a-reporter", "oag-2")).outcome())
          .isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(connector.apply(new LifecycleAction.RevokeApiToken("t-ci")).outcome())
          .isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(connector.apply(new LifecycleAction.RevokeApiToken("t-ci")).outcome())
          .isEqualTo(ActionResult.Outcome.ALREADY_DONE);
      assertThatThrownBy(() -> connector.apply(new LifecycleAction.RevokeApiToken("t-never")))
          .isInstanceOf(NotFoundException.class);
      assertThat(connector.apply(new LifecycleAction.ReactivateIdentity("u-carol")).outcome())
          .isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(connector.apply(new LifecycleAction.ReactivateIdentity("u-carol")).outcome())
          .isEqualTo(ActionResult.Outcome.ALREADY_DONE);
      assertThatThrownBy(() -> connector.apply(new LifecycleAction.ReactivateIdentity("u-bob")))
          .isInstanceOf(ConflictException.class).hasMessageContaining("DEACTIVATED");

      Snapshot after = sync(connector, SyncPlan.everything());
      assertThat(after.identity("u-bob").map(Identity::status)).contains(IdentityStatus.SUSPENDED);
      assertThat(after.identity("u-carol").map(Identity::status)).contains(IdentityStatus.ACTIVE);
      assertThat(after.apiTokens()).isEmpty();
      assertThat(after.scopeGrantsTo("okta.users.manage")).isEmpty();
      assertThat(AccessGraph.of(after).access("u-bob", EntityKind.APPLICATION, "a-github")).isEmpty();
    }
  }

  @Test
  void aClosedConnectorRefusesWork() {
    InMemoryConnector connector = new InMemoryConnector(SampleFixture.create(), Clock.systemUTC());
    connector.close();
    assertThatThrownBy(connector::check).hasMessageContaining("closed");
  }
}
