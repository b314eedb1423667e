package dev.governance.testkit.okta.internal.auth;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a principal's admin roles allow: org-wide permissions plus permissions scoped to groups. */
public final class PrincipalAccess {
  private final EnumSet<Perm> orgWide = EnumSet.noneOf(Perm.class);
  private final Map<Perm, BitSet> byGroup = new EnumMap<>(Perm.class);
  private final Map<Perm, BitSet> byApp = new EnumMap<>(Perm.class);
  private boolean anyRole;
  private boolean superAdmin;

  void grant(Perm perm) {
    orgWide.add(perm);
  }

  void grantForGroup(Perm perm, int group) {
    byGroup.computeIfAbsent(perm, p -> new BitSet()).set(group);
  }

  void grantForApp(Perm perm, int app) {
    byApp.computeIfAbsent(perm, p -> new BitSet()).set(app);
  }

  void markRole(boolean isSuper) {
    anyRole = true;
    superAdmin |= isSuper;
  }

  /**
   * Whether the principal holds any admin role.
   *
   * @return true if so
   */
  public boolean anyRole() {
    return anyRole;
  }

  /**
   * Whether the principal is a super admin.
   *
   * @return true if so
   */
  public boolean superAdmin() {
    return superAdmin;
  }

  /**
   * Whether the permission applies org-wide.
   *
   * @param perm permission
   * @return true if org-wide
   */
  public boolean orgWide(Perm perm) {
    return orgWide.contains(perm);
  }

  /**
   * Whether the permission applies to at least something.
   *
   * @param perm permission
   * @return true if anywhere
   */
  public boolean anywhere(Perm perm) {
    return orgWide.contains(perm) || byGroup.containsKey(perm) || byApp.containsKey(perm);
  }

  /**
   * Groups the permission is limited to (null when org-wide or none).
   *
   * @param perm permission
   * @return the groups or null
   */
  public @Nullable BitSet groups(Perm perm) {
    return byGroup.get(perm);
  }

  /**
   * Whether the permission applies to a group.
   *
   * @param perm permission
   * @param group group position
   * @return true if allowed
   */
  public boolean forGroup(Perm perm, int group) {
    BitSet b = byGroup.get(perm);
    return orgWide.contains(perm) || (b != null && b.get(group));
  }

  /**
   * Whether the permission applies to an app.
   *
   * @param perm permission
   * @param app app position
   * @return true if allowed
   */
  public boolean forApp(Perm perm, int app) {
    BitSet b = byApp.get(perm);
    return orgWide.contains(perm) || (b != null && b.get(app));
  }
}
