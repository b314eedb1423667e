package dev.governance.core.spi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One setting a {@link ConnectorProvider} accepts: its name, its {@link SettingType type}, whether
 * it is required, its default, a one-line description, whether it is a secret reference, and other
 * names it is accepted under. A provider keeps its settings as constants and reads their typed
 * values with {@link SettingValues#get(Setting)}:
 *
 * <pre>{@code
 * static final Setting<Integer> CONCURRENCY = Setting.builder("concurrency", SettingType.integer(1, 75))
 *     .defaultValue(8)
 *     .description("The most requests in flight at once")
 *     .build();
 * }</pre>
 *
 * <p>A setting never holds a secret. A <em>secret reference</em> names where a secret is (an
 * environment variable, a file); tables show that it is one, so that nobody pastes the secret
 * itself.
 *
 * @param name the name, e.g. {@code concurrency}: a letter, then letters, digits, {@code .}, {@code
 *     _} or {@code -}
 * @param type what its text means
 * @param required whether it must be given
 * @param defaultValue the value when it is not given, or {@code null} for none
 * @param description what it does, in one line
 * @param secretReference whether its value names where a secret is
 * @param aliases other names it is accepted under, e.g. {@code tenant} for {@code org}
 * @param <T> the type of its value
 * @since 0.1
 */
public record Setting<T>(
    String name,
    SettingType<T> type,
    boolean required,
    @Nullable T defaultValue,
    String description,
    boolean secretReference,
    List<String> aliases) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");

  /** Validates and copies the components. */
  public Setting {
    requireName(name);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    if (description.isBlank() || description.contains("\n") || description.contains("\r")) {
      throw new IllegalArgumentException(
          "The setting " + name + " needs a description of one line, not blank");
    }
    description = description.strip();
    if (required && defaultValue != null) {
      throw new IllegalArgumentException(
          "The setting " + name + " is required and has a default; it can be only one of them");
    }
    aliases = List.copyOf(aliases);
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    distinct.add(name);
    for (String alias : aliases) {
      requireName(alias);
      if (!distinct.add(alias)) {
        throw new IllegalArgumentException("The setting " + name + " lists the name " + alias + " twice");
      }
    }
  }

  /**
   * Starts a builder.
   *
   * @param name the setting's name
   * @param type what its text means
   * @param <T> the type of its value
   * @return a new builder
   */
  public static <T> Builder<T> builder(String name, SettingType<T> type) {
    return new Builder<>(name, type);
  }

  /**
   * Returns the default as text, as {@link SettingType#format} writes it.
   *
   * @return the default's text, or empty if there is no default
   */
  public Optional<String> defaultText() {
    return defaultValue == null ? Optional.empty() : Optional.of(type.format(defaultValue));
  }

  private static void requireName(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("A setting's name must be a letter followed by letters,"
          + " digits, '.', '_' or '-': " + name);
    }
  }

  /**
   * Builds a {@link Setting}.
   *
   * @param <T> the type of its value
   */
  public static final class Builder<T> {
    private final String name;
    private final SettingType<T> type;
    private boolean required;
    private @Nullable T defaultValue;
    private @Nullable String description;
    private boolean secretReference;
    private final List<String> aliases = new ArrayList<>();

    private Builder(String name, SettingType<T> type) {
      this.name = Objects.requireNonNull(name, "name");
      this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * Makes the setting required.
     *
     * @return this builder
     */
    public Builder<T> required() {
      this.required = true;
      return this;
    }

    /**
     * Sets the value used when the setting is not given.
     *
     * @param value the default
     * @return this builder
     */
    public Builder<T> defaultValue(T value) {
      this.defaultValue = Objects.requireNonNull(value, "defaultValue");
      return this;
    }

    /**
     * Sets what the setting does, in one line.
     *
     * @param value the description
     * @return this builder
     */
    public Builder<T> description(String value) {
      this.description = Objects.requireNonNull(value, "description");
      return this;
    }

    /**
     * Marks the setting as naming where a secret is, e.g. an environment variable or a file.
     *
     * @return this builder
     */
    public Builder<T> secretReference() {
      this.secretReference = true;
      return this;
    }

    /**
     * Adds another name the setting is accepted under.
     *
     * @param value the alias
     * @return this builder
     */
    public Builder<T> alias(String value) {
      aliases.add(Objects.requireNonNull(value, "alias"));
      return this;
    }

    /**
     * Builds the setting.
     *
     * @return the setting
     * @throws IllegalArgumentException if the description is missing or not one line, a name is
     *     not allowed, or a required setting has a default
     */
    public Setting<T> build() {
      if (description == null) {
        throw new IllegalArgumentException("Describe the setting " + name + " in one line");
      }
      return new Setting<>(name, type, required, defaultValue, description, secretReference, aliases);
    }
  }
}
