package dev.governance.core.spi;

/**
 * Opens connectors of one kind (e.g. {@code okta}). Implementations are registered explicitly with
 * {@link dev.governance.core.Connectors.Builder#register(ConnectorProvider)} or listed in {@code
 * META-INF/services/dev.governance.core.spi.ConnectorProvider}; ids are unique.
 *
 * @since 0.1
 */
public interface ConnectorProvider {

  /**
   * Returns the provider's id, e.g. {@code okta}: lower case, unique among providers.
   *
   * @return the id
   */
  String id();

  /**
   * Returns a name for people to read, e.g. {@code Okta}.
   *
   * @return the display name
   */
  default String displayName() {
    return id();
  }

  /**
   * Tells whether this provider can work in the current environment (e.g. its libraries are on
   * the class path). Providers that cannot are skipped during discovery.
   *
   * @return {@code true} by default
   */
  default boolean isLoadable() {
    return true;
  }

  /**
   * Describes the settings {@link #open} accepts: their names, types, defaults, and which are
   * secret references. Callers validate settings with it before they store or pass them ({@link
   * ConnectorSettings#parse}), and tools list it for people to read.
   *
   * @return by default {@link ConnectorSettings#undescribed()}: no description, any string
   *     accepted
   */
  default ConnectorSettings settings() {
    return ConnectorSettings.undescribed();
  }

  /**
   * Opens a connector.
   *
   * @param context the settings and services for the connector
   * @return a new connector, to be closed by the caller
   * @throws dev.governance.core.InvalidConfigurationException if a setting is missing or wrong
   */
  Connector open(ConnectorContext context);
}
