package dev.governance.core.integration;

import dev.governance.core.ConflictException;
import dev.governance.core.Connectors;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.IntegrationBusyException;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.NotFoundException;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.Preflight;
import dev.governance.core.store.FileSnapshotStore;
import dev.governance.core.store.SnapshotStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The registry of connected tenants a product embeds: add, list, edit and delete integrations,
 * rotate their credentials, sync them into the {@link SnapshotStore}, and follow their status.
 *
 * <pre>{@code
 * Integrations registry = Integrations.builder(Path.of("/var/lib/governance"))
 *     .connectors(Connectors.builder().build())
 *     .excessiveSyncDuration(Duration.ofMinutes(30))
 *     .build();
 * Integration acme = registry.add(IntegrationSpec.builder("okta", "https://acme.okta.com")
 *     .credential(CredentialReference.environmentVariable("ACME_OKTA_TOKEN"))
 *     .features(IntegrationFeature.APP_GOVERNANCE)
 *     .primaryOwner("alice@acme.com")
 *     .build(), "alice@acme.com");
 * registry.sync(acme.id(), SyncRequest.by("scheduler"));
 * }</pre>
 *
 * <p>State lives in a {@link RegistryStore}: by default the directory given to the builder, with
 * {@code integrations.json} (changed under a file lock, replaced atomically, holding credential
 * references and never secrets) and, unless another store is given, the snapshots under {@code
 * snapshots/}; or a shared database ({@code PostgresStore} of governance-store-postgres). Several
 * registry instances, in one process or many, may share a store: every change is a locked
 * read-modify-write, and a sync, deletion or credential update holds the integration's {@link
 * Lease}, so a second one is refused with {@link IntegrationBusyException}. See {@code
 * docs/integrations.md}.
 *
 * @since 0.1
 */
public final class Integrations {

  private final RegistryState state;
  private final SnapshotStore store;
  private final Clock clock;
  private final int fullSyncEvery;
  private final Connections connections;
  private final Leases leases;

  Integrations(IntegrationsBuilder b) {
    this.clock = b.clock;
    Path directory = b.directory;
    if (b.store != null) {
      this.store = b.store;
    } else if (directory != null) {
      this.store = FileSnapshotStore.builder(directory.resolve("snapshots")).clock(b.clock).build();
    } else {
      throw new InvalidConfigurationException("store", "Give the registry a snapshot store");
    }
    RegistryStore registry = b.registry != null
        ? b.registry
        : RegistryStore.directory(Objects.requireNonNull(directory, "directory"), b.clock);
    this.leases = new Leases(registry, b.owner, b.leaseDuration);
    this.state = new RegistryState(registry, b.excessive, b.clock, leases, b.listeners);
    // build() refuses a builder without connectors.
    this.connections = new Connections(
        Objects.requireNonNull(b.connectors, "connectors"), b.secrets, b.clock, b.customizer);
    this.fullSyncEvery = b.fullSyncEvery;
  }

  /**
   * Starts a builder for a registry kept in a directory, created if missing.
   *
   * @param directory the directory
   * @return a new builder
   */
  public static IntegrationsBuilder builder(Path directory) {
    return new IntegrationsBuilder(Objects.requireNonNull(directory, "directory"), null, null);
  }

  /**
   * Starts a builder for a registry kept in stores of the caller's choice, e.g. governance-store-postgres's
   * {@code PostgresStore}, which implements both.
   *
   * @param registry where the integrations, their history and leases are kept
   * @param snapshots where the snapshots are kept
   * @return a new builder
   */
  public static IntegrationsBuilder builder(RegistryStore registry, SnapshotStore snapshots) {
    return new IntegrationsBuilder(null, Objects.requireNonNull(registry, "registry"),
        Objects.requireNonNull(snapshots, "snapshots"));
  }

  /**
   * Adds an integration. Nothing is contacted yet: {@link #check} or {@link #sync} connects.
   *
   * @param spec what to add
   * @param actor who adds it
   * @return the integration, status {@code NOT_SYNCED}
   * @throws InvalidConfigurationException if no connector provider has the spec's provider id, or
   *     its description of settings refuses the spec's settings (nothing is stored)
   * @throws ConflictException if the id is taken or the tenant is already registered with the
   *     same provider
   */
  public Integration add(IntegrationSpec spec, String actor) {
    Objects.requireNonNull(spec, "spec");
    requireActor(actor);
    connections.requireValidSettings(spec.providerId(), spec.tenant(), spec.settings());
    Instant now = clock.instant();
    String id = spec.id() != null ? spec.id() : UUID.randomUUID().toString();
    Integration added = new Integration(id, spec.providerId(), spec.tenant(), spec.settings(),
        spec.credential(), spec.features(), spec.primaryOwner(), spec.secondaryOwners(),
        spec.description(), now, actor, null,
        new SyncStatus(SyncStatus.State.NOT_SYNCED, now, null), null, null, false);
    return state.put(added, existing -> {
      for (Integration other : existing) {
        if (other.id().equals(id)) {
          throw new ConflictException("An integration with id '" + id + "' exists; choose another id");
        }
      }
      for (Integration other : existing) {
        if (other.providerId().equals(spec.providerId())
            && Connections.normalize(other.tenant()).equals(Connections.normalize(spec.tenant()))) {
          throw new ConflictException("The tenant " + spec.tenant() + " is already registered as"
              + " integration '" + other.id() + "'; edit that one instead");
        }
      }
    });
  }

