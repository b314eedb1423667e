package dev.governance.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.spi.Capabilities;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import java.util.ServiceConfigurationError;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ConnectorsTest {

  @Test
  void discoversProvidersThroughTheDiscoverySource() {
    Connectors connectors =
        Connectors.builder().discovery(() -> Stream.of(new FirstAlpha(), new Beta())).build();
    assertThat(connectors.providers()).containsOnlyKeys("alpha", "beta");
  }

  @Test
  void twoDiscoveredProvidersWithOneIdFailFastNamingBoth() {
    Connectors.Builder builder =
        Connectors.builder().discovery(() -> Stream.of(new FirstAlpha(), new SecondAlpha()));
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("'alpha'")
        .hasMessageContaining(FirstAlpha.class.getName())
        .hasMessageContaining(SecondAlpha.class.getName());
  }

  @Test
  void twoExplicitRegistrationsWithOneIdFailFast() {
    Connectors.Builder builder =
        Connectors.builder().serviceLoader(false).register(new FirstAlpha()).register(new SecondAlpha());
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("registered");
  }

  @Test
  void anExplicitRegistrationShadowsADiscoveredProviderOfTheSameId() {
    SecondAlpha mine = new SecondAlpha();
    Connectors connectors =
        Connectors.builder().register(mine).discovery(() -> Stream.of(new FirstAlpha())).build();
    assertThat(connectors.provider("alpha")).containsSame(mine);
  }

  @Test
  void providersThatCannotLoadAreSkippedDuringDiscovery() {
    Connectors connectors = Connectors.builder().discovery(() -> Stream.of(new Unloadable())).build();
    assertThat(connectors.providers()).isEmpty();
  }

  @Test
  void aProviderOnTheClassPathThatFailsToLoadFailsTheBuildAsAConfigurationError() {
    Connectors.Builder builder = Connectors.builder().discovery(() -> Stream.of(new Beta()).map(p -> {
      throw new ServiceConfigurationError("Provider acme.Broken could not be instantiated");
    }));
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class, e -> assertThat(e.setting()).isEqualTo("connector"))
        .hasMessageStartingWith("A connector provider found on the class path failed to load")
        .hasMessageContaining("acme.Broken")
        .hasCauseInstanceOf(ServiceConfigurationError.class);
  }

  @Test
  void discoveryCanBeTurnedOff() {
    Connectors connectors =
        Connectors.builder().serviceLoader(false).discovery(() -> Stream.of(new Beta())).build();
    assertThat(connectors.providers()).isEmpty();
  }

  @Test
  void openingAnUnknownProviderSaysWhichOnesAreKnown() {
    Connectors connectors = Connectors.builder().discovery(() -> Stream.of(new Beta())).build();
    assertThatThrownBy(() -> connectors.open("okta", ConnectorContext.builder().build()))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("No connector provider with id 'okta'")
        .hasMessageContaining("[beta]");
  }

  @Test
  void aBlankProviderIdIsRefused() {
    ConnectorProvider blank = new Named(" ");
    assertThatThrownBy(() -> Connectors.builder().serviceLoader(false).register(blank).build())
        .hasMessageContaining("has a blank id");
  }

  @Test
  void contextSettingsThatAreRequiredSayWhichIsMissing() {
    ConnectorContext context = ConnectorContext.builder().setting("org", "acme").build();
    assertThat(context.requireSetting("org")).isEqualTo("acme");
    assertThatThrownBy(() -> context.requireSetting("token"))
        .isInstanceOfSatisfying(
            InvalidConfigurationException.class, e -> assertThat(e.setting()).isEqualTo("token"));
  }

  private static class Named implements ConnectorProvider {
    private final String id;

    Named(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Connector open(ConnectorContext context) {
      return new Connector() {
        @Override
        public String id() {
          return id;
        }

        @Override
        public String tenant() {
          return "test";
        }

        @Override
        public Capabilities capabilities() {
          return Capabilities.readOnly();
        }

        @Override
        public Preflight check() {
          throw new UnsupportedOperationException();
        }

        @Override
        public SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext ctx) {
          throw new UnsupportedOperationException();
        }

        @Override
        public void close() {}
      };
    }
  }

  private static final class FirstAlpha extends Named {
    FirstAlpha() {
      super("alpha");
    }
  }

  private static final class SecondAlpha extends Named {
    SecondAlpha() {
      super("alpha");
    }
  }

  private static final class Beta extends Named {
    Beta() {
      super("beta");
    }
  }

  private static final class Unloadable extends Named {
    Unloadable() {
      super("gamma");
    }

    @Override
    public boolean isLoadable() {
      return false;
    }
  }
}
