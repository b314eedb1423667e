package dev.governance.core.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.governance.core.IntegrationBusyException;
import dev.governance.core.StorageFailureException;
import dev.governance.core.internal.AtomicFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The embedded {@link RegistryStore}: {@code integrations.json}, {@code leases.json} and
 * {@code history/<id>.jsonl} in one directory. Every change holds an operating-system lock on
 * {@code integrations.lock} (and, inside the process, a lock of its own, since the JVM refuses a
 * second lock of one file), re-reads what it changes, and replaces the file atomically (temporary
 * file, then move), so processes sharing the directory never lose each other's changes and readers
 * never see a half-written file.
 */
final class DirectoryRegistryStore implements RegistryStore {

  private final Path directory;
  private final RegistryFile file;
  private final Path leases;
  private final Path lockFile;
  private final Path history;
  private final Clock clock;
  private final ReentrantLock local = new ReentrantLock();
  private final ObjectMapper mapper = new ObjectMapper();

  DirectoryRegistryStore(Path directory, Clock clock) {
    this.directory = directory;
    this.file = new RegistryFile(directory.resolve("integrations.json"));
    this.leases = directory.resolve("leases.json");
    this.lockFile = directory.resolve("integrations.lock");
    this.history = directory.resolve("history");
    this.clock = clock;
  }

  @Override
  public List<Integration> list() {
    return file.read();
  }

  @Override
  public Optional<Integration> find(String id) {
    return file.read().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  @Override
  public Integration insert(Integration value, Consumer<Collection<Integration>> check) {
    return locked(() -> {
      Map<String, Integration> all = byId();
      check.accept(List.copyOf(all.values()));
      all.put(value.id(), value);
      file.write(all.values());
      appendHistory(value.id(), value.status());
      return value;
    });
  }

  @Override
  public Change update(String id, UnaryOperator<Integration> change) {
    return locked(() -> {
      Map<String, Integration> all = byId();
      Integration before = all.get(id);
      if (before == null) {
        throw RegistryState.notFound(id);
      }
      Integration after = change.apply(before);
      if (!after.equals(before)) {
        all.put(id, after);
        file.write(all.values());
        if (!after.status().equals(before.status())) {
          appendHistory(id, after.status());
        }
      }
      return new Change(before, after);
    });
  }

  @Override
  public boolean remove(String id) {
    return locked(() -> {
      Map<String, Integration> all = byId();
      boolean present = all.remove(id) != null;
      if (present) {
        file.write(all.values());
      }
      Map<String, Lease> held = readLeases();
      if (held.remove(id) != null) {
        writeLeases(held);
      }
      checkpointsOf(id).delete();
      try {
        Files.deleteIfExists(historyFile(id));
      } catch (IOException e) {
        throw failure("delete the status history of '" + id + "'", e);
      }
      return present;
    });
  }

  @Override
  public List<SyncStatus> history(String id) {
    List<String> lines;
    try {
      lines = Files.readAllLines(historyFile(id), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw failure("read the status history of '" + id + "'", e);
    }
    List<SyncStatus> result = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode n = mapper.readTree(line);
        JsonNode reason = n.get("reason");
        result.add(new SyncStatus(SyncStatus.State.valueOf(n.get("state").asText()),
            Instant.parse(n.get("since").asText()), reason == null ? null : reason.asText()));
      } catch (IOException | RuntimeException e) {
        // A line cut short by a crash during its append: the statuses before it stand.
        break;
      }
    }
    return result;
  }

  @Override
  public Lease acquire(String integrationId, String owner, String purpose, Duration duration) {
    return locked(() -> {
      Map<String, Lease> held = readLeases();
      Instant now = clock.instant();
      Lease current = held.get(integrationId);
      if (current != null && current.liveAt(now)) {
        throw new IntegrationBusyException(integrationId, current.owner(), current.purpose(),
            current.expiresAt(), purpose);
      }
      Lease lease = new Lease(integrationId, owner, purpose, now.plus(duration));
      held.put(integrationId, lease);
      writeLeases(held);
      return lease;
    });
  }

  @Override
  public Lease renew(Lease lease, Duration duration) {
    return locked(() -> {
      Map<String, Lease> held = readLeases();
      Instant now = clock.instant();
      Lease current = held.get(lease.integrationId());
      if (current == null || !current.owner().equals(lease.owner())) {
        throw lost(lease, current, now);
      }
      Lease renewed = new Lease(lease.integrationId(), lease.owner(), lease.purpose(), now.plus(duration));
      held.put(lease.integrationId(), renewed);
      writeLeases(held);
      return renewed;
    });
  }

