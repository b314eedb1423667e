package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.core.integration.RegistryStore;
import dev.governance.core.integration.SyncStatus;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.TenantShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrationsSyncCommandTest {

  @TempDir Path home;

  private Run add(FakeOktaTenant tenant, String id, Path token) {
    return Run.of("integrations", "add", "--home", home.toString(), "--id", id, "--org",
        tenant.orgUrl(), "--allow-loopback", "--token-file", token.toString(), "--owner",
        "alice@example.com", "--actor", "alice");
  }

  @Test
  void syncMovesARegisteredTenantToSuccessAndListShowsWhoConnectedItAndWhen() throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.start()) {
      Path token = Files.writeString(home.resolve("token"), tenant.apiToken());
      assertThat(add(tenant, "fake", token).exitCode()).isZero();

      Run sync = Run.of("integrations", "sync", "fake", "--home", home.toString(), "--no-progress",
          "--actor", "scheduler");
      Run list = Run.of("integrations", "list", "--home", home.toString());
      Run json = Run.of("integrations", "list", "--home", home.toString(), "--json");

      assertThat(sync.exitCode()).as(sync.err()).isZero();
      assertThat(sync.out()).contains("status           SUCCESS").contains("by scheduler");
      assertThat(list.out()).contains("first connected  ").contains(" by scheduler")
          .contains("features         APP_GOVERNANCE, POSTURE_SCAN")
          .contains("No last sync took longer than the threshold of 1h 00m");
      JsonNode listed = new ObjectMapper().readTree(json.out());
      JsonNode fake = listed.path("integrations").get(0);
      assertThat(fake.path("status").asText()).isEqualTo("SUCCESS");
      assertThat(fake.path("firstConnected").path("by").asText()).isEqualTo("scheduler");
      assertThat(fake.path("lastSync").path("snapshotId").asText()).startsWith("000001-");
      assertThat(fake.has("lastSyncedAt")).isTrue();
      assertThat(listed.path("mostExcessiveSync").isNull()).isTrue();
      assertThat(RegistryStore.directory(home, Clock.systemUTC()).history("fake"))
          .extracting(SyncStatus::state).containsExactly(SyncStatus.State.NOT_SYNCED,
              SyncStatus.State.IN_PROGRESS, SyncStatus.State.SUCCESS);
    }
  }

  @Test
  void eachSyncSaysWhetherItReadADeltaOrEverythingAndFullForcesEverything() throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).start()) {
      Path token = Files.writeString(home.resolve("token"), tenant.apiToken());
      assertThat(add(tenant, "demo", token).exitCode()).isZero();

      Run first = Run.of("integrations", "sync", "demo", "--home", home.toString(), "--no-progress");
      Run second = Run.of("integrations", "sync", "demo", "--home", home.toString(), "--no-progress", "--json");
      Run forced = Run.of("integrations", "sync", "demo", "--home", home.toString(), "--no-progress", "--full");

      assertThat(first.exitCode()).as(first.err()).isZero();
      assertThat(first.out()).containsPattern("this sync +snapshot 000001-\\S+, full, \\d+ API calls, 0 retries");
      JsonNode delta = new ObjectMapper().readTree(second.out()).get(0).path("thisSync");
      assertThat(delta.path("mode").asText()).isEqualTo("DELTA");
      assertThat(delta.path("description").asText()).startsWith("delta since ");
      assertThat(delta.path("calls").asInt()).isBetween(1, 10);
      assertThat(forced.out()).contains("full (requested)");
    }
  }

  @Test
  void scanSaveOfARegisteredTenantGoesThroughTheRegistry() throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.start()) {
      Path token = Files.writeString(home.resolve("token"), tenant.apiToken());
      assertThat(add(tenant, "acme", token).exitCode()).isZero();

      Run scan = Run.of("scan", "--org", tenant.orgUrl(), "--allow-loopback", "--token-file",
          token.toString(), "--save", "acme", "--home", home.toString(), "--out",
          home.resolve("r").toString(), "--no-progress");
      Run json = Run.of("integrations", "list", "--home", home.toString(), "--json");

      assertThat(scan.exitCode()).as(scan.err()).isZero();
      assertThat(scan.out()).contains("Snapshot saved as acme/000001-");
      JsonNode acme = new ObjectMapper().readTree(json.out()).path("integrations").get(0);
      assertThat(acme.path("status").asText()).isEqualTo("SUCCESS");
      assertThat(acme.path("lastSync").path("snapshotId").asText()).startsWith("000001-");
    }
  }

  @Test
  void aFailingSyncIsRecordedAsAnErrorWithItsReasonAndExitsWithFailure() throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.start()) {
      Path token = Files.writeString(home.resolve("token"), tenant.apiToken());
      assertThat(add(tenant, "fake", token).exitCode()).isZero();
      Files.delete(token);

      Run sync = Run.of("integrations", "sync", "--all", "--home", home.toString(), "--no-progress",
          "--json");

      assertThat(sync.exitCode()).isEqualTo(ExitCodes.FAILURE);
      JsonNode fake = new ObjectMapper().readTree(sync.out()).get(0);
      assertThat(fake.path("status").asText()).isEqualTo("ERROR");
      assertThat(fake.path("reason").asText()).contains("Cannot read the credential");
      assertThat(fake.path("lastSync").path("succeeded").asBoolean()).isFalse();
      assertThat(sync.err()).contains("error: fake: Cannot read the credential");
    }
  }

  @Test
  void aSyncHeldByAnotherProcessIsRefusedAsBusy() throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.start()) {
      Path token = Files.writeString(home.resolve("token"), tenant.apiToken());
      assertThat(add(tenant, "fake", token).exitCode()).isZero();
      RegistryStore.directory(home, Clock.systemUTC())
          .acquire("fake", "worker-7@node-2", "a sync", Duration.ofMinutes(5));

      Run sync = Run.of("integrations", "sync", "fake", "--home", home.toString(), "--no-progress");

      assertThat(sync.exitCode()).isEqualTo(ExitCodes.BUSY);
      assertThat(sync.err()).contains("busy with a sync held by worker-7@node-2");
    }
  }

  @Test
  void aWorkerRoundSyncsEveryDueTenantOnce() throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.start()) {
      Path token = Files.writeString(home.resolve("token"), tenant.apiToken());
      assertThat(add(tenant, "fake", token).exitCode()).isZero();

      Run first = Run.of("integrations", "worker", "--once", "--home", home.toString());
      Run second = Run.of("integrations", "worker", "--once", "--home", home.toString());

      assertThat(first.exitCode()).as(first.err()).isZero();
      assertThat(first.out()).contains("fake IN_PROGRESS").contains("fake SUCCESS").contains("Synced 1 (0 failed)");
      assertThat(second.out()).contains("Synced 0 (0 failed)");
    }
  }
}
