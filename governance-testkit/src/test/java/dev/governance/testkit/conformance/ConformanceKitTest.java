package dev.governance.testkit.conformance;

import static dev.governance.testkit.conformance.ConformanceCheck.BAD_CREDENTIALS_REFUSED_BY_CHECK;
import static dev.governance.testkit.conformance.ConformanceCheck.BAD_CREDENTIALS_REFUSED_BY_COLLECT;
import static dev.governance.testkit.conformance.ConformanceCheck.CANCELLATION_STOPS_WITHIN_A_PAGE;
import static dev.governance.testkit.conformance.ConformanceCheck.DECLARED_ACTIONS_ACCEPTED;
import static dev.governance.testkit.conformance.ConformanceCheck.DECLARED_COLLECTIONS_COVERED;
import static dev.governance.testkit.conformance.ConformanceCheck.LIFECYCLE_REFUSAL_CLEAR;
import static dev.governance.testkit.conformance.ConformanceCheck.COVERAGE_ONLY_FOR_REQUESTED;
import static dev.governance.testkit.conformance.ConformanceCheck.GRANTS_REFERENCE_DELIVERED_ENTITIES;
import static dev.governance.testkit.conformance.ConformanceCheck.IDS_STABLE_ACROSS_SYNCS;
import static dev.governance.testkit.conformance.ConformanceCheck.LIFECYCLE_ACTION_IDEMPOTENT;
import static dev.governance.testkit.conformance.ConformanceCheck.MISSING_PERMISSION_NOT_COMPLETE;
import static dev.governance.testkit.conformance.ConformanceCheck.NOTHING_UNDECLARED_DELIVERED;
import static dev.governance.testkit.conformance.ConformanceCheck.NO_SECRET_IN_LOG;
import static dev.governance.testkit.conformance.ConformanceCheck.NO_SECRET_IN_MESSAGES;
import static dev.governance.testkit.conformance.ConformanceCheck.NO_SECRET_IN_TO_STRING;
import static dev.governance.testkit.conformance.ConformanceCheck.CHECK_BESIDE_COLLECT;
import static dev.governance.testkit.conformance.ConformanceCheck.PREFLIGHT_MATCHES_COLLECT;
import static dev.governance.testkit.conformance.ConformanceCheck.PROVENANCE_CONSISTENT;
import static dev.governance.testkit.conformance.ConformanceCheck.SEEDED_INVENTORY_DELIVERED;
import static dev.governance.testkit.conformance.ConformanceCheck.STREAMS_PAGES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.testkit.conformance.fixtures.BrokenConnectors;
import dev.governance.testkit.conformance.fixtures.PartialSubjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The kit passes the reference connector and fails each broken one on exactly what it breaks. */
class ConformanceKitTest {

  @Test
  void theReferenceConnectorPassesEveryCheckThatApplies() {
    ConformanceRun run = ConformanceRun.of(InMemoryConnectorConformanceTest.class);

    assertThat(run.ran()).as(run.toString()).containsExactlyInAnyOrder(ConformanceCheck.values());
    assertThat(run.failed()).as(run.toString()).isEmpty();
    // It declares every collection, so none can be delivered undeclared.
    assertThat(run.aborted()).as(run.toString()).containsExactly(NOTHING_UNDECLARED_DELIVERED);
  }

  @Test
  void checksWhoseHooksAreNotGivenAreAbortedWithTheirReasonNotPassed() {
    ConformanceRun run = ConformanceRun.of(PartialSubjects.OnlyWhatIsRequired.class);

    assertThat(run.failed()).as(run.toString()).isEmpty();
    assertThat(run.with(ConformanceRun.Outcome.PASSED)).as(run.toString()).containsExactlyInAnyOrder(
        DECLARED_COLLECTIONS_COVERED, COVERAGE_ONLY_FOR_REQUESTED, SEEDED_INVENTORY_DELIVERED,
        IDS_STABLE_ACROSS_SYNCS, GRANTS_REFERENCE_DELIVERED_ENTITIES, PROVENANCE_CONSISTENT, CHECK_BESIDE_COLLECT);
    assertThat(run.aborted()).as(run.toString()).containsExactlyInAnyOrder(NOTHING_UNDECLARED_DELIVERED,
        DECLARED_ACTIONS_ACCEPTED, STREAMS_PAGES, CANCELLATION_STOPS_WITHIN_A_PAGE,
        BAD_CREDENTIALS_REFUSED_BY_CHECK, BAD_CREDENTIALS_REFUSED_BY_COLLECT, MISSING_PERMISSION_NOT_COMPLETE,
        PREFLIGHT_MATCHES_COLLECT, NO_SECRET_IN_TO_STRING, NO_SECRET_IN_MESSAGES, NO_SECRET_IN_LOG,
        LIFECYCLE_ACTION_IDEMPOTENT, LIFECYCLE_REFUSAL_CLEAR);
    assertThat(run.messages()).containsEntry(STREAMS_PAGES.sentence(), "no collection spans more than one page:"
        + " seed one with more items than a page (or open the connector with a smaller page size) and name it"
        + " in SeededInventory.spansPages");
  }

