package dev.governance.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.Connectors;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.integration.CredentialReference;
import dev.governance.core.integration.IntegrationSpec;
import dev.governance.core.integration.Integrations;
import dev.governance.core.integration.SecretResolver;
import dev.governance.core.integration.SyncReport;
import dev.governance.core.integration.SyncRequest;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.JournalEntry;
import dev.governance.testkit.okta.TenantShape;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An integration of the registry carries every Okta option to the connector that syncs it. */
class OktaIntegrationSettingsTest {

  private static final Pattern FACTORS = Pattern.compile("/api/v1/users/[^/]+/factors");

  private static Integrations registry(Path dir, FakeOktaTenant tenant) {
    return Integrations.builder(dir)
        .connectors(Connectors.builder().serviceLoader(false)
            .register(new OktaConnectorProvider(Map.<String, String>of()::get)).build())
        .secretResolver(SecretResolver.of(Map.of("FAKE_TOKEN", tenant.apiToken())::get, name -> Optional.empty()))
        .build();
  }

  private static IntegrationSpec.Builder fake(FakeOktaTenant tenant) {
    return IntegrationSpec.builder("okta", tenant.orgUrl()).id("fake")
        .credential(CredentialReference.environmentVariable("FAKE_TOKEN"))
        .primaryOwner("alice@example.com")
        .setting("allowLoopback", "true");
  }

  @Test
  void everyOktaOptionOfAnIntegrationReachesTheSync(@TempDir Path dir) {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).start()) {
      Integrations registry = registry(dir, tenant);
      registry.add(fake(tenant)
          .setting("concurrency", "2").setting("bucketShare", "0.9")
          .setting("readPrincipalRateLimit", "false").setting("rateLimitWindow", "1m")
          .setting("maxRetries", "2").setting("factors", "everyone")
          .setting("connectTimeout", "5s").setting("readTimeout", "20s")
          .setting("preferShorterSync", "true").setting("retryBackoff", "0s")
          .setting("syncDeadline", "10m").build(), "alice@example.com");

      SyncReport report = registry.sync("fake", SyncRequest.by("alice@example.com"));

      long usersWithFactorsRead = tenant.journal().entries(e -> FACTORS.matcher(e.path()).matches())
          .stream().map(JournalEntry::path).distinct().count();
      assertThat(usersWithFactorsRead).as("factors=everyone reads every user's factors")
          .isEqualTo(tenant.counts().users()).isGreaterThan(tenant.counts().admins());
      assertThat(tenant.journal().entries(e -> e.path().contains("principal-rate-limits")))
          .as("readPrincipalRateLimit=false").isEmpty();
      assertThat(report.result().assumptions()).as("bucketShare=0.9")
          .anyMatch(a -> a.contains("configured share of 90%"));
    }
  }

  @Test
  void byDefaultOnlyTheAdminsFactorsAreRead(@TempDir Path dir) {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).start()) {
      Integrations registry = registry(dir, tenant);
      registry.add(fake(tenant).build(), "alice@example.com");

      registry.sync("fake", SyncRequest.by("alice@example.com"));

      long usersWithFactorsRead = tenant.journal().entries(e -> FACTORS.matcher(e.path()).matches())
          .stream().map(JournalEntry::path).distinct().count();
      assertThat(usersWithFactorsRead).isLessThan(tenant.counts().users());
    }
  }

  @Test
  void aBadOrOutOfRangeOktaSettingIsRefusedWhenAddedBeforeAnythingIsStored(@TempDir Path dir) {
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).start()) {
      Integrations registry = registry(dir, tenant);

      assertThatThrownBy(() -> registry.add(fake(tenant).setting("factors", "all").build(), "alice@example.com"))
          .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.setting()).isEqualTo("factors"))
          .hasMessageContaining("one of admins, everyone");
      assertThatThrownBy(() -> registry.add(fake(tenant).setting("concurrency", "100").build(), "alice@example.com"))
          .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.setting()).isEqualTo("concurrency"))
          .hasMessageContaining("between 1 and 75");
      assertThatThrownBy(() -> registry.add(fake(tenant).setting("org", tenant.orgUrl()).build(), "alice@example.com"))
          .hasMessageContaining("given twice");

      assertThat(registry.list()).isEmpty();
      assertThat(tenant.journal().total()).isZero();
    }
  }
}
