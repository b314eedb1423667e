package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.Connectors;
import dev.governance.core.spi.Capabilities;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.core.spi.ConnectorSettings;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.Setting;
import dev.governance.core.spi.SettingType;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * A provider the command knows nothing of (here shaped like a SCIM connector) gets its options
 * from its settings, reuses the command's own {@code --token-env} and {@code --allow-loopback}, and
 * receives what was given as its settings.
 */
class ConnectorOptionsTest {

  /** A command with the options {@code scan} has, for the options to be added to. */
  @Command(name = "probe")
  static final class Probe {
    @Mixin OrgOptions org = new OrgOptions();

    @Option(names = "--out")
    String out = "report";
  }

  /** Records the settings it is opened with. */
  static final class Recording implements ConnectorProvider {
    final Map<String, String> received = new LinkedHashMap<>();

    @Override
    public String id() {
      return "scim";
    }

    @Override
    public ConnectorSettings settings() {
      return ConnectorSettings.of(
          Setting.builder("url", SettingType.string()).required().description("The SCIM base URL").build(),
          Setting.builder("tokenEnv", SettingType.string()).secretReference().description("Token variable").build(),
          Setting.builder("tokenFile", SettingType.path()).secretReference().description("Token file").build(),
          Setting.builder("username", SettingType.string()).description("Basic user").build(),
          Setting.builder("passwordEnv", SettingType.string()).secretReference().description("Password variable").build(),
          Setting.builder("passwordFile", SettingType.path()).secretReference().description("Password file").build(),
          Setting.builder("allowLoopback", SettingType.bool()).defaultValue(false).description("Loopback").build(),
          Setting.builder("pageSize", SettingType.integer(1, 1000)).defaultValue(100).description("Page size").build());
    }

    @Override
    public Connector open(ConnectorContext context) {
      received.putAll(context.settings());
      settings().parse(context.settings());
      return new Connector() {
        @Override
        public String id() {
          return "scim";
        }

        @Override
        public String tenant() {
          return context.settings().get("url");
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

  @Test
  void aScimLikeProviderIsOpenedWithTheSettingsItsOptionsGive() {
    Recording scim = new Recording();
    Connectors connectors = Connectors.builder().serviceLoader(false).register(scim).build();
    Probe probe = new Probe();
    CommandSpec spec = CommandSpec.forAnnotatedObject(probe);
    ConnectorOptions.addTo(spec, connectors);
    CommandLine cli = new CommandLine(spec);

    CommandLine.ParseResult parsed = cli.parseArgs("--url", "https://127.0.0.1:8443/scim/v2",
        "--token-env", "SCIM_TOKEN", "--allow-loopback", "--username", "bob", "--page-size", "50",
        "--out", "r", "--setting", "extra=1");
    try (OrgOptions.Target target = ConnectorOptions.target("scim", probe.org, parsed, connectors)) {
      assertThat(target.connector().tenant()).isEqualTo("https://127.0.0.1:8443/scim/v2");
    } catch (dev.governance.core.InvalidConfigurationException expected) {
      // "extra" is not a setting of the provider: it refuses it after recording what it received
      assertThat(expected.getMessage()).contains("Unknown setting 'extra'");
    }

    assertThat(scim.received).containsExactlyInAnyOrderEntriesOf(Map.of("url",
        "https://127.0.0.1:8443/scim/v2", "tokenEnv", "SCIM_TOKEN", "allowLoopback", "true",
        "username", "bob", "pageSize", "50", "extra", "1"));
    assertThat(spec.findOption("--password-env")).isNotNull();
    assertThat(spec.findOption("--password-file").paramLabel()).isEqualTo("PATH");
    // the command's own option, reused rather than added
    assertThat(spec.findOption("--token-env").descriptionKey()).doesNotStartWith("connector.setting.");
  }

  @Test
  void settingsBecomeKebabCaseOptions() {
    assertThat(ConnectorOptions.option("tokenEnv")).isEqualTo("--token-env");
    assertThat(ConnectorOptions.option("allowLoopback")).isEqualTo("--allow-loopback");
    assertThat(ConnectorOptions.option("url")).isEqualTo("--url");
    assertThat(ConnectorOptions.option("read.timeout_ms")).isEqualTo("--read-timeout-ms");
  }
}
