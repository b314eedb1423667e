package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.report.ReportOptions;
import dev.governance.core.report.Reports;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvAheadTest {

  @TempDir Path out;

  private final Reports reports = new Reports(ReportOptions.defaults());

  @Test
  void theCsvFilesWrittenAheadReplaceTheOldOnesOnlyWhenCommitted() throws IOException {
    Files.writeString(out.resolve(Reports.ENTITIES), "old");
    Snapshot snapshot = sample();
    List<Reports.Written> placed;
    try (CsvAhead csv = new CsvAhead(reports, out)) {
      csv.start(snapshot);
      placed = csv.commit(snapshot);
    }

    assertThat(placed).extracting(w -> w.file().getFileName().toString())
        .containsExactly(Reports.ENTITIES, Reports.RELATIONS, Reports.COVERAGE);
    assertThat(placed).allMatch(w -> w.file().getParent().equals(out) && Files.exists(w.file()));
    assertThat(Files.readString(out.resolve(Reports.ENTITIES))).isNotEqualTo("old").startsWith("kind,");
    assertThat(listing()).containsExactlyInAnyOrder(Reports.ENTITIES, Reports.RELATIONS, Reports.COVERAGE);
  }

  @Test
  void aScanThatFailsBeforeItsReportsLeavesTheReportDirectoryAsItWas() throws IOException {
    Files.writeString(out.resolve(Reports.ENTITIES), "old");
    try (CsvAhead csv = new CsvAhead(reports, out)) {
      csv.start(sample());
      // the rules fail here, say: the scan ends without committing
    }

    assertThat(Files.readString(out.resolve(Reports.ENTITIES))).isEqualTo("old");
    assertThat(listing()).containsExactly(Reports.ENTITIES);
  }

  @Test
  void filesNotStartedFromTheReportedSnapshotAreWrittenThen() throws IOException {
    Snapshot reported = sample();
    try (CsvAhead csv = new CsvAhead(reports, out)) {
      assertThat(csv.commit(reported)).hasSize(3);
    }

    assertThat(listing()).containsExactlyInAnyOrder(Reports.ENTITIES, Reports.RELATIONS, Reports.COVERAGE);
  }

  private static Snapshot sample() {
    SnapshotBuilder builder = Snapshot.builder("https://acme.okta.com", "okta");
    builder.entity(Identity.of("00u1", "ann@example.com"));
    builder.coverage(InventoryCollection.IDENTITIES, Coverage.complete());
    return builder.build();
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
