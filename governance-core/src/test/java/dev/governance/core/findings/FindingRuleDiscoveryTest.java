package dev.governance.core.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.findings.custom.DiscoveredRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FindingRuleDiscoveryTest {

  @Test
  void customRulesListedInMetaInfServicesRunAfterTheBuiltInOnes() {
    FindingsEngine engine = FindingsEngine.builder().clock(TestTenant.CLOCK).build();

    assertThat(engine.rules()).extracting(rule -> rule.metadata().id()).endsWith("acme.foreign-login");
    FindingsReport report = engine.evaluate(TestTenant.clean()
        .entity(new dev.governance.core.model.Identity("u-x", "x@elsewhere.org", null, null,
            dev.governance.core.model.IdentityStatus.ACTIVE, TestTenant.daysAgo(3), null, TestTenant.daysAgo(1), null,
            dev.governance.core.model.Attributes.empty()))
        .snapshot());
    assertThat(report.findings()).extracting(Finding::id).containsExactly("acme.foreign-login:identity:u-x");
    assertThat(report.outcome("acme.foreign-login").orElseThrow().complete()).isTrue();
  }

  @Test
  void discoveryCanBeTurnedOff() {
    FindingsEngine engine = FindingsEngine.builder().serviceLoader(false).build();

    assertThat(engine.rules()).extracting(rule -> rule.metadata().id()).containsExactlyElementsOf(BuiltInRules.ids());
  }

  @Test
  void rulesComeFromTheDiscoverySourceWhenOneIsGiven() {
    FindingsEngine engine = FindingsEngine.builder().builtInRules(false)
        .discovery(() -> Stream.of(new TestRules.Fixed("a", List.of()), new TestRules.Fixed("b", List.of())))
        .build();

    assertThat(engine.rules()).extracting(rule -> rule.metadata().id()).containsExactly("a", "b");
  }

  @Test
  void twoDiscoveredRulesWithOneIdFailFastNamingBoth() {
    FindingsEngine.Builder builder = FindingsEngine.builder()
        .discovery(() -> Stream.of(new DiscoveredRule(), new Impostor()));

    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("'acme.foreign-login'")
        .hasMessageContaining("found on the class path")
        .hasMessageContaining(DiscoveredRule.class.getName())
        .hasMessageContaining(Impostor.class.getName());
  }

  @Test
  void aRegisteredRuleWithTheIdOfABuiltInRuleFailsFastNamingBoth() {
    FindingsEngine.Builder builder = FindingsEngine.builder().serviceLoader(false)
        .register(new TestRules.Fixed(BuiltInRules.ADMIN_WITHOUT_MFA, List.of()));

    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("'admin-without-mfa'")
        .hasMessageContaining("AdminWithoutMfaRule")
        .hasMessageContaining(TestRules.Fixed.class.getName());
  }

  @Test
  void aRegisteredRuleShadowsADiscoveredRuleOfTheSameId() {
    Impostor mine = new Impostor();
    FindingsEngine engine = FindingsEngine.builder().builtInRules(false).register(mine)
        .discovery(() -> Stream.of(new DiscoveredRule())).build();

    assertThat(engine.rules()).containsExactly(mine);
  }

  @Test
  void aRuleIdOutsideTheAllowedCharactersIsRefused() {
    FindingsEngine.Builder builder = FindingsEngine.builder().serviceLoader(false)
        .register(new TestRules.Fixed("Has Spaces", List.of()));

    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("'Has Spaces'");
  }

  /** Another rule claiming the discovered rule's id. */
  static final class Impostor extends TestRules.Fixed {
    Impostor() {
      super("acme.foreign-login", List.of());
    }
  }
}
