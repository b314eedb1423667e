package dev.governance.core.model;

/**
 * Why a grant exists: given directly, inherited through a group, or added by a group rule.
 *
 * <p>Provenance decides how access can be removed: a direct grant by removing it, a grant through
 * a group by removing the membership (or the group's assignment), a membership added by a rule by
 * changing the rule or the attributes it matches.
 *
 * @since 0.1
 */
public sealed interface Provenance {

  /**
   * Returns the provenance of a grant given directly.
   *
   * @return the shared instance
   */
  static Provenance direct() {
    return Direct.INSTANCE;
  }

  /**
   * Returns the provenance of a grant inherited through a group.
   *
   * @param groupId the group
   * @return the provenance
   */
  static Provenance viaGroup(String groupId) {
    return new ViaGroup(groupId);
  }

  /**
   * Returns the provenance of a grant the provider reports as inherited through a group without
   * saying which one (Okta's application users with scope {@code GROUP}).
   *
   * @return the shared instance
   */
  static Provenance viaUnnamedGroup() {
    return ViaUnnamedGroup.INSTANCE;
  }

  /**
   * Returns the provenance of a membership added by a group rule.
   *
   * @param ruleId the rule
   * @return the provenance
   */
  static Provenance viaGroupRule(String ruleId) {
    return new ViaGroupRule(ruleId);
  }

  /**
   * Tells whether the grant was given directly, so removing it removes the access.
   *
   * @return {@code true} for {@link Direct}
   */
  default boolean isDirect() {
    return this instanceof Direct;
  }

  /** Given directly to the subject. */
  enum Direct implements Provenance {
    /** The one instance. */
    INSTANCE;

    @Override
    public String toString() {
      return "direct";
    }
  }

  /** Inherited through a group the provider did not name. */
  enum ViaUnnamedGroup implements Provenance {
    /** The one instance. */
    INSTANCE;

    @Override
    public String toString() {
      return "via a group";
    }
  }

  /**
   * Inherited through membership of a group.
   *
   * @param groupId the group
   */
  record ViaGroup(String groupId) implements Provenance {
    /** Validates the id. */
    public ViaGroup {
      Checks.id(groupId, "groupId");
    }

    @Override
    public String toString() {
      return "via group " + groupId;
    }
  }

  /**
   * Added by a group rule.
   *
   * @param ruleId the rule
   */
  record ViaGroupRule(String ruleId) implements Provenance {
    /** Validates the id. */
    public ViaGroupRule {
      Checks.id(ruleId, "ruleId");
    }

    @Override
    public String toString() {
      return "via group rule " + ruleId;
    }
  }
}
