package dev.governance.store.postgres;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.Capabilities;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.core.spi.AccessLevel;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A connector provider for store tests: its connector reads the integration's own tenant and
 * streams {@link #identities} identities; {@link #during} runs in the middle of each sync, so a test
 * can hold a sync open, record it, or make it fail.
 */
final class TestProvider implements ConnectorProvider {

  /** Runs in the middle of a sync. */
  interface During {
    void run(String tenant, SyncContext context);
  }

  volatile int identities = 3;
  volatile During during = (tenant, context) -> {};

  @Override
  public String id() {
    return "test";
  }

  @Override
  public Connector open(ConnectorContext context) {
    String tenant = context.requireSetting("tenant");
    return new Connector() {
      @Override
      public String id() {
        return "test";
      }

      @Override
      public String tenant() {
        return tenant;
      }

      @Override
      public Capabilities capabilities() {
        return Capabilities.readOnly();
      }

      @Override
      public Preflight check() {
        return new Preflight("test", Map.of(), Map.of(), AccessLevel.READ_ONLY, List.of(), 0);
      }

      @Override
      public SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext context) {
        int n = identities;
        for (int i = 0; i < n / 2; i++) {
          sink.entity(Identity.of("u" + i, "user" + i + "@" + tenant));
        }
        during.run(tenant, context);
        for (int i = n / 2; i < n; i++) {
          sink.entity(Identity.of("u" + i, "user" + i + "@" + tenant));
        }
        sink.coverage(InventoryCollection.IDENTITIES, Coverage.complete());
        return new SyncResult(Map.of("all", 1), Map.of(), 0, Duration.ZERO);
      }

      @Override
      public void close() {}
    };
  }
}
