package dev.governance.imports;

import dev.governance.core.Connectors;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.testkit.conformance.ConnectorConformance;
import dev.governance.testkit.conformance.SeededInventory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** The {@code json} connector passes the conformance kit, over a snapshot file. */
class JsonImportConformanceTest extends ConnectorConformance {

  @TempDir Path dir;

  private Path file;

  @Override
  protected SeededInventory seededInventory() {
    Snapshot snapshot = ConformanceFixture.snapshot();
    file = Fixtures.saveSnapshot(dir, snapshot, true);
    return ConformanceFixture.seeded(snapshot);
  }

  @Override
  protected Connector openConnector() {
    return Connectors.builder().build().open("json",
        ConnectorContext.builder().setting("file", file.toString()).build());
  }

  @Override
  protected List<Object> printedObjects() {
    return List.of(new JsonImportProvider());
  }
}
