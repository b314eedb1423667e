package dev.governance.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.Connectors;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.Secret;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.TenantShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OktaConnectorProviderTest {

  @Test
  void theOktaProviderIsFoundByIdAndReadsTheTokenFromAFile(@TempDir Path dir) throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(2).start()) {
      Path token = Files.writeString(dir.resolve("token"), tenant.apiToken() + "\n");
      Connectors connectors = Connectors.builder().build();
      assertThat(connectors.provider("okta")).get().isInstanceOf(OktaConnectorProvider.class);
      try (Connector okta = connectors.open("okta", ConnectorContext.builder()
          .setting("org", tenant.orgUrl()).setting("allowLoopback", "true")
          .setting("tokenFile", token.toString()).build())) {
        SnapshotBuilder builder = Snapshot.builder(okta.tenant(), okta.id());
        okta.collect(SyncPlan.of(InventoryCollection.APPLICATIONS), builder, SyncContext.defaults());
        assertThat(builder.build().applications()).hasSize(tenant.counts().apps());
      }
    }
  }

  @Test
  void opensFromTheTenantAndTheSecretTheIntegrationRegistryHandsOver() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(2).start();
        Connector okta = new OktaConnectorProvider(Map.<String, String>of()::get).open(ConnectorContext.builder()
            .setting("tenant", tenant.orgUrl()).setting("allowLoopback", "true")
            .service(Secret.class, Secret.of(tenant.apiToken()))
            .build())) {
      assertThat(okta.tenant()).isEqualTo(tenant.orgUrl());
      assertThat(okta.check().principal()).contains("admin@example.com");
    }
  }

  @Test
  void optionsGivenAsAServiceOfTheContextAreUsed() {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(2).start();
        Connector okta = new OktaConnectorProvider(Map.<String, String>of()::get).open(ConnectorContext.builder()
            .setting("tenant", tenant.orgUrl()).setting("allowLoopback", "true")
            .service(Secret.class, Secret.of(tenant.apiToken()))
            .service(OktaConnectorOptions.class, OktaConnectorOptions.builder().factorsForEveryone(true).build())
            .build())) {
      SnapshotBuilder builder = Snapshot.builder(okta.tenant(), okta.id());
      okta.collect(SyncPlan.of(InventoryCollection.AUTH_FACTORS), builder, SyncContext.defaults());

      // By default only admins' factors are read, and the collection says so (partial).
      assertThat(builder.build().coverage(InventoryCollection.AUTH_FACTORS)).isEqualTo(Coverage.complete());
    }
  }

  @Test
  void fromEnvironmentReadsTheOrgAndTokenFromTheOktaClientVariables(@TempDir Path home) {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(2).start()) {
      Map<String, String> env = Map.of(
          "OKTA_CLIENT_ORGURL", tenant.orgUrl(), "OKTA_CLIENT_TOKEN", tenant.apiToken());
      try (Connector okta = new OktaConnectorProvider(env::get, home).open(ConnectorContext.builder()
          .setting("fromEnvironment", "true").setting("allowLoopback", "true").build())) {
        assertThat(okta.tenant()).isEqualTo(tenant.orgUrl());
        assertThat(okta.check().principal()).contains("admin@example.com");
      }
    }
  }

  @Test
  void fromEnvironmentReadsOktaYamlInTheHomeDirectory(@TempDir Path home) throws Exception {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(2).start()) {
      Files.createDirectories(home.resolve(".okta"));
      Files.writeString(home.resolve(".okta/okta.yaml"), """
          okta:
            client:
              orgUrl: %s
              token: %s
          """.formatted(tenant.orgUrl(), tenant.apiToken()));
      try (Connector okta = new OktaConnectorProvider(Map.<String, String>of()::get, home)
          .open(ConnectorContext.builder()
              .setting("fromEnvironment", "true").setting("allowLoopback", "true").build())) {
        assertThat(okta.tenant()).isEqualTo(tenant.orgUrl());
      }
    }
  }

  @Test
  void theOktaClientVariablesAreNotReadUnlessFromEnvironmentIsSet(@TempDir Path home) {
    Map<String, String> env = Map.of(
        "OKTA_CLIENT_ORGURL", "https://acme.okta.com", "OKTA_CLIENT_TOKEN", "00abc");
    OktaConnectorProvider provider = new OktaConnectorProvider(env::get, home);
    assertThatThrownBy(() -> provider.open(ConnectorContext.builder().build()))
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("org"));
  }

  @Test
  void fromEnvironmentWithAnOrgOrCredentialsAsWellIsRefused(@TempDir Path home) {
    Map<String, String> env = Map.of(
        "OKTA_CLIENT_ORGURL", "https://acme.okta.com", "OKTA_CLIENT_TOKEN", "00abc");
    OktaConnectorProvider provider = new OktaConnectorProvider(env::get, home);
    assertThatThrownBy(() -> provider.open(ConnectorContext.builder()
            .setting("fromEnvironment", "true").setting("org", "other.okta.com").build()))
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("org"));
    assertThatThrownBy(() -> provider.open(ConnectorContext.builder()
            .setting("fromEnvironment", "true").service(Secret.class, Secret.of("00abc")).build()))
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo("fromEnvironment"));
  }

  @Test
  void fromEnvironmentWithoutAnOrgNamesTheVariable(@TempDir Path home) {
    OktaConnectorProvider provider = new OktaConnectorProvider(Map.<String, String>of()::get, home);
    assertThatThrownBy(() -> provider.open(ConnectorContext.builder()
            .setting("fromEnvironment", "true").build()))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("OKTA_CLIENT_ORGURL");
  }

  @Test
  void aTokenVariableThatIsNotSetIsNamedInTheError() {
    OktaConnectorProvider provider = new OktaConnectorProvider(Map.<String, String>of()::get);
    assertThatThrownBy(() -> provider.open(ConnectorContext.builder().setting("org", "acme.okta.com")
            .setting("tokenEnv", "ACME_OKTA_TOKEN").build()))
        .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.setting()).isEqualTo("tokenEnv"))
        .hasMessageContaining("ACME_OKTA_TOKEN");
  }

  @Test
  void withoutCredentialsTheErrorListsEveryWayToGiveThem() {
    OktaConnectorProvider provider = new OktaConnectorProvider(Map.<String, String>of()::get);
    assertThatThrownBy(() -> provider.open(ConnectorContext.builder().setting("org", "acme.okta.com").build()))
        .hasMessageContaining("tokenEnv").hasMessageContaining("clientId");
  }
}
