package dev.governance.core.integration;

import java.time.Instant;
import java.util.Objects;

/**
 * Who holds an integration, for what and until when: the busy mark of a sync, a deletion or a
 * credential update, kept in the {@link RegistryStore} so that every process sharing the store sees
 * it. The holder renews it while it works; a lease not renewed expires, so a crashed holder never
 * blocks the integration for longer than one lease duration.
 *
 * @param integrationId the integration held
 * @param owner who holds it: unique per holder, e.g. {@code scheduler@host-1 (pid 4242) 3f0c…}
 * @param purpose what the holder does, e.g. {@code a sync}
 * @param expiresAt when it expires unless renewed
 * @since 0.1
 */
public record Lease(String integrationId, String owner, String purpose, Instant expiresAt) {

  /** Validates the components. */
  public Lease {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * Tells whether the lease is still in force at an instant.
   *
   * @param now the instant
   * @return {@code true} if it has not expired
   */
  public boolean liveAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
