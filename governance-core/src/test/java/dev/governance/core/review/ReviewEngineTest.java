package dev.governance.core.review;

import static dev.governance.core.review.ReviewFixture.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.access.AccessPath;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewEngineTest {

  private final Snapshot snapshot = ReviewFixture.snapshot();

  @Test
  void anApplicationReviewListsEveryIdentityWithEveryPathAndItsFacts() {
    Review review = ReviewFixture.review(snapshot);

    ReviewItem crm = review.item(item("u1", "a-crm")).orElseThrow();
    assertThat(crm.paths()).extracting(ItemPath::kind)
        .containsExactly(AccessPath.Kind.DIRECT, AccessPath.Kind.VIA_GROUP);
    assertThat(crm.paths().get(1).description()).isEqualTo("via group Sales");
    assertThat(crm.subjectLabel()).isEqualTo("ann@acme.com");
    assertThat(crm.subjectStatus()).isEqualTo("ACTIVE");
    assertThat(crm.lastLogin()).isNotNull();
    assertThat(review.items()).extracting(ReviewItem::id)
        .contains(item("u2", "a-vpn"), item("u2", "a-git"), item("u3", "a-chat"), item("u1", "a-wiki"));
    assertThat(review.status()).isEqualTo(ReviewStatus.OPEN);
    assertThat(review.snapshotId()).isEqualTo("000001-s");
  }

  @Test
  void reviewersComeFromTheFirstRuleThatNamesSomeoneAndUnassignedItemsAreKeptAndFlagged() {
    Review review = ReviewFixture.review(snapshot);

    assertThat(review.item(item("u1", "a-wiki")).orElseThrow().reviewers()).containsExactly("cat@acme.com");
    assertThat(review.item(item("u2", "a-crm"))).isEmpty();
    ReviewItem bobVpn = review.item(item("u2", "a-vpn")).orElseThrow();
    assertThat(bobVpn.unassigned()).isTrue();
    ReviewItem catsFirst = ReviewEngine.create(snapshot, ReviewOptions.builder("acme", "s", new ReviewScope.Identities(
        Set.of("u3"))).reviewer(new ReviewerRule.Manager("manager")).build()).items().get(0);
    assertThat(catsFirst.reviewers()).containsExactly("ann@acme.com");
  }

  @Test
  void integrationOwnersAndNamedPeopleReviewWhenAskedFor() {
    Review review = ReviewEngine.create(snapshot, ReviewOptions.builder("acme", "s", ReviewScope.Applications.all())
        .reviewer(new ReviewerRule.IntegrationOwners()).integrationOwners(List.of())
        .reviewer(new ReviewerRule.Named(List.of("audit@acme.com"))).build());

    assertThat(review.items()).allSatisfy(i -> assertThat(i.reviewers()).containsExactly("audit@acme.com"));
  }

  @Test
  void aGroupReviewListsMembersAndAPrivilegedReviewListsTokensAndManageScopes() {
    Review groups = ReviewEngine.create(snapshot, ReviewOptions.builder("acme", "s",
        new ReviewScope.Groups(Set.of("g-eng"))).build());

    assertThat(groups.items()).extracting(ReviewItem::subjectId).containsExactly("u2", "u3");
    assertThat(groups.items().get(0).paths().get(0).description()).isEqualTo("direct member");
    assertThatThrownBy(() -> ReviewEngine.create(snapshot, ReviewOptions.builder("acme", "s",
        new ReviewScope.Roles(Set.of("nope"))).build())).isInstanceOf(InvalidConfigurationException.class);
  }

  @Test
  void aReviewSinceTheLastClosedOneHoldsOnlyNewAccess() {
    Review first = ReviewFixture.review(snapshot).close("cat@acme.com", ReviewFixture.CLOCK.instant());
    SnapshotBuilder later = ReviewFixture.builder();
    later.grant(Grant.AppAssignment.direct(EntityKind.IDENTITY, "u3", "a-vpn"));
    ReviewFixture.member(later, "u3", "g-sales");

    Review delta = ReviewEngine.create(later.build(), ReviewOptions.builder("acme", "000002-s",
        ReviewScope.Applications.all()).since(first, snapshot).build());

    assertThat(delta.basedOn()).isEqualTo("r-1");
    assertThat(delta.items()).extracting(ReviewItem::id)
        .containsExactlyInAnyOrder(item("u3", "a-vpn"), item("u3", "a-crm"), item("u3", "a-wiki"));
  }

  @Test
  void aReviewIsNotBuiltAsTheDifferenceFromAnOpenOne() {
    Review open = ReviewFixture.review(snapshot);

    assertThatThrownBy(() -> ReviewEngine.create(snapshot, ReviewOptions.builder("acme", "s",
        ReviewScope.Applications.all()).since(open, snapshot).build()))
        .isInstanceOf(InvalidConfigurationException.class).hasMessageContaining("still open");
  }
}
