package dev.governance.core.review;

import dev.governance.core.model.EntityKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One access to decide on: a subject (an identity, or an application for scope grants) and a
 * target, with every path that gives it and the facts a reviewer needs.
 *
 * @param id the item's id, stable for the same subject and target in every review
 * @param subjectKind {@link EntityKind#IDENTITY} or {@link EntityKind#APPLICATION}
 * @param subjectId the subject's id
 * @param subjectLabel the subject's name for people (a login, an application label)
 * @param targetKind what the access is to
 * @param targetId the target's id (an application, role, group or token id, or a scope name)
 * @param targetLabel the target's name for people
 * @param paths every path, shortest first; one for scope grants and API tokens
 * @param subjectStatus the subject's status in the provider, or {@code null} if unknown
 * @param lastLogin when the identity last signed in, or {@code null} if never or unknown
 * @param grantedAt when the access was granted, where the provider says, or {@code null}
 * @param findings the posture findings about the subject or the target, as {@code rule-id: title}
 * @param reviewers who should decide, from the review's rules; empty when no rule named anyone
 * @since 0.1
 */
public record ReviewItem(
    String id,
    EntityKind subjectKind,
    String subjectId,
    String subjectLabel,
    TargetKind targetKind,
    String targetId,
    String targetLabel,
    List<ItemPath> paths,
    @Nullable String subjectStatus,
    @Nullable Instant lastLogin,
    @Nullable Instant grantedAt,
    List<String> findings,
    List<String> reviewers) {

  /** Validates and copies the components. */
  public ReviewItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subjectKind, "subjectKind");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(subjectLabel, "subjectLabel");
    Objects.requireNonNull(targetKind, "targetKind");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(targetLabel, "targetLabel");
    paths = List.copyOf(paths);
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("an item needs at least one path");
    }
    findings = List.copyOf(findings);
    reviewers = List.copyOf(reviewers);
  }

  /**
   * Returns the id an item of this subject and target has in every review.
   *
   * @param subjectKind the subject's kind
   * @param subjectId the subject's id
   * @param targetKind the target's kind
   * @param targetId the target's id
   * @return the id, e.g. {@code identity:00u1/application:0oa2}
   */
  public static String idOf(EntityKind subjectKind, String subjectId, TargetKind targetKind, String targetId) {
    return subjectKind.name().toLowerCase(java.util.Locale.ROOT) + ':' + subjectId + '/'
        + targetKind.name().toLowerCase(java.util.Locale.ROOT) + ':' + targetId;
  }

  /**
   * Tells whether no reviewer rule named anyone for this item.
   *
   * @return {@code true} if the item has no reviewer
   */
  public boolean unassigned() {
    return reviewers.isEmpty();
  }
}
