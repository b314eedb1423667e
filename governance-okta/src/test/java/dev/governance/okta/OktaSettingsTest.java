package dev.governance.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.Secret;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorSettings;
import dev.governance.core.spi.Setting;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Okta provider's settings: every option reachable, typed, and refused with a clear error. */
class OktaSettingsTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

  private final OktaConnectorProvider provider = new OktaConnectorProvider(Map.<String, String>of()::get);

  private static OktaConnectorOptions options(Map<String, String> settings) {
    return OktaSettings.options(OktaSettings.SETTINGS.parse(settings), CLOCK);
  }

  private InvalidConfigurationException refused(Map<String, String> settings) {
    try {
      provider.open(ConnectorContext.builder().settings(settings).build()).close();
    } catch (InvalidConfigurationException e) {
      return e;
    }
    throw new AssertionError("opened with " + settings);
  }

  @Test
  void everySettingReachesTheOptions() {
    OktaConnectorOptions options = options(Map.ofEntries(
        Map.entry("concurrency", "3"), Map.entry("bucketShare", "0.75"),
        Map.entry("readPrincipalRateLimit", "false"), Map.entry("rateLimitWindow", "30s"),
        Map.entry("maxRetries", "2"), Map.entry("factors", "everyone"),
        Map.entry("connectTimeout", "PT5S"), Map.entry("readTimeout", "20s"),
        Map.entry("preferShorterSync", "true"), Map.entry("retryBackoff", "0s"),
        Map.entry("syncDeadline", "1h30m")));

    assertThat(options).isEqualTo(OktaConnectorOptions.builder().clock(CLOCK).concurrency(3)
        .bucketShare(0.75).readPrincipalRateLimit(false).rateLimitWindow(Duration.ofSeconds(30))
        .maxRetries(2).factorsForEveryone(true).connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(20)).preferShorterSync(true).retryBackoff(Duration.ZERO)
        .syncDeadline(Duration.ofMinutes(90)).build());
  }

  @Test
  void withoutSettingsTheOptionsAreTheDefaults() {
    assertThat(options(Map.of())).isEqualTo(OktaConnectorOptions.builder().clock(CLOCK).build());
  }

  @Test
  void everyOptionOfTheOptionsHasASetting() {
    Set<String> notSettings = Set.of("clock", "toBuilder", "hashCode", "toString");
    List<String> options = Arrays.stream(OktaConnectorOptions.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0)
        .map(Method::getName)
        .filter(name -> !notSettings.contains(name))
        .map(name -> name.equals("factorsForEveryone") ? "factors" : name)
        .toList();

    assertThat(options).hasSize(11);
    assertThat(OktaSettings.SETTINGS.settings()).extracting(Setting::name).containsAll(options);
  }

  @Test
  void theDescriptionsDefaultsAreTheOptionsDefaults() {
    ConnectorSettings settings = provider.settings();

    assertThat(settings.find("concurrency").orElseThrow().defaultText()).contains("8");
    assertThat(settings.find("bucketShare").orElseThrow().defaultText()).contains("0.5");
    assertThat(settings.find("syncDeadline").orElseThrow().defaultText()).contains("4h");
    assertThat(settings.find("retryBackoff").orElseThrow().defaultText()).contains("300ms");
    assertThat(settings.find("factors").orElseThrow().defaultText()).contains("admins");
    assertThat(settings.find("tenant").orElseThrow().name()).isEqualTo("org");
  }

  @Test
  void theSecretReferencesAreMarked() {
    assertThat(provider.settings().settings()).filteredOn(Setting::secretReference)
        .extracting(Setting::name).containsExactly("tokenEnv", "tokenFile", "privateKeyFile");
  }

  @Test
  void aValueOutOfTheBuildersRangeNamesTheSettingTheValueAndTheRange() {
    InvalidConfigurationException e = refused(Map.of("org", "acme.okta.com", "concurrency", "100"));

    assertThat(e.setting()).isEqualTo("concurrency");
    assertThat(e).hasMessage("The setting 'concurrency' is out of range, was '100': concurrency must"
        + " be between 1 and 75 (Okta's concurrency limit), was 100");
  }

  @Test
  void everyValueTheBuilderRefusesIsReportedAtOnce() {
    InvalidConfigurationException e = refused(Map.of("org", "acme.okta.com", "maxRetries", "11",
        "retryBackoff", "2m", "bucketShare", "0"));

    assertThat(e).hasMessageStartingWith("3 problems:").hasMessageContaining("'bucketShare'")
        .hasMessageContaining("'maxRetries'").hasMessageContaining("retryBackoff must be between 0 and 1 minute");
    assertThat(e.getSuppressed()).hasSize(3);
  }

  @Test
  void aBadDurationIsRefusedBeforeAnythingIsRead() {
    InvalidConfigurationException e = refused(Map.of("org", "acme.okta.com", "tokenEnv", "NOT_SET",
        "readTimeout", "a while"));

    assertThat(e.setting()).isEqualTo("readTimeout");
    assertThat(e).hasMessageContaining("was 'a while'");
  }

  @Test
  void aBadIntegerIsRefused() {
    assertThat(refused(Map.of("org", "acme.okta.com", "concurrency", "many")))
        .hasMessage("The setting 'concurrency' must be an integer, was 'many'");
  }

  @Test
  void anUnknownSettingSuggestsTheOneMeant() {
    assertThat(refused(Map.of("org", "acme.okta.com", "maxRetry", "3")))
        .hasMessageStartingWith("Unknown setting 'maxRetry' (did you mean 'maxRetries'?)")
        .hasMessageContaining("org (or tenant)");
  }

  @Test
  void theOrgGivenUnderItsNameAndItsAliasIsRefused() {
    assertThat(refused(Map.of("org", "acme.okta.com", "tenant", "https://acme.okta.com")).setting())
        .isEqualTo("org");
  }

  @Test
  void anOrgThatIsNoOktaDomainIsRefusedAsTheSettingOrg() {
    InvalidConfigurationException e = refused(Map.of("org", "javascript:alert(1)", "tokenEnv", "X"));

    assertThat(e.setting()).isEqualTo("org");
    assertThat(e).hasMessageContaining("unsupported scheme 'javascript'");
  }

  @Test
  void twoKindsOfCredentialsAreRefused(@TempDir Path dir) throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "00abc");
    assertThat(refused(Map.of("org", "acme.okta.com", "tokenEnv", "X", "tokenFile", token.toString())))
        .hasMessageContaining("one kind of credentials");
  }

  @Test
  void aCredentialSettingBesideTheRegistrysSecretIsRefused() {
    assertThatThrownBy(() -> provider.open(ConnectorContext.builder().setting("tenant", "acme.okta.com")
            .setting("tokenEnv", "X").service(Secret.class, Secret.of("00abc")).build()))
        .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> assertThat(e.setting()).isEqualTo("credentials"))
        .hasMessageContaining("two places");
  }

  @Test
  void serviceAppSettingsWithAnApiTokenAreRefused() {
    assertThat(refused(Map.of("org", "acme.okta.com", "tokenEnv", "X", "scopes", "okta.users.read")).setting())
        .isEqualTo("scopes");
  }

  @Test
  void aServiceAppWithoutItsKeyFileOrScopesSaysWhatIsMissing(@TempDir Path dir) {
    assertThat(refused(Map.of("org", "acme.okta.com", "clientId", "0oa1")).setting()).isEqualTo("privateKeyFile");
    assertThat(refused(Map.of("org", "acme.okta.com", "clientId", "0oa1",
        "privateKeyFile", dir.resolve("missing.pem").toString())).setting()).isEqualTo("privateKeyFile");
  }

  @Test
  void anUnreadableTokenFileIsQuotedEscaped(@TempDir Path dir) {
    InvalidConfigurationException e = refused(Map.of("org", "acme.okta.com",
        "tokenFile", dir.resolve("no\u001Bfile").toString()));

    assertThat(e.setting()).isEqualTo("tokenFile");
    assertThat(e.getMessage()).contains("no\\u001Bfile").doesNotContainPattern("\\p{Cntrl}");
  }
}
