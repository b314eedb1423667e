package dev.governance.core.integration;

import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.Secret;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.Capabilities;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A connector provider for registry tests: the secret decides the tenant the connector opens
 * ({@link #tenants}) and whether it is refused ({@link #refused}); {@link #collector} decides what
 * a sync streams.
 */
final class StubProvider implements ConnectorProvider {

  /** What a sync does. */
  interface Collector {
    void collect(String tenant, InventorySink sink, SyncContext context);
  }

  final Map<String, String> tenants = new ConcurrentHashMap<>();
  final Set<String> refused = ConcurrentHashMap.newKeySet();
  final Set<String> readNothing = ConcurrentHashMap.newKeySet();
  final List<ConnectorContext> contexts = new CopyOnWriteArrayList<>();
  volatile Collector collector = (tenant, sink, context) -> {
    sink.entity(Identity.of("u1", "alice@" + tenant));
    sink.coverage(InventoryCollection.IDENTITIES, Coverage.complete());
  };

  @Override
  public String id() {
    return "stub";
  }

  @Override
  public Connector open(ConnectorContext context) {
    contexts.add(context);
    String secret = context.service(Secret.class).orElseThrow().reveal();
    String tenant = tenants.getOrDefault(secret, context.requireSetting("tenant"));
    return new Connector() {
      @Override
      public String id() {
        return "stub";
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
        if (refused.contains(secret)) {
          throw new AuthenticationFailedException(tenant,
              AuthenticationFailedException.Reason.REVOKED_OR_EXPIRED, "token revoked", null);
        }
        AccessLevel level = readNothing.contains(secret) ? AccessLevel.NONE : AccessLevel.READ_ONLY;
        return new Preflight("stub", Map.of(), Map.of(), level, List.of("grant something"), 1);
      }

      @Override
      public SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext context) {
        check();
        collector.collect(tenant, sink, context);
        return new SyncResult(Map.of("all", 1), Map.of(), 0, Duration.ZERO);
      }

      @Override
      public void close() {}
    };
  }
}
