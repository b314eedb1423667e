package dev.governance.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.CancelledException;
import dev.governance.core.ConnectorFailureException;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.RateLimitedException;
import dev.governance.core.Secret;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.CancellationToken;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.testkit.scim.FakeScimServer;
import dev.governance.testkit.scim.ScimAccess;
import dev.governance.testkit.scim.ScimFault;
import dev.governance.testkit.scim.ScimFaultRule;
import dev.governance.testkit.scim.ScimShape;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Credentials refused, permissions missing, and faults with retries, against the fake server. */
class ScimConnectorFailureTest {
  private final Connectors connectors = new Connectors();

  @Test
  void refusedCredentialsEndTheSyncAndTheCheckWithoutTheSecret() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL).start();
        ScimConnector scim = connectors.open(connectors.options(server, "not-the-token-123").build())) {
      assertThatThrownBy(() -> Connectors.read(scim, SyncPlan.everything()))
          .isInstanceOfSatisfying(AuthenticationFailedException.class, e -> {
            assertThat(e.tenant()).isEqualTo(server.baseUrl());
            assertThat(e.getMessage()).contains("401").doesNotContain("not-the-token-123");
          });
      assertThatThrownBy(scim::check).isInstanceOf(AuthenticationFailedException.class);
      assertThat(scim.toString()).doesNotContain("not-the-token-123");
      assertThat(scim.options().toString()).doesNotContain("not-the-token-123");
    }
  }

  @Test
  void basicAuthenticationWorksAndAWrongPasswordIsRefused() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL).basicAuth("svc", "pa55-word")
        .start()) {
      ScimConnectorOptions.Builder b = connectors.options(server, "unused");
      try (ScimConnector good = connectors.open(b.credentials(ScimCredentials.basic("svc",
          Secret.of("pa55-word"))).build())) {
        assertThat(Connectors.read(good, SyncPlan.of(InventoryCollection.IDENTITIES)).identities()).hasSize(12);
        assertThat(good.check().principal()).contains("svc").doesNotContain("pa55-word");
      }
      try (ScimConnector bad = connectors.open(b.credentials(ScimCredentials.basic("svc",
          Secret.of("wrong-pass"))).build())) {
        assertThatThrownBy(() -> Connectors.read(bad, SyncPlan.everything()))
            .isInstanceOf(AuthenticationFailedException.class)
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-pass"));
        assertThat(bad.options().credentials().toString()).doesNotContain("wrong-pass");
      }
    }
  }

  @Test
  void aTokenLimitedToUsersLeavesGroupsUnavailableForLackOfPermission() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL).start();
        ScimConnector scim = connectors.open(connectors.options(server,
            server.issueToken(ScimAccess.only("User").readOnlyCopy())).build())) {
      Snapshot s = Connectors.read(scim, SyncPlan.everything());
      assertThat(s.identities()).hasSize(12);
      for (InventoryCollection c : List.of(InventoryCollection.GROUPS, InventoryCollection.MEMBERSHIPS)) {
        assertThat(s.coverage(c)).isInstanceOfSatisfying(Coverage.Unavailable.class, u -> {
          assertThat(u.cause()).isEqualTo(Coverage.Cause.PERMISSION);
          assertThat(u.missingPermissions()).containsExactly("read Group resources");
        });
      }
      Preflight p = scim.check();
      assertThat(p.collection(InventoryCollection.IDENTITIES).readable()).isTrue();
      assertThat(p.collection(InventoryCollection.GROUPS).readable()).isFalse();
      assertThat(p.accessLevel()).isEqualTo(AccessLevel.PARTIAL);
      assertThat(p.action(LifecycleAction.Kind.DEACTIVATE_IDENTITY).permitted()).isFalse();
      assertThat(p.advice()).anyMatch(a -> a.contains("Group"));
    }
  }

  @Test
  void thePreflightSaysReadOnlyForAReadOnlyTokenAndLifecycleForAFullOne() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL).start()) {
      try (ScimConnector reader = connectors.open(connectors.options(server,
          server.issueToken(ScimAccess.readOnly())).build())) {
        Preflight p = reader.check();
        assertThat(p.accessLevel()).isEqualTo(AccessLevel.READ_ONLY);
        assertThat(p.action(LifecycleAction.Kind.REMOVE_MEMBERSHIP).permitted()).isFalse();
        assertThat(p.apiCalls()).isPositive();
      }
      long before = server.fixtures().userCount();
      try (ScimConnector writer = connectors.open(server)) {
        Preflight p = writer.check();
        assertThat(p.accessLevel()).isEqualTo(AccessLevel.LIFECYCLE);
        assertThat(p.action(LifecycleAction.Kind.REMOVE_MEMBERSHIP).permitted()).isTrue();
        assertThat(p.action(LifecycleAction.Kind.SUSPEND_IDENTITY).permitted()).isFalse();
        assertThat(p.principal()).isEqualTo("a bearer token");
      }
      assertThat(server.fixtures().userCount()).as("the check changed nothing").isEqualTo(before);
    }
  }

  @Test
  void aRateLimitIsWaitedOutForItsRetryAfterThenGivenUpAfterTheRetries() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL)
        .fault(ScimFaultRule.nth("/Users", 1, new ScimFault.RateLimited(Duration.ofSeconds(2))).times(2))
        .start();
        ScimConnector scim = connectors.open(server)) {
      SnapshotBuilder sink = Snapshot.builder(scim.tenant(), scim.id());
      SyncResult r = scim.collect(SyncPlan.of(InventoryCollection.IDENTITIES), sink, SyncContext.defaults());
      assertThat(sink.build().identities()).hasSize(12);
      assertThat(connectors.sleeps).containsExactly(2_000L, 2_000L);
      assertThat(r.retries()).isEqualTo(2);
    }
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL)
        .fault(ScimFaultRule.always("/Users", new ScimFault.RateLimited(Duration.ofSeconds(3))))
        .start();
        ScimConnector scim = connectors.open(connectors.options(server, server.token()).maxRetries(2).build())) {
      Snapshot s = Connectors.read(scim, SyncPlan.of(InventoryCollection.IDENTITIES));
      assertThat(s.coverage(InventoryCollection.IDENTITIES)).isInstanceOfSatisfying(Coverage.Unavailable.class,
          u -> assertThat(u.cause()).isEqualTo(Coverage.Cause.FAULT));
      assertThat(server.journal().entries(e -> e.path().equals("/Users"))).hasSize(3);
    }
  }

  @Test
  void aRetryAfterLongerThanAllowedFailsAtOnceAsRateLimited() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL)
        .fault(ScimFaultRule.always("/Groups/*", new ScimFault.RateLimited(Duration.ofMinutes(5))))
        .start();
        ScimConnector scim = connectors.open(connectors.options(server, server.token())
            .maxRetryAfter(Duration.ofSeconds(30)).build())) {
      String g = server.fixtures().groupIds().get(0);
      String u = server.fixtures().members(g).get(0);
      assertThatThrownBy(() -> scim.apply(new LifecycleAction.RemoveMembership(u, g)))
          .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.bucket()).isEqualTo("scim"));
      assertThat(connectors.sleeps).isEmpty();
    }
  }

  @Test
  void serverErrorsAreRetriedAndALaterPageThatKeepsFailingMakesThePartial() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL)
        .fault(ScimFaultRule.nth("/Users", 1, new ScimFault.Status(503)).times(2))
        .fault(ScimFaultRule.always("/Groups", new ScimFault.Status(502)).laterPages())
        .start();
        ScimConnector scim = connectors.open(connectors.options(server, server.token()).pageSize(2).build())) {
      Snapshot s = Connectors.read(scim, SyncPlan.everything());
      assertThat(s.identities()).hasSize(12);
      assertThat(s.coverage(InventoryCollection.IDENTITIES)).isEqualTo(Coverage.complete());
      assertThat(s.groups()).hasSize(2);
      assertThat(s.coverage(InventoryCollection.GROUPS)).isInstanceOfSatisfying(Coverage.Partial.class, p -> {
        assertThat(p.cause()).isEqualTo(Coverage.Cause.FAULT);
        assertThat(p.reason()).contains("2 groups read before a failure").contains("502");
      });
      assertThat(s.coverage(InventoryCollection.MEMBERSHIPS).lostToFault()).isTrue();
      assertThat(connectors.sleeps).startsWith(10L, 20L);
    }
  }

  @Test
  void brokenConnectionsAndBadJsonAreRetriedThenFailedAsAConnectorFailure() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL)
        .fault(ScimFaultRule.nth("/Users", 1, new ScimFault.ConnectionReset()))
        .fault(ScimFaultRule.nth("/Users", 2, new ScimFault.MalformedJson()))
        .start();
        ScimConnector scim = connectors.open(server)) {
      Snapshot s = Connectors.read(scim, SyncPlan.of(InventoryCollection.IDENTITIES));
      assertThat(s.identities()).hasSize(12);
      // java.net.http resends a GET whose connection was reset once by itself; the bad body is ours.
      assertThat(server.journal().entries(e -> e.path().equals("/Users")))
          .extracting(dev.governance.testkit.scim.ScimJournalEntry::status).startsWith(0).endsWith(200);
      assertThat(connectors.sleeps).isNotEmpty();
    }
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL)
        .fault(ScimFaultRule.always("/Users/*", new ScimFault.ConnectionReset())).start();
        ScimConnector scim = connectors.open(connectors.options(server, server.token()).maxRetries(1).build())) {
      String id = server.fixtures().userIds().get(0);
      assertThatThrownBy(() -> scim.apply(new LifecycleAction.DeactivateIdentity(id)))
          .isInstanceOfSatisfying(ConnectorFailureException.class, e -> assertThat(e.retryable()).isTrue());
    }
  }

  @Test
  void aForbiddenWriteIsAnInsufficientPermissionNamingWhatIsMissing() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL).start();
        ScimConnector scim = connectors.open(connectors.options(server,
            server.issueToken(ScimAccess.readOnly())).build())) {
      String id = server.fixtures().userIds().get(0);
      assertThatThrownBy(() -> scim.apply(new LifecycleAction.DeactivateIdentity(id)))
          .isInstanceOfSatisfying(InsufficientPermissionException.class,
              e -> assertThat(e.missingPermissions()).containsExactly("write User resources"));
      assertThat(server.fixtures().isActive(id)).isTrue();
    }
  }

  @Test
  void aCancelledSyncStopsBetweenPages() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL).start();
        ScimConnector scim = connectors.open(connectors.options(server, server.token()).pageSize(3).build())) {
      CancellationToken token = new CancellationToken();
      SnapshotBuilder sink = Snapshot.builder(scim.tenant(), scim.id());
      SyncContext context = SyncContext.builder().cancellation(token)
          .progress(e -> {
            if (e.itemsSoFar() >= 6) {
              token.cancel();
            }
          }).build();
      assertThatThrownBy(() -> scim.collect(SyncPlan.everything(), sink, context))
          .isInstanceOf(CancelledException.class);
      assertThat(server.journal().entries(e -> e.path().equals("/Users"))).hasSize(2);
    }
  }
}
