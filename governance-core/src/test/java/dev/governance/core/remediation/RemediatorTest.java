package dev.governance.core.remediation;

import static dev.governance.core.review.ReviewFixture.decide;
import static dev.governance.core.review.ReviewFixture.item;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.ConflictException;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.review.DirectoryReviewStore;
import dev.governance.core.review.Review;
import dev.governance.core.review.ReviewFixture;
import dev.governance.core.review.StepOutcome;
import dev.governance.core.review.Verdict;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.ActionResult;
import dev.governance.core.spi.Capabilities;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.LifecycleConnector;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemediatorTest {

  /** Removes grants from the fixture's snapshot as a provider would, refusing what a group also grants. */
  static final class Tenant implements LifecycleConnector {
    final List<Grant> removed = new ArrayList<>();
    final List<LifecycleAction> calls = new ArrayList<>();
    boolean failMemberships;

    Snapshot read() {
      SnapshotBuilder b = ReviewFixture.builder();
      Snapshot all = b.build();
      SnapshotBuilder out = Snapshot.builder("https://acme.example.com", "test").clock(ReviewFixture.CLOCK);
      for (EntityKind k : EntityKind.values()) {
        all.entities(k).forEach(out::entity);
      }
      all.grants().stream().filter(g -> !removed.contains(g)).forEach(out::grant);
      return out.build();
    }

    @Override
    public ActionResult apply(LifecycleAction action) {
      calls.add(action);
      Snapshot now = read();
      if (action instanceof LifecycleAction.RemoveMembership rm) {
        if (failMemberships) {
          throw new dev.governance.core.ConnectorFailureException("the provider answered 500", true, null);
        }
        return remove(action, Grant.Membership.of(rm.identityId(), rm.groupId()));
      }
      LifecycleAction.UnassignApplication ua = (LifecycleAction.UnassignApplication) action;
      boolean viaGroup = now.grantsOf(EntityKind.IDENTITY, ua.identityId()).stream()
          .anyMatch(g -> g instanceof Grant.Membership m && now.grantsOf(EntityKind.GROUP, m.groupId()).stream()
              .anyMatch(a -> a.targetId().equals(ua.applicationId())));
      if (viaGroup) {
        throw new ConflictException("a group also grants the application");
      }
      return remove(action, Grant.AppAssignment.direct(EntityKind.IDENTITY, ua.identityId(), ua.applicationId()));
    }

    private ActionResult remove(LifecycleAction action, Grant g) {
      boolean had = read().grants().contains(g);
      removed.add(g);
      return new ActionResult(action, had ? ActionResult.Outcome.APPLIED : ActionResult.Outcome.ALREADY_DONE,
          ReviewFixture.CLOCK.instant(), had ? "removed" : "already gone", had ? "req-" + removed.size() : null);
    }

    @Override
    public String id() {
      return "test";
    }

    @Override
    public String tenant() {
      return "https://acme.example.com";
    }

    @Override
    public Capabilities capabilities() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Preflight check() {
      return RemediationPlannerTest.allowed();
    }

    @Override
    public SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext context) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
  }

  @TempDir Path dir;

  private final Tenant tenant = new Tenant();
  private final Review review = ReviewFixture.review(tenant.read()).decide(List.of(
      decide(item("u1", "a-crm"), Verdict.REVOKE), decide(item("u2", "a-vpn"), Verdict.REVOKE)), false);
  private final RemediationPlan plan = RemediationPlanner.plan(review, tenant.read(), "000001-s",
      RemediationPlannerTest.allowed(), ReviewFixture.CLOCK);

  @Test
  void aDryRunChangesNothingAndSaysWhatItWouldDo() {
    RemediationRun run = Remediator.apply(plan, review, tenant, ApplyOptions.builder("cat@acme.com").build());

    assertThat(tenant.calls).isEmpty();
    assertThat(run.dryRun()).isTrue();
    assertThat(run.entries()).extracting(e -> e.outcome()).containsOnly(StepOutcome.DRY_RUN);
  }

  @Test
  void applyingRemovesTheRevokedAccessRecordsTheAuditAndASecondRunChangesNothing() {
    DirectoryReviewStore store = DirectoryReviewStore.open(dir);
    store.create(review);
    ApplyOptions options = ApplyOptions.builder("cat@acme.com").apply(true).clock(ReviewFixture.CLOCK)
        .auditTo(store).build();

    RemediationRun first = Remediator.apply(plan, review, tenant, options);
    List<ItemVerification> verified = Remediator.verify(plan, review, tenant.read(), first);
    RemediationRun second = Remediator.apply(plan, review, tenant, options);

    assertThat(first.entries()).extracting(e -> e.outcome()).containsExactly(StepOutcome.APPLIED, StepOutcome.APPLIED);
    assertThat(first.entries()).extracting(e -> e.requestId()).containsExactly("req-1", "req-2");
    assertThat(second.entries()).extracting(e -> e.requestId()).containsOnlyNulls();
    assertThat(verified).extracting(ItemVerification::state)
        .containsExactly(ItemVerification.State.REMOVED, ItemVerification.State.NEEDS_PERSON);
    assertThat(verified.get(1).reason().get(0)).contains("Domain Users");
    assertThat(second.entries()).extracting(e -> e.outcome()).containsOnly(StepOutcome.ALREADY_DONE);
    assertThat(store.audit("r-1")).hasSize(4).allSatisfy(e -> {
      assertThat(e.approvedBy()).isEqualTo("cat@acme.com");
      assertThat(e.decidedBy()).containsExactly("cat@acme.com");
    });
    assertThat(tenant.read().grants()).hasSize(ReviewFixture.snapshot().grants().size() - 2);
  }

  @Test
  void aFailedStepSkipsOnlyTheStepsThatDependOnIt() {
    tenant.failMemberships = true;

    RemediationRun run = Remediator.apply(plan, review, tenant, ApplyOptions.builder("cat@acme.com").apply(true).build());
    List<ItemVerification> verified = Remediator.verify(plan, review, tenant.read(), run);

    assertThat(run.entries()).extracting(e -> e.outcome()).containsExactly(StepOutcome.FAILED, StepOutcome.SKIPPED);
    assertThat(run.entries().get(1).detail()).contains("depends on s1");
    assertThat(verified.get(0).state()).isEqualTo(ItemVerification.State.STILL_PRESENT);
    assertThat(verified.get(0).reason()).anySatisfy(r -> assertThat(r).contains("s1 failed"));
  }

  @Test
  void stepsTheCredentialsDoNotAllowAreNotAttempted() {
    RemediationPlan denied = RemediationPlanner.plan(review, tenant.read(), "000001-s",
        RemediationPlannerTest.readOnly(), ReviewFixture.CLOCK);

    RemediationRun run = Remediator.apply(denied, review, tenant, ApplyOptions.builder("cat@acme.com").apply(true).build());

    assertThat(tenant.calls).isEmpty();
    assertThat(run.entries()).allSatisfy(e -> {
      assertThat(e.outcome()).isEqualTo(StepOutcome.NOT_ALLOWED);
      assertThat(e.detail()).contains("add the scopes okta.");
    });
  }
}
