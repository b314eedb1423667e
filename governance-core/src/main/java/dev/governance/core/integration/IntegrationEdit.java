package dev.governance.core.integration;

import java.util.EnumSet;
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
 * @param settings the new connector settings, or {@code null}
 * @param features the new features, or {@code null}
 * @param primaryOwner the new primary owner, or {@code null}
 * @param secondaryOwners the new secondary owners, or {@code null}
 * @param description the new description, or {@code null}
 * @param clearDescription whether to remove the description
 * @since 0.1
 */
public record IntegrationEdit(
    @Nullable Map<String, String> settings,
    @Nullable Set<IntegrationFeature> features,
    @Nullable String primaryOwner,
    @Nullable List<String> secondaryOwners,
    @Nullable String description,
    boolean clearDescription) {

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

    private Builder() {}

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
          clearDescription);
    }
  }
}
