package dev.governance.core.integration;

import dev.governance.core.InvalidConfigurationException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Changes to an integration's details; what is left {@code null} stays as it is. The provider and
 * the tenant cannot change (add another integration instead), and the credential changes only
 * through {@link Integrations#updateCredential}, which checks it first.
 *
 * <pre>{@code
 * registry.edit(id, IntegrationEdit.builder().primaryOwner("bob@acme.com").build());
 * }</pre>
 *
 * @param settings the new connector settings, replacing all of them, or {@code null}
 * @param features the new features, or {@code null}
 * @param primaryOwner the new primary owner, or {@code null}
 * @param secondaryOwners the new secondary owners, or {@code null}
 * @param description the new description, or {@code null}
 * @param clearDescription whether to remove the description
 * @param settingsSet connector settings to add or change, keeping the others (applied after {@code
 *     settings})
 * @param settingsRemoved names of connector settings to remove (applied last)
 * @since 0.1
 */
public record IntegrationEdit(
    @Nullable Map<String, String> settings,
    @Nullable Set<IntegrationFeature> features,
    @Nullable String primaryOwner,
    @Nullable List<String> secondaryOwners,
    @Nullable String description,
    boolean clearDescription,
    Map<String, String> settingsSet,
    Set<String> settingsRemoved) {

  /** Validates and copies the components. */
  public IntegrationEdit {
    settings = settings == null ? null : Owners.settings(settings);
    features = features == null ? null
        : features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
    primaryOwner = primaryOwner == null ? null : Owners.primary(primaryOwner);
    secondaryOwners = secondaryOwners == null ? null : List.copyOf(secondaryOwners);
    description = description == null ? null : Owners.description(description);
    if (clearDescription && description != null) {
      throw new IllegalArgumentException("either set the description or clear it, not both");
    }
    settingsSet = Owners.settings(settingsSet);
    settingsRemoved = Set.copyOf(settingsRemoved);
    for (String name : settingsRemoved) {
      if (settingsSet.containsKey(name)) {
        throw new InvalidConfigurationException("settings", "The setting '" + name + "' is both set"
            + " and removed; give one of the two");
      }
    }
  }

  /**
   * An edit that replaces settings as a whole, if at all, and changes no single setting.
   *
   * @param settings the new connector settings, or {@code null}
   * @param features the new features, or {@code null}
   * @param primaryOwner the new primary owner, or {@code null}
   * @param secondaryOwners the new secondary owners, or {@code null}
   * @param description the new description, or {@code null}
   * @param clearDescription whether to remove the description
   */
  public IntegrationEdit(@Nullable Map<String, String> settings,
      @Nullable Set<IntegrationFeature> features, @Nullable String primaryOwner,
      @Nullable List<String> secondaryOwners, @Nullable String description,
      boolean clearDescription) {
    this(settings, features, primaryOwner, secondaryOwners, description, clearDescription,
        Map.of(), Set.of());
  }

  /**
   * Whether this edit changes the connector settings at all.
   *
   * @return true if it replaces, sets or removes a setting
   */
  public boolean changesSettings() {
    return settings != null || !settingsSet.isEmpty() || !settingsRemoved.isEmpty();
  }

  /**
   * Applies the settings changes to the current settings.
   *
   * @param current the integration's settings now
   * @return its settings after this edit
   */
  Map<String, String> applySettings(Map<String, String> current) {
    if (!changesSettings()) {
      return current;
    }
    Map<String, String> result = new LinkedHashMap<>(settings != null ? settings : current);
    result.putAll(settingsSet);
    result.keySet().removeAll(settingsRemoved);
    return Map.copyOf(result);
  }

  /**
   * Starts a builder that changes nothing.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IntegrationEdit}. */
  public static final class Builder {
    private @Nullable Map<String, String> settings;
    private @Nullable Set<IntegrationFeature> features;
    private @Nullable String primaryOwner;
    private @Nullable List<String> secondaryOwners;
    private @Nullable String description;
    private boolean clearDescription;
    private final Map<String, String> settingsSet = new LinkedHashMap<>();
    private final Set<String> settingsRemoved = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Adds or changes one connector setting, keeping the others.
     *
     * @param name the setting's name
     * @param value its new value
     * @return this builder
     */
    public Builder setting(String name, String value) {
      settingsSet.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      settingsRemoved.remove(name);
      return this;
    }

    /**
     * Removes one connector setting, keeping the others; removing one the integration does not
     * have changes nothing.
     *
     * @param name the setting's name
     * @return this builder
     */
    public Builder removeSetting(String name) {
      settingsRemoved.add(Objects.requireNonNull(name, "name"));
      settingsSet.remove(name);
      return this;
    }

    /**
     * Replaces the connector settings.
     *
     * @param value the settings
     * @return this builder
     */
    public Builder settings(Map<String, String> value) {
      this.settings = Objects.requireNonNull(value, "settings");
      return this;
    }

    /**
     * Replaces the features.
     *
     * @param values the features
     * @return this builder
     */
    public Builder features(IntegrationFeature... values) {
      this.features = values.length == 0 ? Set.of() : EnumSet.copyOf(List.of(values));
      return this;
    }

    /**
     * Replaces the primary owner.
     *
     * @param value a login or email
     * @return this builder
     */
    public Builder primaryOwner(String value) {
      this.primaryOwner = Objects.requireNonNull(value, "primaryOwner");
      return this;
    }

    /**
     * Replaces the secondary owners.
     *
     * @param values logins or emails; none to remove them all
     * @return this builder
     */
    public Builder secondaryOwners(String... values) {
      this.secondaryOwners = List.of(values);
      return this;
    }

    /**
     * Replaces the description.
     *
     * @param value the description
     * @return this builder
     */
    public Builder description(String value) {
      this.description = Objects.requireNonNull(value, "description");
      this.clearDescription = false;
      return this;
    }

    /**
     * Removes the description.
     *
     * @return this builder
     */
    public Builder clearDescription() {
      this.description = null;
      this.clearDescription = true;
      return this;
    }

    /**
     * Builds the edit.
     *
     * @return the edit
     */
    public IntegrationEdit build() {
      return new IntegrationEdit(settings, features, primaryOwner, secondaryOwners, description,
          clearDescription, settingsSet, settingsRemoved);
    }
  }
}
