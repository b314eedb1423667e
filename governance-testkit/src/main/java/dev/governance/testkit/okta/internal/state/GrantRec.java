package dev.governance.testkit.okta.internal.state;

/** An OAuth 2.0 scope-consent grant held by an application. */
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
    this.id = id;
    this.app = app;
    this.scopeId = scopeId;
    this.created = created;
    this.lastUpdated = created;
    this.createdBy = createdBy;
  }
}