  /**
   * Lists the integrations in the order they were added.
   *
   * @return the integrations
   */
  public List<Integration> list() {
    return state.list();
  }

  /**
   * Finds an integration.
   *
   * @param id its id
   * @return the integration, or empty
   */
  public Optional<Integration> find(String id) {
    return state.find(id);
  }

  /**
   * Returns an integration.
   *
   * @param id its id
   * @return the integration
   * @throws NotFoundException if there is none with that id
   */
  public Integration get(String id) {
    return state.get(id);
  }

  /**
   * Changes an integration's details.
   *
   * @param id its id
   * @param edit the changes
   * @return the integration after the change
   * @throws NotFoundException if there is none with that id
   * @throws InvalidConfigurationException if the edit changes the settings and the provider's
   *     description of settings refuses the new ones (nothing is stored)
   */
  public Integration edit(String id, IntegrationEdit edit) {
    Objects.requireNonNull(edit, "edit");
    return state.update(id, i -> {
      Integration edited = i.edited(edit);
      if (edit.changesSettings()) {
        connections.requireValidSettings(edited.providerId(), edited.tenant(), edited.settings());
      }
      return edited;
    });
  }

  /**
   * Deletes an integration and every snapshot of it. Refused while it syncs.
   *
   * @param id its id
   * @param confirmTenant the integration's tenant, typed again to confirm
   * @throws InvalidConfigurationException if the confirmation does not match the tenant
   * @throws ConflictException if a sync or a credential update of it is running
   * @throws NotFoundException if there is none with that id
   */
  public void delete(String id, String confirmTenant) {
    Integration i = get(id);
    if (confirmTenant == null || !confirmTenant.strip().equals(i.tenant())) {
      throw new InvalidConfigurationException("confirmation", "To delete integration '" + id
          + "' and all its snapshots, confirm with its tenant, exactly: " + i.tenant());
    }
    try (Leases.Held held = state.begin(id, "a deletion")) {
      held.check();
      store.deleteAll(id);
      state.remove(id);
    }
  }

  /**
   * Replaces an integration's credential after checking the new one: it must open the same tenant
   * and allow at least something to be read. A credential that still works is replaced only with
   * {@link CredentialReplacement#REPLACE_WORKING}. The old credential stays if anything fails.
   *
   * @param id the integration's id
   * @param credential where the new secret is
   * @param replacement whether a working credential may be replaced
   * @param actor who replaces it
   * @return the integration with the new credential
   * @throws dev.governance.core.AuthenticationFailedException if the new credential is refused,
   *     or opens another tenant ({@code WRONG_TENANT})
   * @throws InsufficientPermissionException if the new credential may read nothing
   * @throws ConflictException if the current credential works and replacement was not forced, or
   *     a sync of the integration is running
   */
  public Integration updateCredential(
      String id, CredentialReference credential, CredentialReplacement replacement, String actor) {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(replacement, "replacement");
    requireActor(actor);
    Integration current = get(id);
    try (Leases.Held held = state.begin(id, "a credential update")) {
      connections.verifyReplacement(current, credential, replacement);
      held.check();
      Instant now = clock.instant();
      return state.update(id, i -> i.withCredential(credential).connected(now, actor));
    }
  }

  /**
   * Checks what an integration's current credential allows, and records the first connection.
   *
   * @param id the integration's id
   * @param actor who checks
   * @return the preflight
   * @throws dev.governance.core.AuthenticationFailedException if the credential is refused
   */
  public Preflight check(String id, String actor) {
    requireActor(actor);
    Integration i = get(id);
    Preflight preflight;
    try (Connector c = connections.open(i, i.credential())) {
      preflight = c.check();
    }
    Instant now = clock.instant();
    state.update(id, x -> x.connected(now, actor));
    return preflight;
  }

  /**
   * Syncs an integration: opens its connector, collects the inventory into a snapshot and saves
   * it. The status goes to {@code IN_PROGRESS}, then {@code SUCCESS} or {@code ERROR}; a failed or
   * cancelled sync saves nothing and leaves the last good snapshot. Runs on the calling thread;
   * call it from several threads to sync several integrations at once.
   *
   * @param id the integration's id
   * @param request who asks, what to read, progress and cancellation
   * @return what the sync did
   * @throws IntegrationBusyException if a sync, deletion or credential update of this
   *     integration runs, in this process or in another sharing the store
   * @throws dev.governance.core.GovernanceException whatever ended the sync, after the status records it
   */
  public SyncReport sync(String id, SyncRequest request) {
    Objects.requireNonNull(request, "request");
    get(id);
    try (Leases.Held held = state.begin(id, "a sync")) {
      return new SyncRunner(state.fenced(held), connections, store, clock, fullSyncEvery)
          .run(id, request, new LeasedStore(store, held), null);
    }
  }

