package dev.governance.core.spi;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings parsed by {@link ConnectorSettings#parse}: the typed value of each described setting
 * (given, or its default) and the text each was given as, under the setting's name whatever alias
 * was used.
 *
 * @since 0.1
 */
public final class SettingValues {

  private final ConnectorSettings description;
  private final Map<String, String> given;
  private final Map<String, Object> values;

  SettingValues(ConnectorSettings description, Map<String, String> given, Map<String, Object> values) {
    this.description = description;
    this.given = Map.copyOf(given);
    this.values = Map.copyOf(values);
  }

  /**
   * Returns a setting's value: the one given, or else its default.
   *
   * @param setting a setting of the description that parsed these values
   * @param <T> the type of its value
   * @return the value, or empty if it was not given and has no default
   * @throws IllegalArgumentException if the setting is not part of that description
   */
  public <T> Optional<T> get(Setting<T> setting) {
    requireDescribed(setting);
    @SuppressWarnings("unchecked") // the parser stored a value of the setting's type
    T value = (T) values.get(setting.name());
    return Optional.ofNullable(value);
  }

  /**
   * Tells whether a setting was given (under its name or an alias), rather than defaulted.
   *
   * @param setting a setting of the description that parsed these values
   * @return whether it was given
   * @throws IllegalArgumentException if the setting is not part of that description
   */
  public boolean isGiven(Setting<?> setting) {
    requireDescribed(setting);
    return given.containsKey(setting.name());
  }

  /**
   * Returns the text a setting was given as, stripped of surrounding whitespace. For a described
   * setting, an alias finds the text given under any of its names.
   *
   * @param name the setting's name or alias
   * @return the text, or empty if it was not given
   */
  public Optional<String> text(String name) {
    String canonical = description.find(name).<String>map(Setting::name).orElse(name);
    return Optional.ofNullable(given.get(canonical));
  }

  /**
   * Returns every setting given, as text stripped of surrounding whitespace, under the settings'
   * names (aliases resolved).
   *
   * @return an unmodifiable map
   */
  public Map<String, String> given() {
    return given;
  }

  private void requireDescribed(Setting<?> setting) {
    Objects.requireNonNull(setting, "setting");
    Optional<Setting<?>> declared = description.find(setting.name());
    if (declared.isEmpty() || !declared.get().equals(setting)) {
      throw new IllegalArgumentException("The setting " + setting.name() + " is not part of "
          + description + "; read it with the Setting constant the description was built from");
    }
  }

  @Override
  public String toString() {
    return "SettingValues" + given.keySet();
  }
}
