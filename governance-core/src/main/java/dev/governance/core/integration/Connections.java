package dev.governance.core.integration;

import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.ConflictException;
import dev.governance.core.GovernanceException;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.Secret;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.Preflight;
import java.util.Set;
import dev.governance.core.Connectors;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/** Opens the connector of an integration with a given credential, and checks its tenant. */
final class Connections {

  /** The setting that carries the integration's tenant to the connector. */
  static final String TENANT_SETTING = "tenant";

  private final Connectors connectors;
  private final SecretResolver secrets;
  private final Clock clock;
  private final BiConsumer<Integration, ConnectorContext.Builder> customizer;

  Connections(
      Connectors connectors, SecretResolver secrets, Clock clock,
      BiConsumer<Integration, ConnectorContext.Builder> customizer) {
    this.connectors = connectors;
    this.secrets = secrets;
    this.clock = clock;
    this.customizer = customizer;
  }

  /** Refuses a provider id that no registered or discovered provider has. */
  void requireProvider(String providerId) {
    if (connectors.provider(providerId).isEmpty()) {
      throw new InvalidConfigurationException("providerId", "No connector provider with id '"
          + providerId + "'. Known: " + connectors.providers().keySet() + ". Put the provider's jar"
          + " on the class path or register it with Connectors.builder().register(...)");
    }
  }

  /**
   * Refuses settings that the provider's description does not accept, as the registry would pass
   * them: the integration's settings and its tenant under {@link #TENANT_SETTING}.
   *
   * @throws InvalidConfigurationException naming every setting that is wrong
   */
  void requireValidSettings(String providerId, String tenant, Map<String, String> settings) {
    requireProvider(providerId);
    connectors.provider(providerId).orElseThrow().settings().parse(contextSettings(tenant, settings));
  }

  private static Map<String, String> contextSettings(String tenant, Map<String, String> settings) {
    Map<String, String> all = new LinkedHashMap<>(settings);
    all.put(TENANT_SETTING, tenant);
    return all;
  }

  /**
   * Opens a connector for an integration with a credential, and refuses it if it reads another
   * tenant. The settings are validated before the secret is read.
   *
   * @throws InvalidConfigurationException if the provider's description refuses the settings
   * @throws AuthenticationFailedException with {@code WRONG_TENANT} if the connector reads another
   *     tenant
   */
  Connector open(Integration integration, CredentialReference credential) {
    requireValidSettings(integration.providerId(), integration.tenant(), integration.settings());
    Secret secret = secrets.resolve(credential);
    ConnectorContext.Builder context = ConnectorContext.builder()
        .settings(contextSettings(integration.tenant(), integration.settings()))
        .service(Secret.class, secret)
        .clock(clock);
    customizer.accept(integration, context);
    Connector connector = connectors.open(integration.providerId(), context.build());
    String actual = connector.tenant();
    if (!normalize(actual).equals(normalize(integration.tenant()))) {
      connector.close();
      throw new AuthenticationFailedException(integration.tenant(),
          AuthenticationFailedException.Reason.WRONG_TENANT,
          "The credential in " + credential.describe() + " opens the tenant " + actual
              + ", not " + integration.tenant() + " of integration '" + integration.id()
              + "'. Use a credential of " + integration.tenant()
              + ", or add the other tenant as its own integration",
          null);
    }
    return connector;
  }

  /**
   * Checks a credential that is to replace an integration's current one: it must open the same
   * tenant and allow something, and the current one may be replaced only if it fails or {@code
   * replacement} allows replacing a working one.
   */
  void verifyReplacement(
      Integration current, CredentialReference credential, CredentialReplacement replacement) {
    Preflight preflight;
    try (Connector c = open(current, credential)) {
      preflight = c.check();
    }
    if (preflight.accessLevel() == AccessLevel.NONE) {
      throw new InsufficientPermissionException("The credential in " + credential.describe()
          + " may read nothing in " + current.tenant() + "; the old credential was kept. "
          + String.join(" ", preflight.advice()), Set.of(), Set.of(), null);
    }
    if (replacement == CredentialReplacement.ONLY_IF_CURRENT_FAILS && works(current)) {
      throw new ConflictException("The current credential of integration '" + current.id() + "' ("
          + current.credential().describe() + ") still works, so it was kept. To replace it"
          + " anyway, pass CredentialReplacement.REPLACE_WORKING");
    }
  }

  private boolean works(Integration integration) {
    try (Connector c = open(integration, integration.credential())) {
      return c.check().accessLevel() != AccessLevel.NONE;
    } catch (GovernanceException e) {
      return false;
    }
  }

  /** Compares tenants as people write them: case, scheme and a trailing slash do not matter. */
  static String normalize(String tenant) {
    String t = tenant.strip().toLowerCase(Locale.ROOT);
    int scheme = t.indexOf("://");
    if (scheme >= 0 && (t.startsWith("https://") || t.startsWith("http://"))) {
      t = t.substring(scheme + 3);
    }
    while (t.endsWith("/")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
