package dev.governance.core.integration;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A connected tenant as the registry knows it: what it is, who owns it, where its credential is,
 * and how its syncs went. Immutable; {@link Integrations} returns a new value after every change.
 *
 * @param id the registry's id for it
 * @param providerId the connector provider, e.g. {@code okta}
 * @param tenant the tenant, e.g. {@code https://acme.okta.com}
 * @param settings further connector settings (never secrets), e.g. an OAuth client id
 * @param credential where its secret is kept
 * @param features what the product does with it
 * @param primaryOwner who answers for it
 * @param secondaryOwners who else does, without the primary owner
 * @param description a description, or {@code null}
 * @param createdAt when it was added
 * @param createdBy who added it
 * @param firstConnected when it first connected and who made it, or {@code null} if never
 * @param status where its syncs stand
 * @param lastSync the last finished sync, successful or not, or {@code null} if none
 * @param lastSyncedAt when the last successful sync ended, or {@code null} if none
 * @param excessiveSync whether the last sync took longer than the registry's threshold
 * @since 0.1
 */
public record Integration(
    String id,
    String providerId,
    String tenant,
    Map<String, String> settings,
    CredentialReference credential,
    Set<IntegrationFeature> features,
    String primaryOwner,
    List<String> secondaryOwners,
    @Nullable String description,
    Instant createdAt,
    String createdBy,
    @Nullable FirstConnection firstConnected,
    SyncStatus status,
    @Nullable SyncRun lastSync,
    @Nullable Instant lastSyncedAt,
    boolean excessiveSync) {

  /** Validates and copies the components. */
  public Integration {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(providerId, "providerId");
    Objects.requireNonNull(tenant, "tenant");
    settings = Collections.unmodifiableMap(new TreeMap<>(settings));
    Objects.requireNonNull(credential, "credential");
    features = features.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(features));
    Objects.requireNonNull(primaryOwner, "primaryOwner");
    secondaryOwners = List.copyOf(secondaryOwners);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(status, "status");
  }

  /**
   * Returns how long the last finished sync took.
   *
   * @return the duration, or {@code null} if there was none
   */
  public @Nullable Duration lastSyncDuration() {
    return lastSync == null ? null : lastSync.duration();
  }

  Integration withStatus(SyncStatus value) {
    return new Integration(id, providerId, tenant, settings, credential, features, primaryOwner,
        secondaryOwners, description, createdAt, createdBy, firstConnected, value, lastSync,
        lastSyncedAt, excessiveSync);
  }

  Integration withSync(SyncStatus value, SyncRun run) {
    return new Integration(id, providerId, tenant, settings, credential, features, primaryOwner,
        secondaryOwners, description, createdAt, createdBy, firstConnected, value, run,
        run.succeeded() ? run.endedAt() : lastSyncedAt, excessiveSync);
  }

  Integration withCredential(CredentialReference value) {
    return new Integration(id, providerId, tenant, settings, value, features, primaryOwner,
        secondaryOwners, description, createdAt, createdBy, firstConnected, status, lastSync,
        lastSyncedAt, excessiveSync);
  }

  Integration connected(Instant at, String by) {
    if (firstConnected != null) {
      return this;
    }
    return new Integration(id, providerId, tenant, settings, credential, features, primaryOwner,
        secondaryOwners, description, createdAt, createdBy, new FirstConnection(at, by), status,
        lastSync, lastSyncedAt, excessiveSync);
  }

  Integration withExcessive(Duration threshold) {
    boolean flag = lastSync != null && lastSync.duration().compareTo(threshold) > 0;
    if (flag == excessiveSync) {
      return this;
    }
    return new Integration(id, providerId, tenant, settings, credential, features, primaryOwner,
        secondaryOwners, description, createdAt, createdBy, firstConnected, status, lastSync,
        lastSyncedAt, flag);
  }

  Integration edited(IntegrationEdit edit) {
    String primary = edit.primaryOwner() != null ? edit.primaryOwner() : primaryOwner;
    List<String> secondary = Owners.secondary(
        edit.secondaryOwners() != null ? edit.secondaryOwners() : secondaryOwners, primary);
    String text = edit.clearDescription()
        ? null
        : edit.description() != null ? edit.description() : description;
    return new Integration(id, providerId, tenant,
        edit.applySettings(settings), credential,
        edit.features() != null ? edit.features() : features, primary, secondary, text,
        createdAt, createdBy, firstConnected, status, lastSync, lastSyncedAt, excessiveSync);
  }
}
