package dev.governance.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.diff.SnapshotDiff;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export imports back into an equal snapshot, through CSV and through the snapshot JSON format. */
class RoundTripTest {

  private static Snapshot medium;

  @TempDir Path dir;

  @BeforeAll
  static void scanTheMediumTenant() {
    medium = Fixtures.mediumScan();
  }

  @Test
  void theMediumScanExportedAsCsvImportsBackWithNoDifference() throws IOException {
    Fixtures.Export e = Fixtures.exportCsv(medium, dir);

    Snapshot imported = Fixtures.importWith("file", Map.of("entities", e.entities().toString(),
        "relations", e.relations().toString()));

    assertEqual(medium, imported);
  }

  @Test
  void theMediumScanSavedAsASnapshotFileImportsBackWithNoDifference() {
    Path saved = Fixtures.saveSnapshot(dir, medium, true);

    Snapshot imported = Fixtures.importWith("json", Map.of("file", saved.toString()));

    assertEqual(medium, imported);
    assertThat(imported.info().tenant()).isEqualTo(medium.info().tenant());
  }

  @Test
  void everyComponentOfEveryRecordSurvivesTheCsvFiles() throws IOException {
    Snapshot all = Fixtures.everyField();
    Fixtures.Export e = Fixtures.exportCsv(all, dir);

    Snapshot imported = Fixtures.importWith("file", Map.of("entities", e.entities().toString(),
        "relations", e.relations().toString(), "coverage", e.coverage().toString(), "tenant", "acme"));

    assertEqual(all, imported);
    assertThat(imported.info().tenant()).isEqualTo("acme");
  }

  @Test
  void everyComponentOfEveryRecordSurvivesTheSnapshotFile() {
    Snapshot all = Fixtures.everyField();
    Path saved = Fixtures.saveSnapshot(dir, all, false);

    Snapshot imported = Fixtures.importWith("json", Map.of("file", saved.toString()));

    assertEqual(all, imported);
  }

  /** Equal entities, grants and coverage, in the same order, and a diff that finds nothing. */
  private static void assertEqual(Snapshot expected, Snapshot actual) {
    assertThat(actual.coverage()).isEqualTo(expected.coverage());
    for (EntityKind kind : EntityKind.values()) {
      assertThat(new ArrayList<Entity>(actual.entities(kind))).as(kind.name())
          .containsExactlyElementsOf(expected.entities(kind));
    }
    assertThat(actual.grants()).containsExactlyElementsOf(expected.grants());
    assertThat(actual.counts()).isEqualTo(expected.counts());
    SnapshotDiff diff = SnapshotDiff.between(expected, actual);
    assertThat(diff.skipped()).isEmpty();
    assertThat(diff.isEmpty()).as(diff.entities() + " " + diff.grants()).isTrue();
    assertThat(expected.counts().get(InventoryCollection.IDENTITIES)).isPositive();
  }
}
