package dev.governance.core.integration;

import dev.governance.core.InvalidConfigurationException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What is needed to add an integration. Build one with {@link #builder(String, String)}.
 *
 * <pre>{@code
 * IntegrationSpec spec = IntegrationSpec.builder("okta", "https://acme.okta.com")
 *     .credential(CredentialReference.environmentVariable("ACME_OKTA_TOKEN"))
 *     .features(IntegrationFeature.APP_GOVERNANCE, IntegrationFeature.POSTURE_SCAN)
 *     .primaryOwner("alice@acme.com")
 *     .build();
 * }</pre>
 *
 * @param id the id to give it, or {@code null} to let the registry choose one
 * @param providerId the connector provider, e.g. {@code okta}
 * @param tenant the tenant, e.g. {@code https://acme.okta.com}
 * @param settings further connector settings, never secrets
 * @param credential where its secret is kept
 * @param features what the product does with it
 * @param primaryOwner who answers for it
 * @param secondaryOwners who else does
 * @param description a description, or {@code null}
 * @since 0.1
 */
public record IntegrationSpec(
    @Nullable String id,
    String providerId,
    String tenant,
    Map<String, String> settings,
    CredentialReference credential,
    Set<IntegrationFeature> features,
    String primaryOwner,
    List<String> secondaryOwners,
    @Nullable String description) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** Validates and copies the components. */
  public IntegrationSpec {
    if (id != null && (!ID.matcher(id).matches() || id.contains(".."))) {
      throw new InvalidConfigurationException("id", "The integration id '" + id + "' is not allowed:"
          + " use letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64"
          + " characters; or leave it out to get a generated one");
    }
    if (providerId == null || providerId.isBlank()) {
      throw new InvalidConfigurationException("providerId", "Name the connector provider, e.g. okta");
    }
    if (tenant == null || tenant.isBlank()) {
      throw new InvalidConfigurationException("tenant",
          "Name the tenant to connect, e.g. https://acme.okta.com");
    }
    tenant = tenant.strip();
    settings = Owners.settings(settings);
    requireCredential(credential);
    features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
    primaryOwner = Owners.primary(primaryOwner);
    secondaryOwners = List.copyOf(Owners.secondary(secondaryOwners, primaryOwner));
    description = Owners.description(description);
  }

  private static CredentialReference requireCredential(@Nullable CredentialReference credential) {
    if (credential == null) {
      throw new InvalidConfigurationException("credential", "Say where the tenant's credential is:"
          + " an environment variable, a file, or a name your SecretResolver knows");
    }
    return credential;
  }

  /**
   * Starts a builder.
   *
   * @param providerId the connector provider, e.g. {@code okta}
   * @param tenant the tenant, e.g. {@code https://acme.okta.com}
   * @return a new builder
   */
  public static Builder builder(String providerId, String tenant) {
    return new Builder(providerId, tenant);
  }

  /** Builds an {@link IntegrationSpec}. */
  public static final class Builder {
    private @Nullable String id;
    private final String providerId;
    private final String tenant;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private @Nullable CredentialReference credential;
    private final Set<IntegrationFeature> features = EnumSet.noneOf(IntegrationFeature.class);
    private @Nullable String primaryOwner;
    private List<String> secondaryOwners = List.of();
    private @Nullable String description;

    private Builder(String providerId, String tenant) {
      this.providerId = providerId;
      this.tenant = tenant;
    }

    /**
     * Sets the id instead of letting the registry choose one.
     *
     * @param value the id
     * @return this builder
     */
    public Builder id(String value) {
      this.id = Objects.requireNonNull(value, "id");
      return this;
    }

    /**
     * Adds a connector setting. Never put a secret here: use {@link #credential}.
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
     * Sets where the credential is.
     *
     * @param value the reference
     * @return this builder
     */
    public Builder credential(CredentialReference value) {
      this.credential = Objects.requireNonNull(value, "credential");
      return this;
    }

    /**
     * Adds features.
     *
     * @param values the features
     * @return this builder
     */
    public Builder features(IntegrationFeature... values) {
      features.addAll(List.of(values));
      return this;
    }

    /**
     * Sets the primary owner.
     *
     * @param value a login or email
     * @return this builder
     */
    public Builder primaryOwner(String value) {
      this.primaryOwner = value;
      return this;
    }

    /**
     * Sets the secondary owners.
     *
     * @param values logins or emails
     * @return this builder
     */
    public Builder secondaryOwners(String... values) {
      this.secondaryOwners = List.of(values);
      return this;
    }

    /**
     * Sets the description.
     *
     * @param value the description
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Builds the spec.
     *
     * @return the spec
     * @throws InvalidConfigurationException if something required is missing or invalid
     */
    public IntegrationSpec build() {
      return new IntegrationSpec(id, providerId, tenant, settings, requireCredential(credential),
          features, Owners.primary(primaryOwner), secondaryOwners, description);
    }
  }
}
