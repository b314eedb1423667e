package dev.governance.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.Connectors;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.diff.SnapshotDiff;
import dev.governance.core.integration.CredentialReference;
import dev.governance.core.integration.IntegrationSpec;
import dev.governance.core.integration.Integrations;
import dev.governance.core.integration.SecretResolver;
import dev.governance.core.integration.SyncReport;
import dev.governance.core.integration.SyncRequest;
import dev.governance.core.integration.SyncStatus;
import dev.governance.core.model.Entity;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.model.Coverage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import connectors through ServiceLoader and the integration registry. */
class ImportRegistryTest {

  @TempDir Path dir;

  private Integrations registry() {
    return Integrations.builder(dir.resolve("home"))
        .connectors(Connectors.builder().build())
        // the registry asks every integration for a credential; the files need none, so any will do
        .secretResolver(SecretResolver.of(Map.of("UNUSED", "unused")::get, n -> Optional.empty()))
        .clock(Fixtures.CLOCK)
        .build();
  }

  private static IntegrationSpec spec(String provider, Map<String, String> settings) {
    IntegrationSpec.Builder b = IntegrationSpec.builder(provider, "acme-files").id("acme")
        .credential(CredentialReference.environmentVariable("UNUSED"))
        .primaryOwner("alice@example.com");
    settings.forEach(b::setting);
    return b.build();
  }

  @Test
  void serviceLoaderFindsBothProvidersWithTheirSettings() {
    Map<String, ConnectorProvider> providers = Connectors.builder().build().providers();

    assertThat(providers.get("file").settings().settings()).extracting(s -> s.name())
        .containsExactly("entities", "relations", "coverage", "tenant", "maxProblems");
    assertThat(providers.get("json").settings().settings()).extracting(s -> s.name())
        .containsExactly("file", "tenant", "maxProblems");
  }

  @Test
  void theRegistrySyncsAnExportIntoAStoredSnapshotEqualToIt() throws IOException {
    Snapshot all = Fixtures.everyField();
    Fixtures.Export e = Fixtures.exportCsv(all, dir.resolve("export"));
    Integrations registry = registry();
    registry.add(spec("file", Map.of("entities", e.entities().toString(),
        "relations", e.relations().toString())), "alice");

    SyncReport report = registry.sync("acme", SyncRequest.by("scheduler"));

    assertThat(report.integration().status().state()).isEqualTo(SyncStatus.State.SUCCESS);
    Snapshot stored = registry.store().load("acme", report.snapshot().id());
    assertThat(stored.info().tenant()).isEqualTo("acme-files");
    assertThat(SnapshotDiff.between(all, stored).isEmpty()).isTrue();
    assertThat(registry.check("acme", "alice").accessLevel()).isEqualTo(AccessLevel.READ_ONLY);
  }

  @Test
  void aFailingImportStoresNothingAndLeavesThePreviousSnapshotAsItWas() throws IOException {
    Snapshot all = Fixtures.everyField();
    Fixtures.Export e = Fixtures.exportCsv(all, dir.resolve("export"));
    Integrations registry = registry();
    registry.add(spec("file", Map.of("entities", e.entities().toString(),
        "relations", e.relations().toString())), "alice");
    SyncReport first = registry.sync("acme", SyncRequest.by("scheduler"));
    // the last row of relations.csv now names a group that entities.csv does not hold
    List<String> lines = new ArrayList<>(Files.readAllLines(e.relations()));
    lines.add(lines.get(1).replace(",g1,", ",g404,"));
    Files.write(e.relations(), lines);

    assertThatThrownBy(() -> registry.sync("acme", SyncRequest.by("scheduler")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("relations.csv line " + lines.size() + ", column target_id: 'g404' names no GROUP");

    assertThat(registry.store().list("acme")).singleElement()
        .satisfies(s -> assertThat(s.id()).isEqualTo(first.snapshot().id()));
    assertThat(registry.store().unreadable("acme")).isEmpty();
    assertThat(SnapshotDiff.between(all, registry.store().loadLatest("acme").orElseThrow()).isEmpty()).isTrue();
    assertThat(registry.get("acme").status().state()).isEqualTo(SyncStatus.State.ERROR);
  }

  @Test
  void aFailingImportHasAlreadyStreamedRowsWhenItThrowsSoOnlyTheCallerDecidesWhatIsKept() throws IOException {
    Fixtures.Export e = Fixtures.exportCsv(Fixtures.everyField(), dir.resolve("export"));
    List<String> lines = new ArrayList<>(Files.readAllLines(e.relations()));
    lines.add(lines.get(1).replace(",u1,", ",u404,"));
    Files.write(e.relations(), lines);
    List<Object> received = new ArrayList<>();
    InventorySink recording = new InventorySink() {
      @Override
      public void entity(Entity entity) {
        received.add(entity);
      }

      @Override
      public void grant(Grant grant) {
        received.add(grant);
      }

      @Override
      public void coverage(InventoryCollection collection, Coverage coverage) {
        received.add(collection);
      }
    };

    try (var c = Connectors.builder().build().open("file", dev.governance.core.spi.ConnectorContext.builder()
        .setting("entities", e.entities().toString()).setting("relations", e.relations().toString()).build())) {
      assertThatThrownBy(() -> c.collect(SyncPlan.everything(), recording, SyncContext.defaults()))
          .isInstanceOf(InvalidConfigurationException.class);
    }

    // the rows before the problem streamed; no coverage was reported, and the call did not return
    assertThat(received).isNotEmpty().noneMatch(o -> o instanceof InventoryCollection);
  }

  @Test
  void theJsonProviderSyncsThroughTheRegistryToo() {
    Snapshot all = Fixtures.everyField();
    Path file = Fixtures.saveSnapshot(dir.resolve("upload"), all, true);
    Integrations registry = registry();
    registry.add(spec("json", Map.of("file", file.toString())), "alice");

    SyncReport report = registry.sync("acme", SyncRequest.by("scheduler"));

    assertThat(SnapshotDiff.between(all, registry.store().load("acme", report.snapshot().id())).isEmpty()).isTrue();
  }

  @Test
  void theRegistryRefusesAnUnknownSettingBeforeItStoresTheIntegration() {
    Integrations registry = registry();

    assertThatThrownBy(() -> registry.add(spec("file", Map.of("entites", "e.csv")), "alice"))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("did you mean 'entities'");
    assertThat(registry.list()).isEmpty();
  }
}
