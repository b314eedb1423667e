package dev.governance.okta;

import dev.governance.core.Secret;
import dev.governance.okta.catalog.OktaScope;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.internal.Quoted;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How the SDK authenticates to Okta: an SSWS API token, or an OAuth 2.0 service app that signs
 * client assertions with its private key ({@code private_key_jwt}). Secrets are held in {@link
 * Secret}s and masked in every {@code toString()}.
 *
 * <pre>{@code
 * OktaCredentials token = OktaCredentials.apiToken(Secret.of(System.getenv("OKTA_API_TOKEN")));
 * OktaCredentials app = OktaCredentials.serviceApp()
 *     .clientId("0oa1b2c3d4e5f6g7h8i9")
 *     .privateKey(OktaPrivateKey.fromFile(Path.of("okta-key.pem")))
 *     .keyId("kid-1")
 *     .scopes(OktaPermissions.scopesFor(AccessLevel.READ_ONLY))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface OktaCredentials {

  /**
   * Returns the value the Okta SDK calls the authorization mode.
   *
   * @return {@code SSWS} or {@code PrivateKey}
   */
  String authorizationMode();

  /**
   * Returns API token credentials.
   *
   * @param token the token, as shown once when it was created; a leading {@code SSWS } is dropped
   * @return the credentials
   * @throws InvalidConfigurationException if the value cannot be an Okta API token
   */
  static ApiToken apiToken(Secret token) {
    return new ApiToken(token);
  }

  /**
   * Returns a builder for service app credentials.
   *
   * @return a new builder
   */
  static ServiceApp.Builder serviceApp() {
    return new ServiceApp.Builder();
  }

  /**
   * An SSWS API token. It acts with the admin roles of the user who created it.
   *
   * @param token the token
   */
  record ApiToken(Secret token) implements OktaCredentials {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,}");

    /** Validates the token and drops an {@code SSWS } prefix. */
    public ApiToken {
      Objects.requireNonNull(token, "token");
      String value = token.reveal().strip();
      if (value.regionMatches(true, 0, "SSWS ", 0, 5)) {
        value = value.substring(5).strip();
      }
      if (value.regionMatches(true, 0, "Bearer ", 0, 7) || value.startsWith("eyJ")) {
        throw new InvalidConfigurationException(
            "token",
            "The API token looks like an OAuth"
                + " access token, which expires within an hour. Give an API token created under"
                + " Security > API > Tokens, or use OktaCredentials.serviceApp().");
      }
      if (!TOKEN.matcher(value).matches()) {
        throw new InvalidConfigurationException(
            "token",
            "The API token ("
                + token.length()
                + " characters) is not one: Okta API tokens are at least 20 letters, digits, '-' or"
                + " '_', with no spaces or quotes. Paste the value shown once when the token was"
                + " created.");
      }
      token = value.equals(token.reveal()) ? token : Secret.of(value);
    }

    @Override
    public String authorizationMode() {
      return "SSWS";
    }

    /**
     * Returns the kind of credentials, never the token.
     *
     * @return {@code ApiToken[token=****]}
     */
    @Override
    public String toString() {
      return "ApiToken[token=" + Secret.MASK + "]";
    }
  }

  /**
   * An OAuth 2.0 service app using the client credentials grant with {@code private_key_jwt}.
   * Immutable; build it with {@link OktaCredentials#serviceApp()}.
   */
  final class ServiceApp implements OktaCredentials {

    /**
     * Whether token requests carry a DPoP proof (RFC 9449), binding the access token to a key pair
     * the connector makes for each client. New API service apps in Okta require DPoP by default
     * ("Require Demonstrating Proof of Possession (DPoP) header in token requests"); Okta then
     * refuses a token request without a proof with {@code invalid_dpop_proof}.
     */
    public enum Dpop {
      /**
       * The default: the first token request goes without a proof; when Okta answers {@code 400
       * invalid_dpop_proof}, the request is repeated with one, and every later request uses DPoP.
       * This is what okta-sdk-java does, and it works whether the app requires DPoP or not.
       */
      AUTO,
      /**
       * Every token request carries a proof from the start, saving one round trip for an app that
       * requires DPoP. Okta does not document how it answers a proof for an app that does not
       * require DPoP, so use this only for apps that do.
       */
      ALWAYS
    }

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final String clientId;
    private final OktaPrivateKey privateKey;
    private final Optional<String> keyId;
    private final Set<OktaScope> scopes;
    private final Dpop dpop;

    private ServiceApp(
        String clientId,
        OktaPrivateKey privateKey,
        Optional<String> keyId,
        Set<OktaScope> scopes,
        Dpop dpop) {
      this.clientId = clientId;
      this.dpop = dpop;
      this.privateKey = privateKey;
      this.keyId = keyId;
      this.scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
    }

    /**
     * Returns the app's client id.
     *
     * @return e.g. {@code 0oa1b2c3d4e5f6g7h8i9}
     */
    public String clientId() {
      return clientId;
    }

    /**
     * Returns the private key that signs client assertions.
     *
     * @return the key
     */
    public OktaPrivateKey privateKey() {
      return privateKey;
    }

    /**
     * Returns the key id sent as the assertion's {@code kid} header: the one given, else the JWK's.
     *
     * @return the key id, if any
     */
    public Optional<String> keyId() {
      return keyId;
    }

    /**
     * Returns the scopes requested from Okta's token endpoint.
     *
     * @return the scopes, not empty
     */
    public Set<OktaScope> scopes() {
      return scopes;
    }

    /**
     * Returns the requested scopes as the token request's {@code scope} parameter.
     *
     * @return the scope names separated by spaces, in a fixed order
     */
    public String scopeParameter() {
      return String.join(" ", OktaPermissions.names(scopes));
    }

    /**
     * Returns when token requests carry a DPoP proof.
     *
     * @return {@link Dpop#AUTO} unless set otherwise
     */
    public Dpop dpop() {
      return dpop;
    }

    @Override
    public String authorizationMode() {
      return "PrivateKey";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ServiceApp that
          && clientId.equals(that.clientId)
          && dpop == that.dpop
          && privateKey.privateKey().equals(that.privateKey.privateKey())
          && keyId.equals(that.keyId)
          && scopes.equals(that.scopes);
    }

    @Override
    public int hashCode() {
      return Objects.hash(clientId, keyId, scopes);
    }

    /**
     * Returns the client id, key id and scopes; the key is masked.
     *
     * @return a description without secrets
     */
    @Override
    public String toString() {
      return "ServiceApp[clientId="
          + clientId
          + ", keyId="
          + keyId.orElse("none")
          + ", privateKey="
          + privateKey
          + ", scopes="
          + scopeParameter()
          + ", dpop="
          + dpop
          + "]";
    }

    /** Builds {@link ServiceApp} credentials; {@link #build()} validates them. */
    public static final class Builder {

      private @Nullable String clientId;
      private @Nullable OktaPrivateKey privateKey;
      private @Nullable String keyId;
      private final Set<OktaScope> scopes = EnumSet.noneOf(OktaScope.class);
      private Dpop dpop = Dpop.AUTO;

      private Builder() {}

      /**
       * Sets when token requests carry a DPoP proof.
       *
       * @param dpop {@link Dpop#AUTO} (the default) or {@link Dpop#ALWAYS}
       * @return this builder
       */
      public Builder dpop(Dpop dpop) {
        this.dpop = Objects.requireNonNull(dpop, "dpop");
        return this;
      }

      /**
       * Sets the app's client id, shown on its General tab.
       *
       * @param clientId e.g. {@code 0oa1b2c3d4e5f6g7h8i9}
       * @return this builder
       */
      public Builder clientId(@Nullable String clientId) {
        String value = clientId == null ? "" : clientId.strip();
        if (!CLIENT_ID.matcher(value).matches()) {
          throw new InvalidConfigurationException(
              "clientId",
              "The client id is "
                  + (value.isEmpty() ? "empty" : "not one (only letters, digits, '-' and '_')")
                  + ". Copy it from the service app's General tab, e.g. 0oa1b2c3d4e5f6g7h8i9.");
        }
        this.clientId = value;
        return this;
      }

      /**
       * Sets the private key.
       *
       * @param privateKey the key whose public part is registered with the app
       * @return this builder
       */
      public Builder privateKey(OktaPrivateKey privateKey) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        return this;
      }

      /**
       * Sets the key id, as shown next to the public key in the app's settings. Optional when the
       * app has one key, or when the key came from a JWK with a {@code kid}.
       *
       * @param keyId the key id
       * @return this builder
       */
      public Builder keyId(@Nullable String keyId) {
        if (keyId == null || keyId.isBlank() || keyId.chars().anyMatch(Character::isWhitespace)) {
          throw new InvalidConfigurationException(
              "keyId",
              "The key id is empty or contains"
                  + " spaces. Copy the KID shown next to the public key in the app's settings, or"
                  + " leave it out.");
        }
        this.keyId = keyId;
        return this;
      }

      /**
       * Adds scopes to request.
       *
       * @param scopes the scopes
       * @return this builder
       */
      public Builder scopes(Collection<OktaScope> scopes) {
        scopes.forEach(scope -> this.scopes.add(Objects.requireNonNull(scope, "scope")));
        return this;
      }

      /**
       * Adds scopes to request.
       *
       * @param scopes the scopes
       * @return this builder
       */
      public Builder scopes(OktaScope... scopes) {
        return scopes(Arrays.asList(scopes));
      }

      /**
       * Adds scopes to request, by name. {@code okta.factors.read} and {@code okta.factors.manage},
       * which Okta does not have, are requested as {@code okta.users.read} and {@code
       * okta.users.manage}.
       *
       * @param names scope names, e.g. {@code okta.users.read}
       * @return this builder
       * @throws InvalidConfigurationException for a name this SDK does not use
       */
      public Builder scopeNames(Collection<String> names) {
        for (String name : names) {
          String value = name == null ? "" : name.strip();
          Optional<OktaScope> scope = OktaScope.fromValue(value).or(() -> OktaScope.alias(value));
          if (scope.isEmpty()) {
            throw new InvalidConfigurationException(
                "scopes",
                "The scope "
                    + Quoted.quote(value)
                    + " is not"
                    + " one this SDK uses. Request only these: "
                    + String.join(
                        ", ", List.of(OktaScope.values()).stream().map(OktaScope::value).toList())
                    + ".");
          }
          scopes.add(scope.get());
        }
        return this;
      }

      /**
       * Validates and builds the credentials.
       *
       * @return the credentials
       * @throws InvalidConfigurationException if the client id, the key or the scopes are missing
       */
      public ServiceApp build() {
        String id = clientId;
        OktaPrivateKey key = privateKey;
        if (id == null) {
          throw new InvalidConfigurationException(
              "clientId",
              "No client id was given. Copy it"
                  + " from the service app's General tab into clientId(…).");
        }
        if (key == null) {
          throw new InvalidConfigurationException(
              OktaPrivateKey.SETTING,
              "No private key was"
                  + " given. Pass the key whose public part is registered with the app, e.g."
                  + " privateKey(OktaPrivateKey.fromFile(path)).");
        }
        if (scopes.isEmpty()) {
          throw new InvalidConfigurationException(
              "scopes",
              "No scope was requested. Request at"
                  + " least the read scopes, e.g. scopes(OktaPermissions.scopesFor(READ_ONLY)).");
        }
        return new ServiceApp(id, key, Optional.ofNullable(keyId).or(key::keyId), scopes, dpop);
      }
    }
  }
}
