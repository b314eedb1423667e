package dev.governance.scim;

import dev.governance.core.Secret;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.testkit.scim.FakeScimServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Connectors to a fake SCIM server, over real HTTP, whose waits before retries are recorded. */
final class Connectors {
  final List<Long> sleeps = new CopyOnWriteArrayList<>();

  ScimConnectorOptions.Builder options(FakeScimServer server, String token) {
    return ScimConnectorOptions.builder().url(server.baseUrl()).allowLoopback(true)
        .credentials(ScimCredentials.bearer(Secret.of(token))).retryBackoff(Duration.ofMillis(10));
  }

  ScimConnector open(ScimConnectorOptions options) {
    return ScimConnector.open(options, sleeps::add);
  }

  ScimConnector open(FakeScimServer server) {
    return open(options(server, server.token()).build());
  }

  static Snapshot read(ScimConnector connector, SyncPlan plan) {
    SnapshotBuilder sink = Snapshot.builder(connector.tenant(), connector.id());
    connector.collect(plan, sink, SyncContext.defaults());
    return sink.build();
  }
}
