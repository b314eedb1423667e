package dev.governance.store.postgres;

import dev.governance.core.Connectors;
import dev.governance.core.GovernanceException;
import dev.governance.core.IntegrationBusyException;
import dev.governance.core.integration.CredentialReference;
import dev.governance.core.integration.IntegrationEdit;
import dev.governance.core.integration.IntegrationSpec;
import dev.governance.core.integration.IntegrationWorker;
import dev.governance.core.integration.Integrations;
import dev.governance.core.integration.RegistryStore;
import dev.governance.core.integration.SecretResolver;
import dev.governance.core.integration.SyncRequest;
import dev.governance.core.store.FileSnapshotStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;

/**
 * A process that hammers a shared store, started by {@link MultiProcessStoreTest} in JVMs of its
 * own: {@code hammer KIND LOCATION NAME SECONDS OUT} adds, edits, deletes and syncs for a while;
 * {@code hang KIND LOCATION NAME ID OUT} starts a sync of one integration that never ends.
 * KIND is {@code dir} (LOCATION a home directory) or {@code pg} (LOCATION a JDBC URL). Every sync
 * it runs appends {@code id start end} to {@code OUT/intervals-NAME}; what it added and kept, and
 * how many syncs succeeded, go to {@code OUT/result-NAME}.
 */
public final class Hammer {

  private Hammer() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String kind = args[1];
    String location = args[2];
    String name = args[3];
    Path out = Path.of(args[5]);
    TestProvider provider = new TestProvider();
    provider.identities = 200;
    Path intervals = out.resolve("intervals-" + name);
    Integrations registry = open(kind, location, name, provider, mode.equals("hang") ? Duration.ofSeconds(3)
        : Duration.ofSeconds(20));
    if (mode.equals("hang")) {
      provider.during = (tenant, context) -> {
        append(out.resolve("started-" + name), tenant + "\n");
        while (true) {
          LockSupport.parkNanos(1_000_000_000L);
        }
      };
      registry.sync(args[4], SyncRequest.by(name));
      return;
    }
    provider.during = (tenant, context) -> {
      Instant start = Instant.now();
      LockSupport.parkNanos(5_000_000L);
      append(intervals, tenant + " " + start + " " + Instant.now() + "\n");
    };
    Instant deadline = Instant.now().plusSeconds(Long.parseLong(args[4]));
    Random random = new Random(name.hashCode());
    List<String> mine = new ArrayList<>();
    int added = 0;
    int synced = 0;
    int edits = 0;
    IntegrationWorker worker = kind.equals("pg") ? registry.worker().parallelism(2)
        .interval(Duration.ZERO).request(i -> SyncRequest.by(name)).build() : null;
    while (Instant.now().isBefore(deadline)) {
      int op = random.nextInt(10);
      try {
        if (op < 2) {
          String id = name + "-" + added++;
          registry.add(spec(id), name);
          mine.add(id);
        } else if (op < 3 && !mine.isEmpty()) {
          String id = mine.get(random.nextInt(mine.size()));
          registry.delete(id, tenant(id));   // refused while a worker syncs it: then it stays
          mine.remove(id);
        } else if (op < 5) {
          registry.edit("s" + random.nextInt(20),
              IntegrationEdit.builder().description(name + " " + edits++).build());
        } else if (worker != null) {
          synced += worker.runOnce().synced().size();
        } else {
          registry.sync("s" + random.nextInt(20), SyncRequest.by(name));
          synced++;
        }
      } catch (IntegrationBusyException busy) {
        // another process holds it
      } catch (GovernanceException e) {
        append(out.resolve("errors-" + name), e + "\n");
      }
    }
    if (worker != null) {
      worker.close();
    }
    Files.writeString(out.resolve("result-" + name), String.join(",", mine) + "\n" + synced + "\n");
    System.exit(0);
  }

  static Integrations open(String kind, String location, String name, TestProvider provider,
      Duration lease) {
    Clock clock = Clock.systemUTC();
    RegistryStore registry;
    dev.governance.core.store.SnapshotStore snapshots;
    if (kind.equals("dir")) {
      registry = RegistryStore.directory(Path.of(location), clock);
      snapshots = FileSnapshotStore.builder(Path.of(location).resolve("snapshots")).build();
    } else {
      PostgresStore store = PostgresStore.builder().jdbcUrl(location).user("postgres")
          .maximumPoolSize(8).build();
      registry = store;
      snapshots = store;
    }
    return Integrations.builder(registry, snapshots)
        .connectors(Connectors.builder().serviceLoader(false).register(provider).build())
        .secretResolver(SecretResolver.of(n -> "token", n -> Optional.empty()))
        .leaseOwner(name)
        .leaseDuration(lease)
        .clock(clock)
        .build();
  }

  static IntegrationSpec spec(String id) {
    return IntegrationSpec.builder("test", tenant(id)).id(id)
        .credential(CredentialReference.environmentVariable("TOKEN"))
        .primaryOwner("owner@example.com")
        .build();
  }

  static String tenant(String id) {
    return "https://" + id + ".example.com";
  }

  static synchronized void append(Path file, String line) {
    try {
      Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
