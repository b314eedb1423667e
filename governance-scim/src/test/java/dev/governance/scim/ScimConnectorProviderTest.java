package dev.governance.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.Connectors;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.Secret;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.core.spi.Setting;
import dev.governance.core.spi.SyncPlan;
import dev.governance.testkit.scim.FakeScimServer;
import dev.governance.testkit.scim.ScimShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider: discovery, typed settings, secret references, and secrets kept out of text. */
class ScimConnectorProviderTest {

  @Test
  void serviceLoaderFindsTheProviderUnderTheIdScim() {
    assertThat(ServiceLoader.load(ConnectorProvider.class).stream().map(ServiceLoader.Provider::get)
        .map(ConnectorProvider::id)).contains("scim");
  }

  @Test
  void settingsAreNamedForKebabCaseOptionsAndSecretReferencesAreMarked() {
    var settings = new ScimConnectorProvider().settings();
    assertThat(settings.settings()).extracting(Setting::name).containsExactly("url", "allowLoopback",
        "tokenEnv", "tokenFile", "username", "passwordEnv", "passwordFile", "pageSize",
        "connectTimeout", "readTimeout", "maxRetries", "retryBackoff", "maxRetryAfter");
    assertThat(settings.settings()).filteredOn(Setting::secretReference).extracting(Setting::name)
        .containsExactlyInAnyOrder("tokenEnv", "tokenFile", "passwordEnv", "passwordFile");
    assertThat(settings.find("tenant")).map(Setting::name).contains("url");
    assertThatThrownBy(() -> settings.parse(Map.of("url", "https://x", "pageSize", "0")))
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("pageSize"));
  }

  @Test
  void opensFromATokenInTheEnvironmentAndReadsTheServer() {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL).start()) {
      ScimConnectorProvider provider = new ScimConnectorProvider(
          name -> name.equals("SCIM_TOKEN") ? server.token() : null);
      try (Connector c = provider.open(ConnectorContext.builder().setting("url", server.baseUrl())
          .setting("allowLoopback", "true").setting("tokenEnv", "SCIM_TOKEN").build())) {
        assertThat(c).isInstanceOf(ScimConnector.class);
        var sink = dev.governance.core.snapshot.Snapshot.builder(c.tenant(), c.id());
        c.collect(SyncPlan.of(InventoryCollection.IDENTITIES), sink,
            dev.governance.core.spi.SyncContext.defaults());
        assertThat(sink.build().identities()).hasSize(12);
        assertThat(c.toString()).doesNotContain(server.token());
        assertThat(((ScimConnector) c).options().toString()).doesNotContain(server.token());
      }
    }
  }

  @Test
  void opensThroughConnectorsWithBasicCredentialsFromAFile(@TempDir Path dir) throws Exception {
    try (FakeScimServer server = FakeScimServer.builder().shape(ScimShape.SMALL).basicAuth("svc", "s3cr3t-pw")
        .start()) {
      Path file = dir.resolve("password");
      Files.writeString(file, "s3cr3t-pw\n");
      Connectors connectors = Connectors.builder().register(new ScimConnectorProvider(n -> null)).build();
      try (Connector c = connectors.open("scim", ConnectorContext.builder().setting("tenant", server.baseUrl())
          .setting("allowLoopback", "true").setting("username", "svc")
          .setting("passwordFile", file.toString()).build())) {
        assertThat(c.check().principal()).contains("svc");
        assertThat(c.toString()).doesNotContain("s3cr3t-pw");
      }
    }
  }

  @Test
  void aSecretServiceIsTheTokenOrWithAUsernameThePassword() {
    try (FakeScimServer server = FakeScimServer.builder().basicAuth("svc", "pw-from-registry").start()) {
      ScimConnectorProvider provider = new ScimConnectorProvider(n -> null);
      try (Connector c = provider.open(ConnectorContext.builder().setting("url", server.baseUrl())
          .setting("allowLoopback", "true").service(Secret.class, Secret.of(server.token())).build())) {
        assertThat(c.check().accessLevel().atLeast(dev.governance.core.spi.AccessLevel.READ_ONLY)).isTrue();
      }
      try (Connector c = provider.open(ConnectorContext.builder().setting("url", server.baseUrl())
          .setting("allowLoopback", "true").setting("username", "svc")
          .service(Secret.class, Secret.of("pw-from-registry")).build())) {
        assertThat(c.check().principal()).contains("basic");
      }
      assertThatThrownBy(() -> provider.open(ConnectorContext.builder().setting("url", server.baseUrl())
          .setting("allowLoopback", "true").setting("tokenEnv", "X")
          .service(Secret.class, Secret.of("pw-from-registry")).build()))
          .isInstanceOfSatisfying(InvalidConfigurationException.class,
              e -> assertThat(e.getMessage()).doesNotContain("pw-from-registry"));
    }
  }

  @Test
  void refusesMissingOrMixedCredentialsAndPlainHttpElsewhereThanLoopback() {
    ScimConnectorProvider provider = new ScimConnectorProvider(n -> n.equals("EMPTY") ? " " : null);
    assertThatThrownBy(() -> provider.open(ConnectorContext.builder().setting("url", "https://scim.example.com")
        .build())).isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("credentials"));
    assertThatThrownBy(() -> provider.open(ConnectorContext.builder().setting("url", "https://scim.example.com")
        .setting("tokenEnv", "A").setting("username", "u").build()))
        .isInstanceOf(InvalidConfigurationException.class);
    assertThatThrownBy(() -> provider.open(ConnectorContext.builder().setting("url", "https://scim.example.com")
        .setting("tokenEnv", "EMPTY").build()))
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("tokenEnv"));
    assertThatThrownBy(() -> provider.open(ConnectorContext.builder().setting("tokenEnv", "A").build()))
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("url"));
    assertThatThrownBy(() -> ScimConnectorOptions.builder().url("http://scim.example.com")
        .allowLoopback(true).credentials(ScimCredentials.bearer(Secret.of("t"))).build())
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.getMessage()).contains("https"));
    assertThatThrownBy(() -> ScimConnectorOptions.builder().url("https://scim.example.com/?\u202Ex")
        .credentials(ScimCredentials.bearer(Secret.of("t"))).build())
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.getMessage()).contains("\\u202E"));
    assertThat(ScimConnectorOptions.builder().url("https://scim.example.com/scim/v2/")
        .credentials(ScimCredentials.bearer(Secret.of("t"))).build().url())
        .hasToString("https://scim.example.com/scim/v2");
  }

  @Test
  void credentialsNeverShowTheirSecrets() {
    ScimCredentials bearer = ScimCredentials.bearer(Secret.of("tok-abc-123"));
    ScimCredentials basic = ScimCredentials.basic("svc", Secret.of("pw-xyz-789"));
    assertThat(bearer.toString() + bearer.principal()).doesNotContain("tok-abc-123");
    assertThat(basic.toString() + basic.principal()).doesNotContain("pw-xyz-789").contains("svc");
    assertThatThrownBy(() -> ScimCredentials.basic("a:b", Secret.of("p")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
