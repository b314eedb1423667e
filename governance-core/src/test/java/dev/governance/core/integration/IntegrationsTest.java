package dev.governance.core.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.CancelledException;
import dev.governance.core.ConflictException;
import dev.governance.core.ConnectorFailureException;
import dev.governance.core.Connectors;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.IntegrationBusyException;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.NotFoundException;
import dev.governance.core.Secret;
import dev.governance.core.model.Identity;
import dev.governance.core.spi.CancellationToken;
import dev.governance.core.spi.ConnectorContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrationsTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private static final String TENANT = "https://acme.example.com";

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock(T0);
  private final StubProvider provider = new StubProvider();
  private final Map<String, String> env = new ConcurrentHashMap<>(Map.of(
      "ACME_TOKEN", "acme-secret-1", "ACME_TOKEN_2", "acme-secret-2", "OTHER_TOKEN", "other-secret"));
  private final List<StatusChange> changes = new CopyOnWriteArrayList<>();
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private Integrations registry() {
    provider.tenants.put("other-secret", "https://other.example.com");
    return Integrations.builder(dir)
        .connectors(Connectors.builder().serviceLoader(false).register(provider).build())
        .secretResolver(SecretResolver.of(env::get, name -> Optional.empty()))
        .clock(clock)
        .excessiveSyncDuration(Duration.ofMinutes(10))
        .listener(changes::add)
        .build();
  }

  private static IntegrationSpec.Builder acme() {
    return IntegrationSpec.builder("stub", TENANT)
        .id("acme")
        .credential(CredentialReference.environmentVariable("ACME_TOKEN"))
        .features(IntegrationFeature.APP_GOVERNANCE, IntegrationFeature.POSTURE_SCAN)
        .primaryOwner("alice@acme.com")
        .secondaryOwners("bob@acme.com", "alice@acme.com")
        .description("Production tenant");
  }

  @Test
  void addedIntegrationIsNotSyncedAndKeepsItsDetails() {
    Integration acme = registry().add(acme().build(), "alice@acme.com");
    assertThat(acme.id()).isEqualTo("acme");
    assertThat(acme.status().state()).isEqualTo(SyncStatus.State.NOT_SYNCED);
    assertThat(acme.features()).containsExactly(IntegrationFeature.APP_GOVERNANCE, IntegrationFeature.POSTURE_SCAN);
    assertThat(acme.primaryOwner()).isEqualTo("alice@acme.com");
    assertThat(acme.secondaryOwners()).containsExactly("bob@acme.com");
    assertThat(acme.createdAt()).isEqualTo(T0);
    assertThat(acme.createdBy()).isEqualTo("alice@acme.com");
    assertThat(acme.firstConnected()).isNull();
    assertThat(acme.lastSync()).isNull();
  }

  @Test
  void integrationWithoutPrimaryOwnerIsRefused() {
    assertThatThrownBy(() -> IntegrationSpec.builder("stub", TENANT)
            .credential(CredentialReference.environmentVariable("X")).build())
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("primary owner");
  }

  @Test
  void integrationWithoutCredentialIsRefused() {
    assertThatThrownBy(() -> IntegrationSpec.builder("stub", TENANT).primaryOwner("a").build())
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("credential");
  }

  @Test
  void unknownProviderIsRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> registry().add(IntegrationSpec.builder("azure", TENANT)
            .credential(CredentialReference.named("x")).primaryOwner("o").build(), "o"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("'azure'")
        .hasMessageContaining("[stub]");
  }

  @Test
  void sameTenantTwiceIsAConflictWhateverItsSpelling() {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    IntegrationSpec again = IntegrationSpec.builder("stub", "ACME.example.com/")
        .credential(CredentialReference.environmentVariable("ACME_TOKEN")).primaryOwner("bob").build();
    assertThatThrownBy(() -> registry.add(again, "bob"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("'acme'");
  }

  @Test
  void generatedIdsAreUniqueAndListKeepsTheOrderOfAdding() {
    Integrations registry = registry();
    Integration a = registry.add(IntegrationSpec.builder("stub", "a.example.com")
        .credential(CredentialReference.named("a")).primaryOwner("o").build(), "o");
    Integration b = registry.add(IntegrationSpec.builder("stub", "b.example.com")
        .credential(CredentialReference.named("b")).primaryOwner("o").build(), "o");
    assertThat(a.id()).isNotEqualTo(b.id());
    assertThat(registry.list()).extracting(Integration::id).containsExactly(a.id(), b.id());
    assertThat(registry.get(b.id())).isEqualTo(b);
  }

  @Test
  void unknownIntegrationIsNotFound() {
    assertThatThrownBy(() -> registry().get("nope"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("'nope'");
    assertThat(registry().find("nope")).isEmpty();
  }

  @Test
  void editChangesOnlyWhatItNames() {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    Integration edited = registry.edit("acme", IntegrationEdit.builder()
        .primaryOwner("bob@acme.com").features(IntegrationFeature.POSTURE_SCAN).clearDescription().build());
    assertThat(edited.primaryOwner()).isEqualTo("bob@acme.com");
    assertThat(edited.secondaryOwners()).isEmpty();
    assertThat(edited.features()).containsExactly(IntegrationFeature.POSTURE_SCAN);
    assertThat(edited.description()).isNull();
    assertThat(edited.tenant()).isEqualTo(TENANT);
    assertThat(edited.credential()).isEqualTo(CredentialReference.environmentVariable("ACME_TOKEN"));
    assertThat(registry.get("acme")).isEqualTo(edited);
  }

  @Test
  void editThatMakesASecondaryOwnerPrimaryDropsItFromTheSecondaries() {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    Integration edited = registry.edit("acme", IntegrationEdit.builder().primaryOwner("bob@acme.com").build());
    assertThat(edited.secondaryOwners()).isEmpty();
    assertThat(edited.description()).isEqualTo("Production tenant");
  }

  @Test
  void tenantCannotBeGivenAsASetting() {
    assertThatThrownBy(() -> acme().setting("tenant", "https://evil.example.com").build())
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("reserved");
  }

  @Test
  void blankPrimaryOwnerInAnEditIsRefused() {
    assertThatThrownBy(() -> IntegrationEdit.builder().primaryOwner(" ").build())
        .isInstanceOf(InvalidConfigurationException.class);
  }

  @Test
  void stateSurvivesAReopenAndHoldsNoSecret() throws Exception {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    registry.sync("acme", SyncRequest.by("scheduler"));
    Integration before = registry.get("acme");
    Integration after = registry().get("acme");
    assertThat(after).isEqualTo(before);
    String json = Files.readString(dir.resolve("integrations.json"));
    assertThat(json).contains("ACME_TOKEN").doesNotContain("acme-secret-1");
  }

  @Test
  void syncGoesInProgressThenSuccessAndSavesTheSnapshot() {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    provider.collector = (tenant, sink, context) -> {
      assertThat(registry.get("acme").status().state()).isEqualTo(SyncStatus.State.IN_PROGRESS);
      clock.advance(Duration.ofMinutes(3));
      sink.entity(Identity.of("u1", "alice"));
    };
    SyncReport report = registry.sync("acme", SyncRequest.by("scheduler"));
    Integration acme = report.integration();
    assertThat(acme.status().state()).isEqualTo(SyncStatus.State.SUCCESS);
    assertThat(acme.firstConnected()).isEqualTo(new FirstConnection(T0, "scheduler"));
    assertThat(acme.lastSyncedAt()).isEqualTo(T0.plus(Duration.ofMinutes(3)));
    assertThat(acme.lastSyncDuration()).isEqualTo(Duration.ofMinutes(3));
    assertThat(acme.lastSync().snapshotId()).isEqualTo(report.snapshot().id());
    assertThat(acme.excessiveSync()).isFalse();
    assertThat(changes).extracting(c -> c.current().state())
        .containsExactly(SyncStatus.State.IN_PROGRESS, SyncStatus.State.SUCCESS);
    assertThat(registry.store().loadLatest("acme").orElseThrow().identity("u1")).isPresent();
  }

  @Test
  void connectorGetsTheTenantTheSettingsAndAMaskedSecret() {
    Integrations registry = registry();
    registry.add(acme().setting("clientId", "0oa1").build(), "alice");
    registry.sync("acme", SyncRequest.by("scheduler"));
    ConnectorContext context = provider.contexts.get(0);
    assertThat(context.setting("tenant")).contains(TENANT);
    assertThat(context.setting("clientId")).contains("0oa1");
    Secret secret = context.service(Secret.class).orElseThrow();
    assertThat(secret.reveal()).isEqualTo("acme-secret-1");
    assertThat(secret.toString()).doesNotContain("acme-secret-1");
    assertThat(context.toString()).doesNotContain("acme-secret-1");
  }

  @Test
  void failedSyncRecordsTheReasonAndKeepsTheLastGoodSnapshot() {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    String good = registry.sync("acme", SyncRequest.by("scheduler")).snapshot().id();
    provider.collector = (tenant, sink, context) -> {
      sink.entity(Identity.of("u2", "bob"));
      throw new ConnectorFailureException("HTTP 503 from /api/v1/users", true, null);
    };
    assertThatThrownBy(() -> registry.sync("acme", SyncRequest.by("scheduler")))
        .isInstanceOf(ConnectorFailureException.class);
    Integration acme = registry.get("acme");
    assertThat(acme.status().state()).isEqualTo(SyncStatus.State.ERROR);
    assertThat(acme.status().reason()).contains("HTTP 503");
    assertThat(acme.lastSync().succeeded()).isFalse();
    assertThat(acme.lastSyncedAt()).isNotNull();
    assertThat(registry.store().list("acme")).extracting(s -> s.id()).containsExactly(good);
    assertThat(registry.store().loadLatest("acme").orElseThrow().identity("u2")).isEmpty();
  }

  @Test
  void unexpectedConnectorExceptionBecomesAConnectorFailure() {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    provider.collector = (tenant, sink, context) -> {
      throw new IllegalStateException("bug");
    };
    assertThatThrownBy(() -> registry.sync("acme", SyncRequest.by("s")))
        .isInstanceOf(ConnectorFailureException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(registry.get("acme").status().reason()).isEqualTo("IllegalStateException: bug");
  }

  @Test
  void cancelledSyncIsAnErrorAndSavesNothing() {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    CancellationToken token = new CancellationToken();
    provider.collector = (tenant, sink, context) -> context.cancellation().cancel();
    assertThatThrownBy(() -> registry.sync("acme", SyncRequest.by("s").withCancellation(token)))
        .isInstanceOf(CancelledException.class);
    assertThat(registry.get("acme").status().reason()).startsWith("cancelled");
    assertThat(registry.store().list("acme")).isEmpty();
  }

  @Test
  void secondSyncOfOneIntegrationIsRefusedWhileTheFirstRuns() throws Exception {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    provider.collector = (tenant, sink, context) -> {
      inside.countDown();
      await(release);
    };
    Future<SyncReport> first = pool.submit(() -> registry.sync("acme", SyncRequest.by("one")));
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    assertThatThrownBy(() -> registry.sync("acme", SyncRequest.by("two")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("busy with a sync");
    assertThatThrownBy(() -> registry.delete("acme", TENANT)).isInstanceOf(ConflictException.class);
    release.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS).integration().status().state())
        .isEqualTo(SyncStatus.State.SUCCESS);
    assertThat(registry.sync("acme", SyncRequest.by("two")).integration().lastSync().by()).isEqualTo("two");
  }

  @Test
  void differentIntegrationsSyncInParallel() throws Exception {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    registry.add(IntegrationSpec.builder("stub", "https://beta.example.com").id("beta")
        .credential(CredentialReference.environmentVariable("ACME_TOKEN")).primaryOwner("o").build(), "o");
    CountDownLatch bothInside = new CountDownLatch(2);
    provider.collector = (tenant, sink, context) -> {
      bothInside.countDown();
      await(bothInside);
      sink.entity(Identity.of("u1", tenant));
    };
    Future<SyncReport> a = pool.submit(() -> registry.sync("acme", SyncRequest.by("s")));
    Future<SyncReport> b = pool.submit(() -> registry.sync("beta", SyncRequest.by("s")));
    assertThat(a.get(10, TimeUnit.SECONDS).snapshot().integrationId()).isEqualTo("acme");
    assertThat(b.get(10, TimeUnit.SECONDS).snapshot().integrationId()).isEqualTo("beta");
  }

  @Test
  void aSyncWhoseLeaseIsInForceIsLeftInProgressByAnotherRegistryOnTheSameDirectory() throws Exception {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    provider.collector = (tenant, sink, context) -> {
      inside.countDown();
      await(release);
    };
    Future<SyncReport> running = pool.submit(() -> registry.sync("acme", SyncRequest.by("s")));
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    Integrations other = registry();
    assertThat(other.get("acme").status().state()).isEqualTo(SyncStatus.State.IN_PROGRESS);
    assertThat(other.lease("acme")).get().extracting(Lease::owner).isEqualTo(registry.leaseOwner());
    assertThatThrownBy(() -> other.sync("acme", SyncRequest.by("two")))
        .isInstanceOfSatisfying(IntegrationBusyException.class, e -> {
          assertThat(e.owner()).isEqualTo(registry.leaseOwner());
          assertThat(e.purpose()).isEqualTo("a sync");
        });
    release.countDown();
    assertThat(running.get(10, TimeUnit.SECONDS).integration().status().state())
        .isEqualTo(SyncStatus.State.SUCCESS);
    assertThat(other.lease("acme")).isEmpty();
  }

  @Test
  void syncACrashInterruptedIsRecordedAsAnErrorOnceItsLeaseExpiredAndItsLateSaveIsRefused()
      throws Exception {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    provider.collector = (tenant, sink, context) -> {
      inside.countDown();
      await(release);
    };
    Future<SyncReport> running = pool.submit(() -> registry.sync("acme", SyncRequest.by("s")));
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
    clock.advance(Duration.ofMinutes(3));   // past the two-minute lease: its holder looks dead
    Integration reopened = registry().get("acme");
    assertThat(reopened.status().state()).isEqualTo(SyncStatus.State.ERROR);
    assertThat(reopened.status().reason()).contains("interrupted");
    release.countDown();
    assertThatThrownBy(() -> running.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IntegrationBusyException.class);
    assertThat(registry.store().list("acme")).isEmpty();
    assertThat(registry.history("acme")).extracting(SyncStatus::state).containsExactly(
        SyncStatus.State.NOT_SYNCED, SyncStatus.State.IN_PROGRESS, SyncStatus.State.ERROR);
  }

  @Test
  void excessiveSyncIsFlaggedAndTheMostExcessiveFound() {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    registry.add(IntegrationSpec.builder("stub", "https://beta.example.com").id("beta")
        .credential(CredentialReference.environmentVariable("ACME_TOKEN")).primaryOwner("o").build(), "o");
    registry.add(IntegrationSpec.builder("stub", "https://gamma.example.com").id("gamma")
        .credential(CredentialReference.environmentVariable("ACME_TOKEN")).primaryOwner("o").build(), "o");
    Map<String, Duration> durations = Map.of(TENANT, Duration.ofMinutes(25),
        "https://beta.example.com", Duration.ofMinutes(40), "https://gamma.example.com", Duration.ofMinutes(5));
    provider.collector = (tenant, sink, context) -> clock.advance(durations.get(tenant));
    assertThat(registry.mostExcessiveSync()).isEmpty();
    for (String id : List.of("acme", "beta", "gamma")) {
      registry.sync(id, SyncRequest.by("s"));
    }
    assertThat(registry.get("acme").excessiveSync()).isTrue();
    assertThat(registry.get("gamma").excessiveSync()).isFalse();
    assertThat(registry.mostExcessiveSync()).map(Integration::id).contains("beta");
  }

  @Test
  void failingCredentialIsReplacedByOneThatWorksForTheSameTenant() {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    provider.refused.add("acme-secret-1");
    Integration updated = registry.updateCredential("acme",
        CredentialReference.environmentVariable("ACME_TOKEN_2"), CredentialReplacement.ONLY_IF_CURRENT_FAILS, "bob");
    assertThat(updated.credential()).isEqualTo(CredentialReference.environmentVariable("ACME_TOKEN_2"));
    assertThat(updated.firstConnected()).isEqualTo(new FirstConnection(T0, "bob"));
    assertThat(registry().get("acme").credential()).isEqualTo(updated.credential());
  }

  @Test
  void credentialOfAnotherTenantIsRefusedAndTheOldOneKept() {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    assertThatThrownBy(() -> registry.updateCredential("acme",
            CredentialReference.environmentVariable("OTHER_TOKEN"), CredentialReplacement.REPLACE_WORKING, "bob"))
        .isInstanceOfSatisfying(AuthenticationFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthenticationFailedException.Reason.WRONG_TENANT))
        .hasMessageContaining("https://other.example.com")
        .hasMessageNotContaining("other-secret");
    assertThat(registry.get("acme").credential()).isEqualTo(CredentialReference.environmentVariable("ACME_TOKEN"));
  }

  @Test
  void workingCredentialIsReplacedOnlyWithTheOverride() {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    CredentialReference next = CredentialReference.environmentVariable("ACME_TOKEN_2");
    assertThatThrownBy(() -> registry.updateCredential("acme", next, CredentialReplacement.ONLY_IF_CURRENT_FAILS, "bob"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("REPLACE_WORKING");
    assertThat(registry.get("acme").credential()).isNotEqualTo(next);
    assertThat(registry.updateCredential("acme", next, CredentialReplacement.REPLACE_WORKING, "bob").credential())
        .isEqualTo(next);
  }

  @Test
  void newCredentialThatIsRefusedOrReadsNothingKeepsTheOld() {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    CredentialReference next = CredentialReference.environmentVariable("ACME_TOKEN_2");
    provider.refused.add("acme-secret-2");
    assertThatThrownBy(() -> registry.updateCredential("acme", next, CredentialReplacement.REPLACE_WORKING, "bob"))
        .isInstanceOf(AuthenticationFailedException.class);
    provider.refused.clear();
    provider.readNothing.add("acme-secret-2");
    assertThatThrownBy(() -> registry.updateCredential("acme", next, CredentialReplacement.REPLACE_WORKING, "bob"))
        .isInstanceOf(InsufficientPermissionException.class)
        .hasMessageContaining("grant something");
    assertThat(registry.get("acme").credential()).isEqualTo(CredentialReference.environmentVariable("ACME_TOKEN"));
  }

  @Test
  void missingEnvironmentVariableIsNamedAndTheSyncIsAnError() {
    Integrations registry = registry();
    registry.add(acme().credential(CredentialReference.environmentVariable("UNSET_TOKEN")).build(), "alice");
    assertThatThrownBy(() -> registry.sync("acme", SyncRequest.by("s")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("UNSET_TOKEN");
    assertThat(registry.get("acme").status().reason()).contains("UNSET_TOKEN");
  }

  @Test
  void checkRecordsTheFirstConnectionOnce() {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    assertThat(registry.check("acme", "alice").principal()).isEqualTo("stub");
    clock.advance(Duration.ofHours(1));
    registry.check("acme", "bob");
    assertThat(registry.get("acme").firstConnected()).isEqualTo(new FirstConnection(T0, "alice"));
  }

  @Test
  void deleteNeedsTheTenantAsConfirmationAndRemovesTheSnapshots() {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");
    registry.sync("acme", SyncRequest.by("s"));
    assertThatThrownBy(() -> registry.delete("acme", "yes"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining(TENANT);
    assertThat(registry.store().list("acme")).hasSize(1);
    registry.delete("acme", TENANT);
    assertThat(registry.find("acme")).isEmpty();
    assertThat(registry.store().list("acme")).isEmpty();
    assertThat(registry().find("acme")).isEmpty();
  }

  @Test
  void listenerThatThrowsDoesNotBreakTheSync() {
    Integrations registry = registry();
    registry.addListener(c -> {
      throw new IllegalStateException("listener bug");
    });
    registry.add(acme().build(), "alice");
    assertThat(registry.sync("acme", SyncRequest.by("s")).integration().status().state())
        .isEqualTo(SyncStatus.State.SUCCESS);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
