package dev.governance.testkit.okta.internal.state;

import dev.governance.testkit.okta.UserStatus;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A user; fields are guarded by the tenant's lock. Times are epoch milliseconds, 0 for none. */
public final class UserRec {
  /** Position in the tenant's user table. */
  public final int idx;
  /** Okta id, {@code 00u…}. */
  public final String id;
  /** One of Okta's user statuses. */
  public UserStatus status;
  /** Creation time. */
  public long created;
  /** Activation time or 0. */
  public long activated;
  /** Last status change or 0. */
  public long statusChanged;
  /** Last login or 0. */
  public long lastLogin;
  /** Last update. */
  public long lastUpdated;
  /** Last password change or 0. */
  public long passwordChanged;
  /** Profile login. */
  public String login;
  /** Profile email. */
  public String email;
  /** Profile first name; empty until the profile gives one. */
  public String firstName = "";
  /** Profile last name; empty until the profile gives one. */
  public String lastName = "";
  /** Further profile attributes (standard or custom), or {@code null}. */
  public @Nullable Map<String, Object> extra;
  /** Whether the user was deleted (it keeps its position but is gone from every view). */
  public boolean deleted;
  /** Groups the user belongs to (sorted group positions). */
  public final IntList groups = new IntList();

  /**
   * Creates a user.
   *
   * @param idx position
   * @param id Okta id
   * @param login profile login, also its first email
   * @param status one of Okta's user statuses
   */
  public UserRec(int idx, String id, String login, UserStatus status) {
    this.idx = idx;
    this.id = id;
    this.login = login;
    this.email = login;
    this.status = status;
  }
}
