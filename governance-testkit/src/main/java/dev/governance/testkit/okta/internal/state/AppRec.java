package dev.governance.testkit.okta.internal.state;

import dev.governance.testkit.okta.AppStatus;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An application; fields are guarded by the tenant's lock. */
public final class AppRec {
  /** Position in the tenant's application table. */
  public final int idx;
  /** Okta id, {@code 0oa…}; also the OAuth client id. */
  public final String id;
  /** App name, e.g. {@code oidc_client}, {@code bookmark}. */
  public String name;
  /** Label shown to users. */
  public String label;
  /** Sign-on mode. */
  public String signOnMode;
  /** {@code ACTIVE}, {@code INACTIVE} or {@code DELETED}. */
  public AppStatus status;
  /** Creation time. */
  public long created;
  /** Last update. */
  public long lastUpdated;
  /** Whether this is an OAuth 2.0 service client (client credentials). */
  public boolean serviceClient;
  /** Registered public key for {@code private_key_jwt}, or {@code null}. */
  public @Nullable PublicKey publicKey;
  /** Key id of the registered key, or {@code null}. */
  public @Nullable String keyId;
  /** Whether token requests must carry a DPoP proof ({@code dpop_bound_access_tokens}). */
  public boolean requireDpop;
  /** Whether it was deleted; it keeps its position but is found and listed no more. */
  public boolean deleted;
  /** Users assigned directly (sorted user positions). */
  public final IntList directUsers = new IntList();
  /** Groups assigned (group positions in priority order). */
  public final IntList groups = new IntList();
  /** App-specific profiles of assigned users, by user position (absent: none set). */
  public final java.util.Map<Integer, java.util.Map<String, Object>> userProfiles = new java.util.HashMap<>(0);
  /** App-specific profiles of assigned groups, by group position (absent: none set). */
  public final java.util.Map<Integer, java.util.Map<String, Object>> groupProfiles = new java.util.HashMap<>(0);
  /** Signing key credentials, in generation order. */
  public final List<KeyRec> keys = new ArrayList<>(0);
  /** Scope-consent grants. */
  public final List<GrantRec> grants = new ArrayList<>(0);

  /**
   * Creates an application.
   *
   * @param idx position
   * @param id Okta id
   * @param name app name
   * @param label label shown to users
   * @param signOnMode sign-on mode
   * @param status {@code ACTIVE}, {@code INACTIVE} or {@code DELETED}
   */
  public AppRec(int idx, String id, String name, String label, String signOnMode, AppStatus status) {
    this.idx = idx;
    this.id = id;
    this.name = name;
    this.label = label;
    this.signOnMode = signOnMode;
    this.status = status;
  }
}