  @Override
  public void release(Lease lease) {
    locked(() -> {
      Map<String, Lease> held = readLeases();
      Lease current = held.get(lease.integrationId());
      if (current != null && current.owner().equals(lease.owner())) {
        held.remove(lease.integrationId());
        writeLeases(held);
      }
      return null;
    });
  }

  @Override
  public Optional<Lease> lease(String integrationId) {
    Lease current = readLeases().get(integrationId);
    return current != null && current.liveAt(clock.instant()) ? Optional.of(current) : Optional.empty();
  }

  static IntegrationBusyException lost(Lease lease, @org.jspecify.annotations.Nullable Lease current, Instant now) {
    if (current != null) {
      return new IntegrationBusyException(lease.integrationId(), current.owner(), current.purpose(),
          current.expiresAt(), "renewing the lease of " + lease.owner() + ", which expired");
    }
    return new IntegrationBusyException(lease.integrationId(), "no one", "nothing", now,
        "renewing the lease of " + lease.owner() + ", which expired or was released");
  }

  private Map<String, Integration> byId() {
    Map<String, Integration> all = new LinkedHashMap<>();
    for (Integration i : file.read()) {
      all.put(i.id(), i);
    }
    return all;
  }

  private Map<String, Lease> readLeases() {
    JsonNode root;
    try {
      root = mapper.readTree(Files.readAllBytes(leases));
    } catch (NoSuchFileException e) {
      return new LinkedHashMap<>();
    } catch (IOException e) {
      throw failure("read the leases " + leases, e);
    }
    Map<String, Lease> result = new LinkedHashMap<>();
    if (root != null) {
      root.fields().forEachRemaining(e -> result.put(e.getKey(), new Lease(e.getKey(),
          e.getValue().path("owner").asText(), e.getValue().path("purpose").asText(),
          Instant.parse(e.getValue().path("expiresAt").asText()))));
    }
    return result;
  }

  private void writeLeases(Map<String, Lease> held) {
    ObjectNode root = mapper.createObjectNode();
    held.forEach((id, l) -> root.putObject(id).put("owner", l.owner()).put("purpose", l.purpose())
        .put("expiresAt", l.expiresAt().toString()));
    try {
      AtomicFiles.write(leases, out -> mapper.writeValue(out, root));
    } catch (IOException e) {
      throw failure("save the leases " + leases, e);
    }
  }

  private void appendHistory(String id, SyncStatus status) {
    ObjectNode n = mapper.createObjectNode();
    n.put("state", status.state().name()).put("since", status.since().toString());
    if (status.reason() != null) {
      n.put("reason", status.reason());
    }
    try {
      Files.createDirectories(history);
      Files.write(historyFile(id), (mapper.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw failure("append to the status history of '" + id + "'", e);
    }
  }

  @Override
  public dev.governance.core.spi.CheckpointStore checkpoints(String integrationId) {
    java.util.Objects.requireNonNull(integrationId, "integrationId");
    return checkpointsOf(integrationId);
  }

  private DirectoryCheckpoints checkpointsOf(String id) {
    return new DirectoryCheckpoints(directory.resolve("checkpoints").resolve(id));
  }

  private Path historyFile(String id) {
    return history.resolve(id + ".jsonl");
  }

  private <T> T locked(Supplier<T> body) {
    local.lock();
    try {
      if (local.getHoldCount() > 1) {
        return body.get();
      }
      try {
        Files.createDirectories(directory);
      } catch (IOException e) {
        throw failure("create the directory " + directory, e);
      }
      try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE)) {
        FileLock lock = fileLock(channel);
        try {
          return body.get();
        } finally {
          lock.release();
        }
      } catch (IOException e) {
        throw failure("lock " + lockFile, e);
      }
    } finally {
      local.unlock();
    }
  }

  /** Waits for the file lock; another registry of this JVM on the same directory may hold it. */
  private static FileLock fileLock(FileChannel channel) throws IOException {
    while (true) {
      try {
        return channel.lock();
      } catch (OverlappingFileLockException sameJvm) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
      }
    }
  }

  private StorageFailureException failure(String what, IOException e) {
    return new StorageFailureException(directory, "Cannot " + what + ": " + e.getMessage()
        + ". The registry on disk is unchanged", e);
  }
}
