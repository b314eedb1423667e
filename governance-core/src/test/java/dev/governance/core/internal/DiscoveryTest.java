package dev.governance.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InvalidConfigurationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

  private static final Discovery<Named> DISCOVERY = new Discovery<>(
      "widget",
      "widget",
      Named::id,
      id -> id == null || id.isBlank() ? Optional.of("a blank id") : Optional.empty(),
      Named::loadable,
      "Remove one.");

  @Test
  void explicitImplementationsComeFirstInTheOrderGivenThenDiscoveredOnesInTheOrderFound() {
    Map<String, Named> resolved = DISCOVERY.resolve(
        List.of(new First("c"), new First("a")), "registered",
        () -> Stream.of(new Second("d"), new Second("b")));

    assertThat(resolved).containsOnlyKeys("c", "a", "d", "b");
    assertThat(resolved.keySet()).containsExactly("c", "a", "d", "b");
  }

  @Test
  void anExplicitImplementationShadowsADiscoveredOneOfTheSameIdWhereverItIsFound() {
    First mine = new First("a");
    Map<String, Named> resolved = DISCOVERY.resolve(
        List.of(mine), "registered", () -> Stream.of(new Second("b"), new Second("a")));

    assertThat(resolved.keySet()).containsExactly("a", "b");
    assertThat(resolved.get("a")).isSameAs(mine);
  }

  @Test
  void twoExplicitImplementationsWithOneIdFailNamingBothClassesAndTheirSource() {
    assertThatThrownBy(() -> DISCOVERY.resolve(
        List.of(new First("a"), new Second("a")), "registered", null))
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("widget"))
        .hasMessage("Two widgets registered have the id 'a': " + First.class.getName() + " and "
            + Second.class.getName() + ". Remove one.");
  }

  @Test
  void twoDiscoveredImplementationsWithOneIdFailEvenWhenAnExplicitOneWouldShadowThem() {
    assertThatThrownBy(() -> DISCOVERY.resolve(
        List.of(new First("a")), "registered", () -> Stream.of(new First("a"), new Second("a"))))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageStartingWith("Two widgets found on the class path have the id 'a': ");
  }

  @Test
  void aDuplicateIdIsQuotedEscaped() {
    assertThatThrownBy(() -> DISCOVERY.resolve(
        List.of(new First("a\u001B[2J"), new Second("a\u001B[2J")), "registered", null))
        .hasMessageContaining("'a\\u001B[2J'")
        .hasMessageNotContaining("\u001B");
  }

  @Test
  void discoveredImplementationsThatCannotWorkHereAreSkippedButExplicitOnesAreKept() {
    Map<String, Named> resolved = DISCOVERY.resolve(
        List.of(new Unloadable("mine")), "registered", () -> Stream.of(new Unloadable("theirs")));

    assertThat(resolved).containsOnlyKeys("mine");
  }

  @Test
  void anIdTheExtensionPointRefusesFailsNamingTheClass() {
    assertThatThrownBy(() -> DISCOVERY.resolve(List.of(), "registered", () -> Stream.of(new First(" "))))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessage("The widget " + First.class.getName() + " has a blank id");
  }

  @Test
  void discoveryOffMeansTheSourceIsNeverAsked() {
    Map<String, Named> resolved = DISCOVERY.resolve(List.of(new First("a")), "registered", null);

    assertThat(resolved).containsOnlyKeys("a");
  }

  @Test
  void aServiceLoaderSourceInstantiatesWhatMetaInfServicesLists() {
    Discovery<TestPlugin> plugins = new Discovery<>(
        "plugin", "plugin", TestPlugin::id, id -> Optional.empty(), p -> true, "Remove one.");

    assertThatThrownBy(() -> plugins.resolve(List.of(), "registered",
        Discovery.serviceLoader(TestPlugin.class, getClass().getClassLoader())))
        .as("the broken plugin is listed after the good one")
        .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
          assertThat(e.setting()).isEqualTo("plugin");
          assertThat(e).hasCauseInstanceOf(ServiceConfigurationError.class);
          assertThat(e.getCause()).hasRootCauseMessage("needs a library that is not on the class path");
        })
        .hasMessageStartingWith("A plugin found on the class path failed to load: ")
        .hasMessageContaining(TestPlugin.Broken.class.getName());
  }

  @Test
  void aMetaInfServicesEntryNamingAMissingClassFailsTheResolution() {
    Discovery<TestPlugin.Absent> absent = new Discovery<>(
        "plugin", "plugin", a -> "x", id -> Optional.empty(), a -> true, "Remove one.");

    assertThatThrownBy(() -> absent.resolve(List.of(), "registered",
        Discovery.serviceLoader(TestPlugin.Absent.class, getClass().getClassLoader())))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("dev.governance.core.internal.NoSuchPlugin");
  }

  @Test
  void aServiceLoaderSourceGivesFreshInstancesOnEveryCall() {
    var source = Discovery.serviceLoader(TestPlugin.class, getClass().getClassLoader());

    TestPlugin first = source.get().findFirst().orElseThrow();
    TestPlugin again = source.get().findFirst().orElseThrow();

    assertThat(first).isInstanceOf(TestPlugin.Good.class).isNotSameAs(again);
  }

  /** An implementation for the tests: an id, and whether it can work here. */
  private static class Named {
    private final String id;
    private final boolean loadable;

    Named(String id, boolean loadable) {
      this.id = id;
      this.loadable = loadable;
    }

    String id() {
      return id;
    }

    boolean loadable() {
      return loadable;
    }
  }

  private static final class First extends Named {
    First(String id) {
      super(id, true);
    }
  }

  private static final class Second extends Named {
    Second(String id) {
      super(id, true);
    }
  }

  private static final class Unloadable extends Named {
    Unloadable(String id) {
      super(id, false);
    }
  }
}
