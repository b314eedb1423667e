package dev.governance.testkit.okta.internal.state;

import org.jspecify.annotations.Nullable;

/**
 * An OAuth 2.0 scope-consent grant held by an application: an administrator's consent (source
 * {@code ADMIN}), or an end user's (source {@code END_USER}, with the user's id).
 */
public final class GrantRec {
  /** Okta id, {@code oag…}. */
  public final String id;
  /** The application position. */
  public final int app;
  /** Granted scope, e.g. {@code okta.users.read}. */
  public final String scopeId;
  /** Creation time. */
  public final long created;
  /** {@code ACTIVE} or {@code REVOKED}. */
  public String status = "ACTIVE";
  /** Last update. */
  public long lastUpdated;
  /** Id of the user who granted it. */
  public final String createdBy;
  /** The consenting end user's id for a grant of source {@code END_USER}; null for an admin consent. */
  public final @Nullable String userId;

  /**
   * Creates a grant.
   *
   * @param id Okta id
   * @param app application position
   * @param scopeId scope
   * @param created creation time
   * @param createdBy granting user id
   */
  public GrantRec(String id, int app, String scopeId, long created, String createdBy) {
    this(id, app, scopeId, created, createdBy, null);
  }

  /**
   * Creates a grant, an end user's consent if {@code userId} is given.
   *
   * @param id Okta id
   * @param app application position
   * @param scopeId scope
   * @param created creation time
   * @param createdBy granting user id
   * @param userId the consenting end user's id, or null for an admin consent
   */
  public GrantRec(String id, int app, String scopeId, long created, String createdBy, @Nullable String userId) {
    this.id = id;
    this.app = app;
    this.scopeId = scopeId;
    this.created = created;
    this.lastUpdated = created;
    this.createdBy = createdBy;
    this.userId = userId;
  }

  /** Whether this is an administrator's consent (source {@code ADMIN}). */
  public boolean admin() {
    return userId == null;
  }

  /** Whether this is the given end user's active consent. */
  public boolean activeConsentOf(String user) {
    return user.equals(userId) && "ACTIVE".equals(status);
  }
}
