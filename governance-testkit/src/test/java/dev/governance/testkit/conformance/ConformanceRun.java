package dev.governance.testkit.conformance;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * Runs a subclass of the kit through the JUnit Platform, as a build would, and tells each check's
 * outcome: a check fails if any of its tests failed, is aborted if all of its tests were, passes
 * otherwise.
 */
final class ConformanceRun {

  /** A check's outcome. */
  enum Outcome { PASSED, FAILED, ABORTED }

  private final Map<ConformanceCheck, Outcome> outcomes;
  private final Map<String, String> messages;

  private ConformanceRun(Map<ConformanceCheck, Outcome> outcomes, Map<String, String> messages) {
    this.outcomes = outcomes;
    this.messages = messages;
  }

  static ConformanceRun of(Class<? extends ConnectorConformance> kit) {
    Map<ConformanceCheck, Outcome> outcomes = new EnumMap<>(ConformanceCheck.class);
    Map<String, String> messages = new LinkedHashMap<>();
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute().allEvents()
        .filter(e -> e.getType() == EventType.FINISHED && e.getTestDescriptor().isTest())
        .forEach(e -> record(e, outcomes, messages));
    return new ConformanceRun(outcomes, messages);
  }

  private static void record(Event e, Map<ConformanceCheck, Outcome> outcomes, Map<String, String> messages) {
    String name = e.getTestDescriptor().getDisplayName();
    ConformanceCheck check = ConformanceCheck.ofDisplayName(name);
    if (check == null) {
      throw new AssertionError("a test the kit does not name: " + name);
    }
    TestExecutionResult result = e.getPayload(TestExecutionResult.class).orElseThrow();
    Outcome o = switch (result.getStatus()) {
      case SUCCESSFUL -> Outcome.PASSED;
      case ABORTED -> Outcome.ABORTED;
      case FAILED -> Outcome.FAILED;
    };
    result.getThrowable().ifPresent(t -> messages.put(name, String.valueOf(t.getMessage())));
    outcomes.merge(check, o, ConformanceRun::worse);
  }

  private static Outcome worse(Outcome a, Outcome b) {
    if (a == Outcome.FAILED || b == Outcome.FAILED) {
      return Outcome.FAILED;
    }
    return a == Outcome.PASSED || b == Outcome.PASSED ? Outcome.PASSED : Outcome.ABORTED;
  }

  Set<ConformanceCheck> with(Outcome outcome) {
    Set<ConformanceCheck> out = EnumSet.noneOf(ConformanceCheck.class);
    outcomes.forEach((c, o) -> {
      if (o == outcome) {
        out.add(c);
      }
    });
    return out;
  }

  Set<ConformanceCheck> failed() {
    return with(Outcome.FAILED);
  }

  Set<ConformanceCheck> aborted() {
    return with(Outcome.ABORTED);
  }

  Set<ConformanceCheck> ran() {
    return outcomes.keySet();
  }

  /** The messages of the tests that failed or aborted, by display name, for assertion descriptions. */
  Map<String, String> messages() {
    return messages;
  }

  @Override
  public String toString() {
    return outcomes + "\n" + messages;
  }
}
