package dev.governance.core.integration;

import dev.governance.core.ConflictException;
import dev.governance.core.Connectors;
import dev.governance.core.InsufficientPermissionException;
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
 * <p>State lives in the directory given to the builder: {@code integrations.json} (replaced
 * atomically on every change, holding credential references and never secrets) and, unless
 * another store is given, the snapshots under {@code snapshots/}. One registry instance per
 * directory. Thread-safe: different integrations sync in parallel, while a second sync of one
 * integration is refused with {@link ConflictException}. See {@code docs/integrations.md}.
 *
 * @since 0.1
 */
public final class Integrations {

  private final RegistryState state;
  private final SnapshotStore store;
  private final Clock clock;
  private final Connections connections;
  private final SyncRunner runner;

  Integrations(IntegrationsBuilder b) {
    this.clock = b.clock;
    this.store = b.store != null
        ? b.store
        : FileSnapshotStore.builder(b.directory.resolve("snapshots")).clock(b.clock).build();
    this.state = new RegistryState(
        new RegistryFile(b.directory.resolve("integrations.json")), b.excessive, b.clock, b.listeners);
    // build() refuses a builder without connectors.
    this.connections = new Connections(
        Objects.requireNonNull(b.connectors, "connectors"), b.secrets, b.clock, b.customizer);
    this.runner = new SyncRunner(state, connections, store, clock, b.fullSyncEvery);
  }

  /**
   * Starts a builder for a registry kept in a directory, created if missing.
   *
   * @param directory the directory
   * @return a new builder
   */
  public static IntegrationsBuilder builder(Path directory) {
    return new IntegrationsBuilder(directory);
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
      if (existing.containsKey(id)) {
        throw new ConflictException("An integration with id '" + id + "' exists; choose another id");
      }
      for (Integration other : existing.values()) {
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
      if (edit.settings() != null) {
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
    state.begin(id, "a deletion");
    try {
      store.deleteAll(id);
      state.remove(id);
    } finally {
      state.end(id);
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
    state.begin(id, "a credential update");
    try {
      connections.verifyReplacement(current, credential, replacement);
      Instant now = clock.instant();
      return state.update(id, i -> i.withCredential(credential).connected(now, actor));
    } finally {
      state.end(id);
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
   * @throws ConflictException if a sync of this integration is already running
   * @throws dev.governance.core.GovernanceException whatever ended the sync, after the status records it
   */
  public SyncReport sync(String id, SyncRequest request) {
    Objects.requireNonNull(request, "request");
    get(id);
    state.begin(id, "a sync");
    try {
      return runner.run(id, request);
    } finally {
      state.end(id);
    }
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