  @Test
  void aReadOnlyConnectorHasItsLifecycleChecksAbortedAsNotApplying() {
    ConformanceRun run = ConformanceRun.of(PartialSubjects.ReadOnly.class);

    assertThat(run.failed()).as(run.toString()).isEmpty();
    assertThat(run.aborted()).as(run.toString()).containsExactlyInAnyOrder(NOTHING_UNDECLARED_DELIVERED,
        DECLARED_ACTIONS_ACCEPTED, LIFECYCLE_ACTION_IDEMPOTENT, LIFECYCLE_REFUSAL_CLEAR);
    assertThat(run.messages().get(LIFECYCLE_ACTION_IDEMPOTENT.sentence()))
        .isEqualTo("the connector is read-only: it declares no lifecycle action");
  }

  @Test
  void everyCheckIsExplainedInTheConnectorGuide() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "connectors.md"));

    for (ConformanceCheck check : ConformanceCheck.values()) {
      assertThat(guide).as(check.name()).contains("| " + check.sentence() + " |");
    }
  }

  static Stream<Arguments> brokenConnectors() {
    return Stream.of(
        Arguments.of(BrokenConnectors.EmptyCompleteWhenForbidden.class,
            EnumSet.of(MISSING_PERMISSION_NOT_COMPLETE, PREFLIGHT_MATCHES_COLLECT)),
        Arguments.of(BrokenConnectors.ProvenanceDropped.class, EnumSet.of(SEEDED_INVENTORY_DELIVERED)),
        Arguments.of(BrokenConnectors.ProvenanceNamesAnotherGroup.class,
            EnumSet.of(SEEDED_INVENTORY_DELIVERED, PROVENANCE_CONSISTENT)),
        Arguments.of(BrokenConnectors.HoldsCollectionsWhole.class, EnumSet.of(STREAMS_PAGES)),
        Arguments.of(BrokenConnectors.IgnoresCancellation.class, EnumSet.of(CANCELLATION_STOPS_WITHIN_A_PAGE)),
        Arguments.of(BrokenConnectors.IdsChangeBetweenSyncs.class, EnumSet.of(IDS_STABLE_ACROSS_SYNCS)),
        Arguments.of(BrokenConnectors.RefusesToCheckWhileCollecting.class, EnumSet.of(CHECK_BESIDE_COLLECT)),
        Arguments.of(BrokenConnectors.GrantToMissingEntity.class,
            EnumSet.of(GRANTS_REFERENCE_DELIVERED_ENTITIES, SEEDED_INVENTORY_DELIVERED)),
        Arguments.of(BrokenConnectors.SecretInToString.class, EnumSet.of(NO_SECRET_IN_TO_STRING)),
        Arguments.of(BrokenConnectors.SecretInExceptionMessage.class, EnumSet.of(NO_SECRET_IN_MESSAGES)),
        Arguments.of(BrokenConnectors.SecretInLog.class, EnumSet.of(NO_SECRET_IN_LOG)),
        Arguments.of(BrokenConnectors.LifecycleNotIdempotent.class, EnumSet.of(LIFECYCLE_ACTION_IDEMPOTENT)),
        Arguments.of(BrokenConnectors.DeliversUndeclared.class,
            EnumSet.of(NOTHING_UNDECLARED_DELIVERED, COVERAGE_ONLY_FOR_REQUESTED)),
        Arguments.of(BrokenConnectors.CoverageMissing.class, EnumSet.of(DECLARED_COLLECTIONS_COVERED)),
        Arguments.of(BrokenConnectors.PermitsUndeclaredActions.class, EnumSet.of(DECLARED_ACTIONS_ACCEPTED)),
        Arguments.of(BrokenConnectors.AcceptsAnyCredentials.class,
            EnumSet.of(BAD_CREDENTIALS_REFUSED_BY_CHECK, BAD_CREDENTIALS_REFUSED_BY_COLLECT)),
        Arguments.of(BrokenConnectors.RefusesVaguely.class, EnumSet.of(LIFECYCLE_REFUSAL_CLEAR)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenConnectors")
  void aBrokenConnectorFailsExactlyTheChecksOfWhatItBreaks(Class<? extends ConnectorConformance> broken,
      Set<ConformanceCheck> expected) {
    ConformanceRun run = ConformanceRun.of(broken);

    assertThat(run.failed()).as(run.toString()).isEqualTo(expected);
  }
}
