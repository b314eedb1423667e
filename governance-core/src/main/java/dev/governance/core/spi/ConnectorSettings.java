package dev.governance.core.spi;

import dev.governance.core.InvalidConfigurationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The description of the settings a {@link ConnectorProvider} accepts, and their parser. {@link
 * #parse} turns the text settings of a {@link ConnectorContext} into typed {@link SettingValues},
 * or refuses them with one {@link InvalidConfigurationException} that lists every problem: an
 * unknown name (with the closest known one), a value that is not of the setting's type, a setting
 * given under two of its names, a required setting missing.
 *
 * <pre>{@code
 * static final ConnectorSettings SETTINGS = ConnectorSettings.of(FIXTURE, CONCURRENCY);
 *
 * public Connector open(ConnectorContext context) {
 *   SettingValues values = SETTINGS.parse(context.settings());
 *   int concurrency = values.get(CONCURRENCY).orElseThrow();   // the default if not given
 *   ...
 * }
 * }</pre>
 *
 * <p>A provider that describes nothing has {@link #undescribed()}: any name and any text is
 * accepted, and read with {@link SettingValues#text(String)}.
 *
 * <p>The integration registry passes every connector the setting {@code tenant} (the integration's
 * tenant): a provider the registry drives declares it, as a setting or as an alias of one.
 *
 * @since 0.1
 */
public final class ConnectorSettings {

  private static final ConnectorSettings UNDESCRIBED =
      new ConnectorSettings(List.of(), false, values -> {});

  private final List<Setting<?>> settings;
  private final boolean described;
  private final Consumer<SettingValues> check;
  private final Map<String, Setting<?>> byName;

  private ConnectorSettings(List<Setting<?>> settings, boolean described, Consumer<SettingValues> check) {
    this.settings = List.copyOf(settings);
    this.described = described;
    this.check = check;
    Map<String, Setting<?>> names = new LinkedHashMap<>();
    for (Setting<?> s : this.settings) {
      for (String name : names(s)) {
        Setting<?> earlier = names.putIfAbsent(name, s);
        if (earlier != null) {
          throw new IllegalArgumentException(
              "The settings " + earlier.name() + " and " + s.name() + " share the name " + name);
        }
      }
    }
    this.byName = names;
  }

  /**
   * Describes settings.
   *
   * @param settings the settings, in the order tables list them
   * @return the description
   * @throws IllegalArgumentException if two settings share a name or an alias
   */
  public static ConnectorSettings of(Setting<?>... settings) {
    return of(List.of(settings));
  }

  /**
   * Describes settings.
   *
   * @param settings the settings, in the order tables list them
   * @return the description
   * @throws IllegalArgumentException if two settings share a name or an alias
   */
  public static ConnectorSettings of(List<? extends Setting<?>> settings) {
    return new ConnectorSettings(List.copyOf(settings), true, values -> {});
  }

  /**
   * Returns this description with a further check that {@link #parse} runs on the typed values,
   * e.g. the provider's options builder, which knows the allowed ranges and combinations. Keeping
   * ranges in one place, the builder, lets every caller that validates settings (the integration
   * registry, a tool) refuse a value out of range before it is stored.
   *
   * @param value throws {@link InvalidConfigurationException} for values it refuses
   * @return a new description with the same settings
   */
  public ConnectorSettings withCheck(Consumer<SettingValues> value) {
    Objects.requireNonNull(value, "check");
    return new ConnectorSettings(settings, described, value);
  }

  /**
   * Returns the description of a provider that describes nothing: any setting is accepted as
   * text.
   *
   * @return the description
   */
  public static ConnectorSettings undescribed() {
    return UNDESCRIBED;
  }

  /**
   * Tells whether the provider describes its settings; if not, any name and text is accepted.
   *
   * @return {@code false} for {@link #undescribed()}
   */
  public boolean isDescribed() {
    return described;
  }

  /**
   * Returns the settings, in the order tables list them.
   *
   * @return the settings; empty for {@link #undescribed()}
   */
  public List<Setting<?>> settings() {
    return settings;
  }

  /**
   * Finds a setting by its name or an alias.
   *
   * @param name the name or alias
   * @return the setting, or empty
   */
  public Optional<Setting<?>> find(String name) {
    return Optional.ofNullable(byName.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * Parses settings. Names are resolved through aliases; text is stripped of surrounding
   * whitespace before it is parsed.
   *
   * @param given names to text, e.g. {@link ConnectorContext#settings()}
   * @return the typed values
   * @throws InvalidConfigurationException naming the setting, quoting its value escaped and
   *     shortened, and saying what was expected; when several settings are wrong, one exception
   *     lists them all (see {@link InvalidConfigurationException#combine}). The check of {@link
   *     #withCheck} runs once every value has its type, and its exception is thrown as it is
   */
  public SettingValues parse(Map<String, String> given) {
    Objects.requireNonNull(given, "given");
    SettingValues values = SettingsParser.parse(this, given);
    check.accept(values);
    return values;
  }

  /** Returns the names a setting is known by: its name, then its aliases. */
  static List<String> names(Setting<?> setting) {
    java.util.ArrayList<String> names = new java.util.ArrayList<>();
    names.add(setting.name());
    names.addAll(setting.aliases());
    return names;
  }

  @Override
  public String toString() {
    return described
        ? "ConnectorSettings" + settings.stream().map(Setting::name).toList()
        : "ConnectorSettings[undescribed]";
  }
}
