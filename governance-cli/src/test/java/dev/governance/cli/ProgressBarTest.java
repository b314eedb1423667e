package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.ProgressEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  static ProgressEvent event(InventoryCollection c, long items, int users, int apps, long planned, Duration left) {
    return new ProgressEvent(c, items, Map.of("/api/v1/users", users, "/api/v1/apps*", apps), planned, left);
  }

  @Test
  void aLineShowsCallsAgainstThePlanTheCollectionEveryBucketAndTheTimeLeft() {
    String line = ProgressBar.line(event(InventoryCollection.APP_ASSIGNMENTS, 120, 3, 9, 24, Duration.ofSeconds(75)));

    assertThat(line).isEqualTo("[############------------] 12/24 calls  app assignments 120  "
        + "(/api/v1/apps* 9, /api/v1/users 3)  ~1m15s left");
  }

  @Test
  void withoutAPlanOnlyCallsAreCountedAndNoTimeIsGuessed() {
    assertThat(ProgressBar.line(event(InventoryCollection.GROUPS, 12, 1, 0, 0, Duration.ZERO)))
        .isEqualTo("1 calls  groups 12  (/api/v1/apps* 0, /api/v1/users 1)");
  }

  @Test
  void outsideATerminalALineIsPrintedAtMostEveryTwoSeconds() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), false, now::get);

    bar.onProgress(event(InventoryCollection.IDENTITIES, 10, 1, 0, 10, null));
    now.set(1_000_000_000L);
    bar.onProgress(event(InventoryCollection.GROUPS, 5, 2, 0, 10, null));
    now.set(2_500_000_000L);
    bar.onProgress(event(InventoryCollection.GROUPS, 9, 3, 0, 10, null));
    bar.finish();

    assertThat(err.toString().lines()).hasSize(2).last().asString().contains("groups 9");
  }

  @Test
  void onATerminalOneLineIsRedrawnInPlace() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong(1_000_000_000L);
    ProgressBar bar = new ProgressBar(new PrintWriter(err), true, now::get);

    bar.onProgress(event(InventoryCollection.IDENTITIES, 10, 1, 0, 10, null));
    now.addAndGet(200_000_000L);
    bar.onProgress(event(InventoryCollection.IDENTITIES, 20, 2, 0, 10, null));
    bar.finish();

    assertThat(err.toString()).startsWith("\r").contains("\r[").endsWith(System.lineSeparator());
    assertThat(err.toString().chars().filter(c -> c == '\n').count()).as("line feeds").isEqualTo(1);
    assertThat(err.toString().split("\r")).hasSize(3);
  }
}
