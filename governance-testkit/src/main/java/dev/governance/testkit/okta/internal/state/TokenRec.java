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
  private final java.util.concurrent.atomic.AtomicLong lastUsed;
  private volatile boolean revoked;

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
    this.lastUsed = new java.util.concurrent.atomic.AtomicLong(lastUsed);
  }

  /**
   * The last use (Okta reports it as {@code lastUpdated}).
   *
   * @return epoch milliseconds
   */
  public long lastUsed() {
    return lastUsed.get();
  }

  /** Moves the last use forward; safe under a read, since it only ever grows. */
  void used(long at) {
    lastUsed.accumulateAndGet(at, Math::max);
  }

  /** Sets the last use, for fixtures that restore a token's history. */
  void lastUsed(long at) {
    lastUsed.set(at);
  }

  /**
   * Whether it was revoked (or deprovisioned with its owner).
   *
   * @return whether it was revoked
   */
  public boolean revoked() {
    return revoked;
  }

  void revoked(boolean value) {
    revoked = value;
  }

  @Override
  public String toString() {
    return "TokenRec[" + id + ", " + name + ", secret=****]";
  }
}
