package dev.governance.core;

import dev.governance.core.internal.Discovery;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Finds {@link ConnectorProvider}s and opens connectors.
 *
 * <p>Resolution order: providers registered explicitly with {@link Builder#register}, then those
 * listed in {@code META-INF/services/dev.governance.core.spi.ConnectorProvider} (unless {@link
 * Builder#serviceLoader(boolean)} turns discovery off). An explicit registration shadows a
 * discovered provider of the same id, which is how a caller replaces one; two explicit
 * registrations of one id, or two discovered providers of one id, fail at once with a message
 * naming both classes. Discovered providers whose {@link ConnectorProvider#isLoadable()} is false
 * are skipped; one that fails to load fails {@link Builder#build()}, so that none is silently left
 * out.
 *
 * <pre>{@code
 * Connectors connectors = Connectors.builder().build();          // discovery only
 * try (Connector okta = connectors.open("okta", context)) { ... }
 * }</pre>
 *
 * @since 0.1
 */
public final class Connectors {

  private final Map<String, ConnectorProvider> providers;

  private Connectors(Map<String, ConnectorProvider> providers) {
    this.providers = Collections.unmodifiableMap(providers);
  }

  /**
   * Starts a builder with discovery through {@link ServiceLoader} on.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the providers found, explicit ones first.
   *
   * @return the providers by id
   */
  public Map<String, ConnectorProvider> providers() {
    return providers;
  }

  /**
   * Finds a provider.
   *
   * @param id the provider's id
   * @return the provider, or empty
   */
  public Optional<ConnectorProvider> provider(String id) {
    return Optional.ofNullable(providers.get(id));
  }

  /**
   * Opens a connector.
   *
   * @param id the provider's id
   * @param context the connector's settings and services
   * @return the connector, to be closed by the caller
   * @throws InvalidConfigurationException if no provider has that id
   */
  public Connector open(String id, ConnectorContext context) {
    ConnectorProvider provider = providers.get(id);
    if (provider == null) {
      throw new InvalidConfigurationException(
          "connector",
          "No connector provider with id '"
              + id
              + "'. Known: "
              + providers.keySet()
              + ". Put the provider's jar on the class path or register it with"
              + " Connectors.builder().register(...)");
    }
    return provider.open(context);
  }

  /** Builds a {@link Connectors}. */
  public static final class Builder {
    private static final Discovery<ConnectorProvider> DISCOVERY =
        new Discovery<>(
            "connector",
            "connector provider",
            ConnectorProvider::id,
            id -> id == null || id.isBlank() ? Optional.of("a blank id") : Optional.empty(),
            ConnectorProvider::isLoadable,
            "Remove one from the class path, or register the one to use explicitly");

    private final List<ConnectorProvider> explicit = new ArrayList<>();
    private boolean serviceLoader = true;
    private Supplier<Stream<ConnectorProvider>> discovery =
        Discovery.serviceLoader(ConnectorProvider.class, Connectors.class.getClassLoader());

    private Builder() {}

    /**
     * Registers a provider explicitly.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder register(ConnectorProvider provider) {
      explicit.add(Objects.requireNonNull(provider, "provider"));
      return this;
    }

    /**
     * Turns discovery through {@link ServiceLoader} on or off.
     *
     * @param enabled whether to discover providers
     * @return this builder
     */
    public Builder serviceLoader(boolean enabled) {
      this.serviceLoader = enabled;
      return this;
    }

    /**
     * Replaces how providers are discovered, e.g. to use another class loader.
     *
     * @param source supplies the discovered providers
     * @return this builder
     */
    public Builder discovery(Supplier<Stream<ConnectorProvider>> source) {
      this.discovery = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Resolves the providers.
     *
     * @return the registry
     * @throws InvalidConfigurationException if two providers of the same source share an id, a
     *     provider's id is blank, or a provider on the class path fails to load
     */
    public Connectors build() {
      return new Connectors(DISCOVERY.resolve(explicit, "registered", serviceLoader ? discovery : null));
    }
  }
}
