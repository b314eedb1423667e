package dev.governance.core.spi;

import dev.governance.core.InvalidConfigurationException;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link ConnectorProvider} gets to open a connector: textual settings, typed services and
 * a clock. New kinds of services can be added without changing the provider interface.
 *
 * <p>Settings never hold secrets themselves: a secret setting names where to read the secret (an
 * environment variable or a file), or the caller passes a typed credential as a service.
 *
 * @since 0.1
 */
public final class ConnectorContext {

  private final Map<String, String> settings;
  private final Map<Class<?>, Object> services;
  private final Clock clock;

  private ConnectorContext(Builder b) {
    this.settings = Map.copyOf(b.settings);
    this.services = Map.copyOf(b.services);
    this.clock = b.clock;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a setting.
   *
   * @param name the setting's name
   * @return its value, or empty
   */
  public Optional<String> setting(String name) {
    return Optional.ofNullable(settings.get(name));
  }

  /**
   * Returns a setting that must be present.
   *
   * @param name the setting's name
   * @return its value
   * @throws InvalidConfigurationException if the setting is missing or blank
   */
  public String requireSetting(String name) {
    String value = settings.get(name);
    if (value == null || value.isBlank()) {
      throw new InvalidConfigurationException(
          name, "The setting '" + name + "' is required; give it a value");
    }
    return value;
  }

  /**
   * Returns every setting.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> settings() {
    return settings;
  }

  /**
   * Returns a service the caller supplied.
   *
   * @param type the service's type
   * @param <T> the type
   * @return the service, or empty
   */
  public <T> Optional<T> service(Class<T> type) {
    return Optional.ofNullable(services.get(type)).map(type::cast);
  }

  /**
   * Returns the clock the connector uses.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "ConnectorContext[settings=" + settings.keySet() + ", services=" + services.keySet() + "]";
  }

  /** Builds a {@link ConnectorContext}. */
  public static final class Builder {
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final Map<Class<?>, Object> services = new HashMap<>();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Adds a setting.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder setting(String name, String value) {
      settings.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds settings.
     *
     * @param values names to values
     * @return this builder
     */
    public Builder settings(Map<String, String> values) {
      values.forEach(this::setting);
      return this;
    }

    /**
     * Adds a typed service.
     *
     * @param type the type under which it is looked up
     * @param service the service
     * @param <T> the type
     * @return this builder
     */
    public <T> Builder service(Class<T> type, T service) {
      services.put(Objects.requireNonNull(type, "type"), type.cast(Objects.requireNonNull(service, "service")));
      return this;
    }

    /**
     * Sets the clock.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context
     */
    public ConnectorContext build() {
      return new ConnectorContext(this);
    }
  }
}
