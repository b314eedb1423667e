package dev.governance.core.integration;

import dev.governance.core.Connectors;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.store.SnapshotStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link Integrations}: the connectors to open tenants with, how secrets are resolved, the
 * clock, the excessive-duration threshold, the store and listeners.
 *
 * @since 0.1
 */
public final class IntegrationsBuilder {
  final @Nullable Path directory;
  @Nullable RegistryStore registry;
  String owner = defaultOwner();
  Duration leaseDuration = Duration.ofMinutes(2);
  @Nullable Connectors connectors;
  SecretResolver secrets = SecretResolver.standard();
  Clock clock = Clock.systemUTC();
  Duration excessive = Duration.ofHours(1);
  int fullSyncEvery = 24;
  @Nullable SnapshotStore store;
  BiConsumer<Integration, ConnectorContext.Builder> customizer = (i, b) -> {};
  final List<IntegrationListener> listeners = new ArrayList<>();

  IntegrationsBuilder(@Nullable Path directory, @Nullable RegistryStore registry,
      @Nullable SnapshotStore store) {
    this.directory = directory;
    this.registry = registry;
    this.store = store;
  }

  private static String defaultOwner() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException | RuntimeException e) {
      host = "localhost";
    }
    return host + " (pid " + ProcessHandle.current().pid() + ") "
        + java.util.UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Sets the name this instance holds leases under; by default the host, the process id and a
   * random suffix, unique per instance. Two instances must never share a name.
   *
   * @param value the name
   * @return this builder
   */
  public IntegrationsBuilder leaseOwner(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidConfigurationException("leaseOwner", "Give the lease owner a name");
    }
    this.owner = value.strip();
    return this;
  }

  /**
   * Sets how long a lease lasts unless renewed; two minutes by default. A holder renews it every
   * third of it while it works, and a crashed holder's lease expires after at most this long.
   *
   * @param value a positive duration
   * @return this builder
   */
  public IntegrationsBuilder leaseDuration(Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new InvalidConfigurationException("leaseDuration",
          "The lease duration must be positive, e.g. PT2M; got " + value);
    }
    this.leaseDuration = value;
    return this;
  }

  /**
   * Sets the connector providers to open integrations with. Required.
   *
   * @param value the providers
   * @return this builder
   */
  public IntegrationsBuilder connectors(Connectors value) {
    this.connectors = Objects.requireNonNull(value, "connectors");
    return this;
  }

  /**
   * Sets how secrets are read; by default environment variables and files.
   *
   * @param value the resolver
   * @return this builder
   */
  public IntegrationsBuilder secretResolver(SecretResolver value) {
    this.secrets = Objects.requireNonNull(value, "secretResolver");
    return this;
  }

  /**
   * Sets the clock for every time the registry records.
   *
   * @param value the clock
   * @return this builder
   */
  public IntegrationsBuilder clock(Clock value) {
    this.clock = Objects.requireNonNull(value, "clock");
    return this;
  }

  /**
   * Sets the duration beyond which a sync counts as excessive; one hour by default.
   *
   * @param value a positive duration
   * @return this builder
   */
  public IntegrationsBuilder excessiveSyncDuration(Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new InvalidConfigurationException("excessiveSyncDuration",
          "The excessive sync duration must be positive, e.g. PT30M; got " + value);
    }
    this.excessive = value;
    return this;
  }

  /**
   * Sets how often a sync reads in full: every {@code n}th sync of an integration does, the others
   * read only the changes since the last whole snapshot (for connectors that can; others always
   * read in full). 24 by default; 1 reads in full every time. A sync can also ask for a full read
   * ({@link SyncRequest#withFull(boolean)}).
   *
   * @param n at least 1
   * @return this builder
   */
  public IntegrationsBuilder fullSyncEvery(int n) {
    if (n < 1) {
      throw new InvalidConfigurationException("fullSyncEvery",
          "A full sync must come at least every 1 sync; got " + n);
    }
    this.fullSyncEvery = n;
    return this;
  }

  /**
   * Sets the snapshot store; by default a {@link dev.governance.core.store.FileSnapshotStore} in {@code snapshots/}.
   *
   * @param value the store
   * @return this builder
   */
  public IntegrationsBuilder store(SnapshotStore value) {
    this.store = Objects.requireNonNull(value, "store");
    return this;
  }

  /**
   * Adds services or settings to every connector's context, e.g. an HTTP client.
   *
   * @param value called with the integration and the context being built
   * @return this builder
   */
  public IntegrationsBuilder connectorContext(BiConsumer<Integration, ConnectorContext.Builder> value) {
    this.customizer = Objects.requireNonNull(value, "connectorContext");
    return this;
  }

  /**
   * Adds a listener for status changes.
   *
   * @param value the listener
   * @return this builder
   */
  public IntegrationsBuilder listener(IntegrationListener value) {
    listeners.add(Objects.requireNonNull(value, "listener"));
    return this;
  }

  /**
   * Opens the registry, reading its state. A sync a crash interrupted is recorded as an error.
   *
   * @return the registry
   * @throws InvalidConfigurationException if no connectors were set
   * @throws dev.governance.core.StorageFailureException if the state cannot be read
   */
  public Integrations build() {
    if (connectors == null) {
      throw new InvalidConfigurationException("connectors", "Give the registry the connector"
          + " providers to use: Integrations.builder(dir).connectors(Connectors.builder().build())");
    }
    return new Integrations(this);
  }
}
