package dev.governance.store.postgres;

import dev.governance.core.integration.RegistryStore;
import dev.governance.core.store.FileSnapshotStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract against the embedded default: a directory shared by two registry views. */
class DirectoryStoreContractTest extends StoreContract {

  @TempDir Path home;

  @Override
  Stores open() {
    return new Stores(RegistryStore.directory(home, clock),
        FileSnapshotStore.builder(home.resolve("snapshots")).clock(clock).build());
  }
}
