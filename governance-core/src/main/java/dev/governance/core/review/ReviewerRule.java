package dev.governance.core.review;

import java.util.List;
import java.util.Objects;

/**
 * Where an item's reviewers come from. A review tries its rules in order and takes the reviewers
 * of the first rule that names someone; an item no rule gives a reviewer is kept and flagged
 * ({@link ReviewItem#unassigned()}).
 *
 * @since 0.1
 */
public sealed interface ReviewerRule {

  /**
   * Describes the rule for people.
   *
   * @return the description
   */
  String describe();

  /** The owners of the integration the snapshot was read from (primary first). */
  record IntegrationOwners() implements ReviewerRule {
    @Override
    public String describe() {
      return "the integration's owners";
    }
  }

  /**
   * The person an attribute of the item's target names, e.g. an application's {@code owner}; for
   * an item whose target has no such attribute, nobody.
   *
   * @param attribute the attribute's name
   */
  record TargetOwnerAttribute(String attribute) implements ReviewerRule {
    /** Validates the name. */
    public TargetOwnerAttribute {
      requireName(attribute);
    }

    @Override
    public String describe() {
      return "the target's attribute " + attribute;
    }
  }

  /**
   * The identity's manager, named by a profile attribute such as {@code managerId} or {@code
   * manager}; an id or a login of another identity is shown as that identity's login.
   *
   * @param attribute the attribute's name
   */
  record Manager(String attribute) implements ReviewerRule {
    /** Validates the name. */
    public Manager {
      requireName(attribute);
    }

    @Override
    public String describe() {
      return "the identity's manager (" + attribute + ")";
    }
  }

  /**
   * Named people, for every item.
   *
   * @param reviewers logins or emails, at least one
   */
  record Named(List<String> reviewers) implements ReviewerRule {
    /** Validates and copies the reviewers. */
    public Named {
      reviewers = List.copyOf(reviewers);
      if (reviewers.isEmpty() || reviewers.stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException("name at least one reviewer, none of them blank");
      }
    }

    @Override
    public String describe() {
      return "named: " + String.join(", ", reviewers);
    }
  }

  private static void requireName(String attribute) {
    Objects.requireNonNull(attribute, "attribute");
    if (attribute.isBlank()) {
      throw new IllegalArgumentException("the attribute name must not be blank");
    }
  }
}
