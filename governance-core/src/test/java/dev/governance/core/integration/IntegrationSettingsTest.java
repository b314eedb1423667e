package dev.governance.core.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.Connectors;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.core.spi.ConnectorSettings;
import dev.governance.core.spi.Setting;
import dev.governance.core.spi.SettingType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry checks an integration's settings against its provider's description. */
class IntegrationSettingsTest {

  private static final String TENANT = "https://acme.example.com";

  @TempDir Path dir;

  /** The stub connector, with a description: the tenant, and a timeout. */
  private final StubProvider stub = new StubProvider();
  private final ConnectorProvider described = new ConnectorProvider() {
    @Override
    public String id() {
      return "stub";
    }

    @Override
    public ConnectorSettings settings() {
      return ConnectorSettings.of(
          Setting.builder("tenant", SettingType.string()).required().description("The tenant").build(),
          Setting.builder("timeout", SettingType.duration()).defaultValue(Duration.ofSeconds(10))
              .description("How long to wait").build(),
          Setting.builder("retries", SettingType.integer(0, 10)).defaultValue(3)
              .description("How often to retry").build());
    }

    @Override
    public Connector open(ConnectorContext context) {
      return stub.open(context);
    }
  };

  private Integrations registry() {
    return Integrations.builder(dir)
        .connectors(Connectors.builder().serviceLoader(false).register(described).build())
        .secretResolver(SecretResolver.of(Map.of("ACME_TOKEN", "secret")::get, name -> Optional.empty()))
        .clock(new MutableClock(Instant.parse("2026-11-23T09:00:00Z")))
        .build();
  }

  private static IntegrationSpec.Builder acme() {
    return IntegrationSpec.builder("stub", TENANT).id("acme")
        .credential(CredentialReference.environmentVariable("ACME_TOKEN"))
        .primaryOwner("alice@acme.com");
  }

  @Test
  void anIntegrationWithValidSettingsIsAddedAndOpenedWithThem() {
    Integrations registry = registry();
    registry.add(acme().setting("timeout", "30s").build(), "alice");

    registry.check("acme", "alice");

    assertThat(stub.contexts).singleElement()
        .satisfies(c -> assertThat(c.settings()).containsEntry("timeout", "30s").containsEntry("tenant", TENANT));
  }

  @Test
  void aBadSettingIsRefusedOnAddBeforeAnythingIsStored() {
    Integrations registry = registry();

    assertThatThrownBy(() -> registry.add(acme().setting("timeout", "soon").build(), "alice"))
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("timeout"))
        .hasMessageContaining("was 'soon'");
    assertThatThrownBy(() -> registry.add(acme().setting("timout", "5s").build(), "alice"))
        .hasMessageContaining("did you mean 'timeout'?");

    assertThat(registry.list()).isEmpty();
    assertThat(Files.exists(dir.resolve("integrations.json"))).isFalse();
    assertThat(stub.contexts).isEmpty();
  }

  @Test
  void aBadSettingIsRefusedOnEditAndTheStoredSettingsStay() throws Exception {
    Integrations registry = registry();
    registry.add(acme().setting("timeout", "30s").build(), "alice");
    String stored = Files.readString(dir.resolve("integrations.json"));

    assertThatThrownBy(() -> registry.edit("acme",
            IntegrationEdit.builder().settings(Map.of("timeout", "PT-")).primaryOwner("bob@acme.com").build()))
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("timeout"));

    assertThat(Files.readString(dir.resolve("integrations.json"))).isEqualTo(stored);
    assertThat(registry.get("acme").settings()).containsEntry("timeout", "30s");
    assertThat(registry.get("acme").primaryOwner()).isEqualTo("alice@acme.com");
  }

  @Test
  void anEditWithValidSettingsIsStored() {
    Integrations registry = registry();
    registry.add(acme().build(), "alice");

    Integration edited = registry.edit("acme", IntegrationEdit.builder().settings(Map.of("timeout", "1m")).build());

    assertThat(edited.settings()).containsEntry("timeout", "1m");
  }

  @Test
  void anEditOfOneSettingKeepsTheOthers() {
    Integrations registry = registry();
    registry.add(acme().setting("timeout", "30s").setting("retries", "5").build(), "alice");

    Integration changed = registry.edit("acme", IntegrationEdit.builder().setting("timeout", "1m").build());
    Integration removed = registry.edit("acme", IntegrationEdit.builder().removeSetting("retries").build());

    assertThat(changed.settings()).containsEntry("timeout", "1m").containsEntry("retries", "5");
    assertThat(removed.settings()).containsEntry("timeout", "1m").doesNotContainKey("retries");
    assertThat(registry.get("acme").settings()).isEqualTo(removed.settings());
  }

  @Test
  void aBadValueForOneSettingIsRefusedAndTheStoredSettingsStay() throws Exception {
    Integrations registry = registry();
    registry.add(acme().setting("timeout", "30s").build(), "alice");
    String stored = Files.readString(dir.resolve("integrations.json"));

    assertThatThrownBy(() -> registry.edit("acme", IntegrationEdit.builder().setting("retries", "99").build()))
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("retries"));

    assertThat(Files.readString(dir.resolve("integrations.json"))).isEqualTo(stored);
  }

  @Test
  void aSettingBothSetAndRemovedInOneEditIsRefused() {
    assertThatThrownBy(() -> new IntegrationEdit(null, null, null, null, null, false,
            Map.of("timeout", "1m"), java.util.Set.of("timeout")))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("'timeout' is both set and removed");
  }

  @Test
  void settingsStoredBeforeTheProviderRefusedThemAreRefusedWhenAConnectionOpens() {
    registry().add(acme().setting("timeout", "30s").build(), "alice");
    // Another registry on the same directory, whose provider no longer knows "timeout".
    ConnectorProvider stricter = new ConnectorProvider() {
      @Override
      public String id() {
        return "stub";
      }

      @Override
      public ConnectorSettings settings() {
        return ConnectorSettings.of(
            Setting.builder("tenant", SettingType.string()).required().description("The tenant").build());
      }

      @Override
      public Connector open(ConnectorContext context) {
        return stub.open(context);
      }
    };
    Integrations later = Integrations.builder(dir)
        .connectors(Connectors.builder().serviceLoader(false).register(stricter).build())
        .secretResolver(SecretResolver.of(name -> null, name -> Optional.empty()))
        .build();

    assertThatThrownBy(() -> later.check("acme", "alice"))
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("timeout"))
        .hasMessageContaining("Unknown setting 'timeout'");
    assertThat(stub.contexts).isEmpty();
  }
}
