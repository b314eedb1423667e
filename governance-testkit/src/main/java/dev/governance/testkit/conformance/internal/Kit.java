package dev.governance.testkit.conformance.internal;

import dev.governance.testkit.conformance.ConformanceCheck;
import dev.governance.testkit.conformance.LifecycleCase;
import dev.governance.testkit.conformance.RefusedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/** One run of the kit against one subject: its tests, in order, and the session they share. */
public final class Kit implements AutoCloseable {

  private final Session session;

  /**
   * Starts a run.
   *
   * @param subject what the author gives
   */
  public Kit(Subject subject) {
    this.session = new Session(subject);
  }

  /**
   * Returns the kit's tests, grouped, lifecycle last.
   *
   * @return the tests
   */
  public Stream<DynamicNode> tests() {
    CollectChecks collect = new CollectChecks(session);
    IntegrityChecks integrity = new IntegrityChecks(session);
    AccessChecks access = new AccessChecks(session);
    LifecycleChecks lifecycle = new LifecycleChecks(session);
    SecretChecks secrets = new SecretChecks(session);
    List<DynamicNode> groups = new ArrayList<>();
    groups.add(group("capabilities",
        test(ConformanceCheck.DECLARED_COLLECTIONS_COVERED, collect::declaredCollectionsCovered),
        test(ConformanceCheck.NOTHING_UNDECLARED_DELIVERED, collect::nothingUndeclaredDelivered),
        test(ConformanceCheck.DECLARED_ACTIONS_ACCEPTED, lifecycle::declaredActionsAccepted)));
    groups.add(group("collect",
        test(ConformanceCheck.COVERAGE_ONLY_FOR_REQUESTED, collect::coverageOnlyForRequested),
        test(ConformanceCheck.STREAMS_PAGES, collect::streams),
        test(ConformanceCheck.CANCELLATION_STOPS_WITHIN_A_PAGE, collect::cancellation)));
    groups.add(group("integrity",
        test(ConformanceCheck.SEEDED_INVENTORY_DELIVERED, integrity::seededDelivered),
        test(ConformanceCheck.IDS_STABLE_ACROSS_SYNCS, integrity::idsStable),
        test(ConformanceCheck.GRANTS_REFERENCE_DELIVERED_ENTITIES, integrity::referencesResolve),
        test(ConformanceCheck.PROVENANCE_CONSISTENT, integrity::provenanceConsistent)));
    groups.add(group("credentials and permissions",
        test(ConformanceCheck.BAD_CREDENTIALS_REFUSED_BY_CHECK, access::badCredentialsRefusedByCheck),
        test(ConformanceCheck.BAD_CREDENTIALS_REFUSED_BY_COLLECT, access::badCredentialsRefusedByCollect),
        test(ConformanceCheck.MISSING_PERMISSION_NOT_COMPLETE, access::missingPermissionNotComplete),
        test(ConformanceCheck.PREFLIGHT_MATCHES_COLLECT, access::preflightMatchesCollect),
        test(ConformanceCheck.CHECK_BESIDE_COLLECT, access::checkBesideCollect)));
    List<DynamicNode> life = new ArrayList<>();
    List<LifecycleCase> cases = session.subject.lifecycleCases();
    if (cases.isEmpty()) {
      life.add(test(ConformanceCheck.LIFECYCLE_ACTION_IDEMPOTENT, lifecycle::noCases));
    }
    for (LifecycleCase c : cases) {
      life.add(test(ConformanceCheck.LIFECYCLE_ACTION_IDEMPOTENT, String.valueOf(c.action()),
          () -> lifecycle.idempotent(c)));
    }
    List<RefusedAction> refused = session.subject.refusedActions();
    if (refused.isEmpty()) {
      life.add(test(ConformanceCheck.LIFECYCLE_REFUSAL_CLEAR, lifecycle::noRefusals));
    }
    for (RefusedAction r : refused) {
      life.add(test(ConformanceCheck.LIFECYCLE_REFUSAL_CLEAR, r.action() + " with " + r.expected().getSimpleName(),
          () -> lifecycle.refused(r)));
    }
    groups.add(DynamicContainer.dynamicContainer("lifecycle", life));
    // Last: they search what every check before them made connectors say.
    groups.add(group("secrets",
        test(ConformanceCheck.NO_SECRET_IN_TO_STRING, secrets::toStrings),
        test(ConformanceCheck.NO_SECRET_IN_MESSAGES, secrets::messages),
        test(ConformanceCheck.NO_SECRET_IN_LOG, secrets::log)));
    return groups.stream();
  }

  private static DynamicContainer group(String name, DynamicNode... tests) {
    return DynamicContainer.dynamicContainer(name, Stream.of(tests));
  }

  private static DynamicTest test(ConformanceCheck check, Executable body) {
    return DynamicTest.dynamicTest(check.sentence(), body);
  }

  private static DynamicTest test(ConformanceCheck check, String detail, Executable body) {
    return DynamicTest.dynamicTest(check.sentence() + ": " + detail, body);
  }

  /** Closes every connector the run opened. */
  @Override
  public void close() {
    session.close();
  }
}
