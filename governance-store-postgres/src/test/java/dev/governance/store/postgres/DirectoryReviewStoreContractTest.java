package dev.governance.store.postgres;

import dev.governance.core.review.DirectoryReviewStore;
import dev.governance.core.review.ReviewStore;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The review store contract against the embedded default: a directory shared by two views. */
class DirectoryReviewStoreContractTest extends ReviewStoreContract {

  @TempDir Path dir;

  @Override
  ReviewStore open() {
    return DirectoryReviewStore.open(dir);
  }
}
