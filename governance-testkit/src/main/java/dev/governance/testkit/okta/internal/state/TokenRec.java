package dev.governance.testkit.okta.internal.state;

/** An SSWS API token. The secret never leaves the tenant through the API. */
public final class TokenRec {
  /** Okta id, {@code 00T…}. */
  public final String id;
  /** Token name. */
  public final String name;
  /** Owner's user position. */
  public final int owner;
  /** The secret sent as {@code SSWS <secret>}. */
  public final String secret;
  /** Creation time. */
  public final long created;
  /** Last use (Okta reports it as {@code lastUpdated}). */
  public long lastUsed;
  /** Whether it was revoked. */
  public boolean revoked;

  /**
   * Creates a token.
   *
   * @param id Okta id
   * @param name name
   * @param owner owner position
   * @param secret secret
   * @param created creation time
   * @param lastUsed last use
   */
  public TokenRec(String id, String name, int owner, String secret, long created, long lastUsed) {
    this.id = id;
    this.name = name;
    this.owner = owner;
    this.secret = secret;
    this.created = created;
    this.lastUsed = lastUsed;
  }

  @Override
  public String toString() {
    return "TokenRec[" + id + ", " + name + ", secret=****]";
  }
}
