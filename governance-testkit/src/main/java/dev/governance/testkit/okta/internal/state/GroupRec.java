package dev.governance.testkit.okta.internal.state;

import dev.governance.testkit.okta.OktaGroupType;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A group; fields are guarded by the tenant's lock. */
public final class GroupRec {
  /** Position in the tenant's group table. */
  public final int idx;
  /** Okta id, {@code 00g…}. */
  public final String id;
  /** {@code OKTA_GROUP}, {@code APP_GROUP} or {@code BUILT_IN}. */
  public OktaGroupType type;
  /** Profile name. */
  public String name;
  /** Profile description or {@code null}. */
  public @Nullable String description;
  /** Custom profile attributes or {@code null}. */
  public @Nullable Map<String, Object> extra;
  /** Creation time. */
  public long created;
  /** Last profile update. */
  public long lastUpdated;
  /** Last membership change. */
  public long lastMembershipUpdated;
  /** Source application position for {@code APP_GROUP}s, or -1. */
  public int sourceApp = -1;
  /** Whether {@code expand=stats} leaves this group's statistics out, as Okta sometimes does. */
  public boolean statsWithheld;
  /** Whether it was deleted; a deleted group keeps its position but is found and listed no more. */
  public boolean deleted;
  /** Members (sorted user positions). */
  public final IntList members = new IntList();
  /** Applications assigned to the group (app positions, in assignment order). */
  public final IntList apps = new IntList();
  /** The group's owners, in the order they were assigned. */
  public final java.util.List<OwnerRec> owners = new java.util.ArrayList<>(0);

  /**
   * Creates a group.
   *
   * @param idx position
   * @param id Okta id
   * @param name profile name
   * @param type {@code OKTA_GROUP}, {@code APP_GROUP} or {@code BUILT_IN}
   */
  public GroupRec(int idx, String id, String name, OktaGroupType type) {
    this.idx = idx;
    this.id = id;
    this.name = name;
    this.type = type;
  }
}