  /**
   * Syncs an integration if, once its lease is held, it still passes a test: a worker's "still
   * due", judged where no other holder can sync it meanwhile.
   *
   * @return the report, or empty if the test refused (nothing is recorded then)
   * @throws IntegrationBusyException if the integration is busy
   */
  Optional<SyncReport> syncIf(String id, SyncRequest request, java.util.function.Predicate<Integration> test) {
    try (Leases.Held held = state.begin(id, "a sync")) {
      if (!test.test(state.get(id))) {
        return Optional.empty();
      }
      return Optional.of(new SyncRunner(state.fenced(held), connections, store, clock, fullSyncEvery)
          .run(id, request, new LeasedStore(store, held), null));
    }
  }

  /**
   * Syncs an integration through a connector the caller opened (and closes), e.g. one a command
   * line built from its own options: the same lease, status, history and store as {@link #sync},
   * but not the registry's credential.
   *
   * @param id the integration's id
   * @param request who asks, what to read, progress and cancellation
   * @param connector an open connector of the integration's provider and tenant
   * @return what the sync did
   * @throws dev.governance.core.AuthenticationFailedException with {@code WRONG_TENANT} if the
   *     connector reads another tenant (nothing is recorded)
   * @throws IntegrationBusyException if the integration is busy, as for {@link #sync}
   * @throws dev.governance.core.GovernanceException whatever ended the sync, after the status records it
   */
  public SyncReport sync(String id, SyncRequest request, Connector connector) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(connector, "connector");
    Integration i = get(id);
    if (!Connections.normalize(connector.tenant()).equals(Connections.normalize(i.tenant()))) {
      throw new dev.governance.core.AuthenticationFailedException(i.tenant(),
          dev.governance.core.AuthenticationFailedException.Reason.WRONG_TENANT,
          "The connector reads the tenant " + connector.tenant() + ", not " + i.tenant()
              + " of integration '" + id + "'; save it under an integration of that tenant", null);
    }
    try (Leases.Held held = state.begin(id, "a sync")) {
      return new SyncRunner(state.fenced(held), connections, store, clock, fullSyncEvery)
          .run(id, request, new LeasedStore(store, held), connector);
    }
  }

  /**
   * Returns the status history of an integration: every status it was given, oldest first, by any
   * process sharing the store.
   *
   * @param id the integration's id
   * @return the statuses; empty for an unknown integration
   */
  public List<SyncStatus> history(String id) {
    return state.store().history(id);
  }

  /**
   * Returns the lease in force on an integration: who syncs, deletes or rotates it now.
   *
   * @param id the integration's id
   * @return the lease, or empty when the integration is idle
   */
  public Optional<Lease> lease(String id) {
    return state.store().lease(id);
  }

  /**
   * Returns the name this registry instance holds leases under.
   *
   * @return the owner name
   */
  public String leaseOwner() {
    return leases.owner();
  }

  /**
   * Starts building a worker: the loop a product runs on every node to sync the integrations that
   * are due, each on one node at a time, decided by the leases in the shared store.
   *
   * @return a new builder
   */
  public IntegrationWorker.Builder worker() {
    return new IntegrationWorker.Builder(this, clock);
  }

  /**
   * Finds the integration whose last sync exceeded the threshold by the most.
   *
   * @return the integration, or empty if no last sync exceeded it
   */
  public Optional<Integration> mostExcessiveSync() {
    return list().stream()
        .filter(Integration::excessiveSync)
        .max(Comparator.comparing(
            Integration::lastSyncDuration, Comparator.nullsFirst(Comparator.naturalOrder())));
  }

  /**
   * Returns the duration beyond which a sync counts as excessive.
   *
   * @return the threshold
   */
  public Duration excessiveSyncDuration() {
    return state.excessive();
  }

  /**
   * Returns the store that holds the snapshots.
   *
   * @return the store
   */
  public SnapshotStore store() {
    return store;
  }

  /**
   * Adds a listener for status changes.
   *
   * @param listener the listener
   */
  public void addListener(IntegrationListener listener) {
    state.listeners().add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Removes a listener.
   *
   * @param listener the listener
   */
  public void removeListener(IntegrationListener listener) {
    state.listeners().remove(listener);
  }

  private static void requireActor(String actor) {
    if (actor == null || actor.isBlank()) {
      throw new InvalidConfigurationException("actor", "Say who does this: give a login or a"
          + " service's name");
    }
  }
}
