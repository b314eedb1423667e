package dev.governance.imports;

import dev.governance.core.Connectors;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.testkit.conformance.ConnectorConformance;
import dev.governance.testkit.conformance.SeededInventory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** The {@code file} connector passes the conformance kit, over the CSV export of a snapshot. */
class FileImportConformanceTest extends ConnectorConformance {

  @TempDir Path dir;

  private Fixtures.Export export;

  @Override
  protected SeededInventory seededInventory() {
    Snapshot snapshot = ConformanceFixture.snapshot();
    try {
      export = Fixtures.exportCsv(snapshot, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ConformanceFixture.seeded(snapshot);
  }

  @Override
  protected Connector openConnector() {
    return Connectors.builder().build().open("file", ConnectorContext.builder()
        .setting("entities", export.entities().toString())
        .setting("relations", export.relations().toString())
        .build());
  }

  @Override
  protected List<Object> printedObjects() {
    return List.of(new FileImportProvider());
  }
}
