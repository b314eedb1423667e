package dev.governance.testkit.scim.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.governance.testkit.scim.junit.fixtures.AnnotatedSmallTests;
import dev.governance.testkit.scim.junit.fixtures.BasicAuthTests;
import dev.governance.testkit.scim.junit.fixtures.Http;
import dev.governance.testkit.scim.junit.fixtures.InstanceFieldTests;
import dev.governance.testkit.scim.junit.fixtures.UnconfiguredTests;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The SCIM extension's lifecycle and misuse, checked by running fixture classes. */
class FakeScimServerExtensionTest {

  @Test
  void annotationStartsOneServerPerClassWithItsShapeAndClosesItAfterwards() {
    AnnotatedSmallTests.URLS.clear();
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(AnnotatedSmallTests.class))
        .execute().testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    assertThat(AnnotatedSmallTests.URLS).hasSize(1);
    String url = AnnotatedSmallTests.URLS.iterator().next();
    assertThatThrownBy(() -> Http.users(url)).isInstanceOf(IOException.class);
  }

  @Test
  void instanceFieldStartsOneServerPerTest() {
    InstanceFieldTests.URLS.clear();
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(InstanceFieldTests.class))
        .execute().testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    assertThat(InstanceFieldTests.URLS).doesNotHaveDuplicates().hasSize(2);
  }

  @Test
  void registeredExtensionPassesEveryServerOptionThroughItsFunction() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(BasicAuthTests.class))
        .execute().testEvents().assertStatistics(s -> s.started(1).succeeded(1));
  }

  @Test
  void extensionWithoutConfigurationFailsWithGuidance() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(UnconfiguredTests.class))
        .execute().allEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
            instanceOf(ExtensionConfigurationException.class),
            message(m -> m.contains("@FakeScimServerTest")))));
  }
}
