package dev.governance.core;

import java.time.Instant;
import java.util.Objects;

/**
 * An integration is held by a lease: a sync, a deletion or a credential update of it runs, in this
 * process or in another that shares the store. The holder renews its lease while it works; a
 * holder that crashed stops renewing, and its lease expires at {@link #expiresAt()}, after which
 * the integration can be taken again.
 *
 * @since 0.1
 */
public final class IntegrationBusyException extends ConflictException {

  private static final long serialVersionUID = 1L;

  private final String integrationId;
  private final String owner;
  private final String purpose;
  private final Instant expiresAt;

  /**
   * Creates the exception.
   *
   * @param integrationId the integration
   * @param owner who holds the lease, e.g. {@code worker-2@host (pid 4242)}
   * @param purpose what the holder does, e.g. {@code a sync}
   * @param expiresAt when the lease expires unless it is renewed
   * @param wanted what the refused caller wanted to do
   */
  public IntegrationBusyException(
      String integrationId, String owner, String purpose, Instant expiresAt, String wanted) {
    super("Integration '" + integrationId + "' is busy with " + purpose + " held by " + owner
        + " (its lease runs to " + expiresAt + " unless renewed); wait for it to end before"
        + " starting " + wanted, null);
    this.integrationId = Objects.requireNonNull(integrationId, "integrationId");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * Returns the integration.
   *
   * @return its id
   */
  public String integrationId() {
    return integrationId;
  }

  /**
   * Returns who holds the lease.
   *
   * @return the holder's name
   */
  public String owner() {
    return owner;
  }

  /**
   * Returns what the holder does.
   *
   * @return e.g. {@code a sync}
   */
  public String purpose() {
    return purpose;
  }

  /**
   * Returns when the lease expires unless its holder renews it.
   *
   * @return the expiry
   */
  public Instant expiresAt() {
    return expiresAt;
  }
}
