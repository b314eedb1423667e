package dev.governance.testkit.okta.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.governance.testkit.okta.junit.fixtures.AnnotatedDemoTests;
import dev.governance.testkit.okta.junit.fixtures.InstanceFieldTests;
import dev.governance.testkit.okta.junit.fixtures.StaticFieldTests;
import dev.governance.testkit.okta.junit.fixtures.UnconfiguredTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The extension's lifecycle and misuse, checked by running fixture classes with EngineTestKit. */
class FakeOktaTenantExtensionTest {

  @Test
  void annotationStartsOneTenantPerClassAndInjectsIt() {
    AnnotatedDemoTests.URLS.clear();
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(AnnotatedDemoTests.class))
        .execute().testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    assertThat(AnnotatedDemoTests.URLS).hasSize(1);
  }

  @Test
  void instanceFieldStartsOneTenantPerTest() {
    InstanceFieldTests.URLS.clear();
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(InstanceFieldTests.class))
        .execute().testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    assertThat(InstanceFieldTests.URLS).hasSize(2);
  }

  @Test
  void registeredExtensionPassesEveryTenantOptionThroughItsFunction() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(StaticFieldTests.class))
        .execute().testEvents().assertStatistics(s -> s.started(1).succeeded(1));
  }

  @Test
  void extensionWithoutConfigurationFailsWithGuidance() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(UnconfiguredTests.class))
        .execute().allEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
            instanceOf(ExtensionConfigurationException.class),
            message(m -> m.contains("@FakeOktaTenantTest")))));
  }
}
