package dev.governance.okta;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.Secret;
import dev.governance.core.internal.Quoted;
import dev.governance.okta.internal.OktaYamlFile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads the org and credentials from the places the Okta SDKs look: the {@code OKTA_CLIENT_*}
 * environment variables and {@code ~/.okta/okta.yaml}, environment first. Nothing is read unless
 * the caller asks, through {@link #system()} or, in tests, {@link #of(Map, Path)}.
 *
 * <p>Settings read: {@code OKTA_CLIENT_ORGURL}, {@code OKTA_CLIENT_AUTHORIZATIONMODE} ({@code
 * SSWS}, the default, or {@code PrivateKey}), {@code OKTA_CLIENT_TOKEN}, {@code
 * OKTA_CLIENT_CLIENTID}, {@code OKTA_CLIENT_SCOPES}, {@code OKTA_CLIENT_PRIVATEKEY} (PEM or JWK
 * text, or the path of a file holding either) and {@code OKTA_CLIENT_KID}; in {@code okta.yaml} the
 * same under {@code okta: client:} ({@code orgUrl}, {@code authorizationMode}, …).
 *
 * @since 0.1
 */
public final class OktaEnvironment {

  /**
   * The org and credentials found.
   *
   * @param org the org
   * @param credentials the credentials, masked when printed
   * @param sources where each setting came from, e.g. {@code orgUrl → OKTA_CLIENT_ORGURL}
   */
  public record Settings(OktaOrg org, OktaCredentials credentials, Map<String, String> sources) {
    /** Validates and copies the fields. */
    public Settings {
      Objects.requireNonNull(org, "org");
      Objects.requireNonNull(credentials, "credentials");
      sources = Map.copyOf(sources);
    }
  }

  private enum Key {
    ORG_URL("orgUrl"),
    AUTHORIZATION_MODE("authorizationMode"),
    TOKEN("token"),
    CLIENT_ID("clientId"),
    SCOPES("scopes"),
    PRIVATE_KEY("privateKey"),
    KID("kid");

    private final String yamlName;

    Key(String yamlName) {
      this.yamlName = yamlName;
    }

    String envName() {
      return "OKTA_CLIENT_" + yamlName.toUpperCase(Locale.ROOT);
    }
  }

  private final Map<String, String> environment;
  private final Path homeDirectory;
  private final OktaOrg.Parser orgParser;

  private OktaEnvironment(
      Map<String, String> environment, Path homeDirectory, OktaOrg.Parser orgParser) {
    this.environment = Map.copyOf(environment);
    this.homeDirectory = homeDirectory;
    this.orgParser = orgParser;
  }

  /**
   * Returns a reader of this process's environment and the user's home directory.
   *
   * @return the reader; nothing is read until {@link #read()}
   */
  public static OktaEnvironment system() {
    return of(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /**
   * Returns a reader of the given environment and home directory.
   *
   * @param environment environment variables
   * @param homeDirectory the directory holding {@code .okta/okta.yaml}
   * @return the reader
   */
  public static OktaEnvironment of(Map<String, String> environment, Path homeDirectory) {
    return new OktaEnvironment(
        environment, Objects.requireNonNull(homeDirectory, "homeDirectory"), OktaOrg.parser());
  }

  /**
   * Returns a reader of the variables {@code environment} returns and the given home directory.
   * Only the {@code OKTA_CLIENT_*} variables this class reads are asked for.
   *
   * @param environment returns an environment variable's value, or {@code null}
   * @param homeDirectory the directory holding {@code .okta/okta.yaml}
   * @return the reader
   */
  static OktaEnvironment of(Function<String, @Nullable String> environment, Path homeDirectory) {
    Objects.requireNonNull(environment, "environment");
    Map<String, String> variables = new TreeMap<>();
    for (Key key : Key.values()) {
      String value = environment.apply(key.envName());
      if (value != null) {
        variables.put(key.envName(), value);
      }
    }
    return of(variables, homeDirectory);
  }

  /**
   * Returns a reader that parses the org URL with the given parser, e.g. one that allows a custom
   * domain. The Okta SDK's {@code okta.testing.disableHttpsCheck} is not read: loopback addresses
   * are accepted only if this parser allows them.
   *
   * @param parser the parser
   * @return a new reader
   */
  public OktaEnvironment withOrgParser(OktaOrg.Parser parser) {
    return new OktaEnvironment(environment, homeDirectory, Objects.requireNonNull(parser));
  }

  /**
   * Returns the path of the {@code okta.yaml} file read.
   *
   * @return {@code <home>/.okta/okta.yaml}
   */
  public Path yamlFile() {
    return homeDirectory.resolve(".okta").resolve("okta.yaml");
  }

  /**
   * Reads the settings.
   *
   * @return the org and credentials
   * @throws InvalidConfigurationException if a setting is missing or wrong; the message names the
   *     variable or file, and never shows a secret
   */
  public Settings read() {
    Map<String, String> yaml;
    try {
      yaml = OktaYamlFile.read(yamlFile());
    } catch (IllegalArgumentException e) {
      String message = e.getMessage() != null ? e.getMessage() : "okta.yaml cannot be read";
      throw new InvalidConfigurationException(yamlFile().toString(), message, e);
    }
    Lookup lookup = new Lookup(yaml);
    Found orgUrl = lookup.require(Key.ORG_URL, "the org's domain, e.g. https://acme.okta.com");
    OktaOrg org;
    try {
      org = orgParser.parse(orgUrl.value());
    } catch (InvalidConfigurationException e) {
      throw new InvalidConfigurationException(
          orgUrl.source(), orgUrl.source() + ": " + e.getMessage(), e);
    }
    Optional<Found> mode = lookup.find(Key.AUTHORIZATION_MODE);
    String modeValue = mode.map(Found::value).orElse("SSWS");
    OktaCredentials credentials;
    if (modeValue.equalsIgnoreCase("SSWS")) {
      Found token =
          lookup.require(
              Key.TOKEN,
              "an API token; for a service app set "
                  + Key.AUTHORIZATION_MODE.envName()
                  + "=PrivateKey instead");
      credentials = rethrow(token, () -> OktaCredentials.apiToken(Secret.of(token.value())));
    } else if (modeValue.equalsIgnoreCase("PrivateKey")) {
      credentials = serviceApp(lookup);
    } else {
      Found found = mode.orElseThrow();
      throw new InvalidConfigurationException(
          found.source(),
          found.source()
              + " is "
              + Quoted.quote(modeValue)
              + ". Set it to SSWS (an API token) or PrivateKey (a service app).");
    }
    return new Settings(org, credentials, lookup.sources());
  }

  private OktaCredentials serviceApp(Lookup lookup) {
    Found clientId = lookup.require(Key.CLIENT_ID, "the service app's client id");
    Found scopes =
        lookup.require(Key.SCOPES, "the scopes to request, e.g. okta.users.read okta.groups.read");
    Found key =
        lookup.require(Key.PRIVATE_KEY, "the private key as PEM or JWK text, or its file's path");
    OktaCredentials.ServiceApp.Builder builder = OktaCredentials.serviceApp();
    rethrow(clientId, () -> builder.clientId(clientId.value()));
    rethrow(
        scopes, () -> builder.scopeNames(Arrays.asList(scopes.value().strip().split("[\\s,]+"))));
    rethrow(key, () -> builder.privateKey(privateKey(key.value())));
    lookup.find(Key.KID).ifPresent(kid -> rethrow(kid, () -> builder.keyId(kid.value())));
    return builder.build();
  }

  private OktaPrivateKey privateKey(String value) {
    String text = value.strip();
    if (text.startsWith("-----BEGIN") || text.startsWith("{")) {
      return OktaPrivateKey.parse(Secret.of(text));
    }
    Path file = text.startsWith("~/") ? homeDirectory.resolve(text.substring(2)) : Path.of(text);
    return OktaPrivateKey.fromFile(file);
  }

  private static <T> T rethrow(Found found, Supplier<T> action) {
    try {
      return action.get();
    } catch (InvalidConfigurationException e) {
      throw new InvalidConfigurationException(
          found.source(), found.source() + ": " + e.getMessage(), e);
    }
  }

  /** A setting's value and where it came from; printed as its source only, never its value. */
  private record Found(String value, String source) {
    @Override
    public String toString() {
      return source;
    }
  }

  private final class Lookup {
    private final Map<String, String> yaml;
    private final Map<String, String> sources = new TreeMap<>();

    Lookup(Map<String, String> yaml) {
      this.yaml = yaml;
    }

    Optional<Found> find(Key key) {
      String env = environment.get(key.envName());
      if (env != null && !env.isBlank()) {
        sources.put(key.yamlName, key.envName());
        return Optional.of(new Found(env, key.envName()));
      }
      String yamlKey = "okta.client." + key.yamlName;
      String value = yaml.get(yamlKey);
      if (value != null && !value.isBlank()) {
        String source = yamlKey + " in " + yamlFile();
        sources.put(key.yamlName, source);
        return Optional.of(new Found(value, source));
      }
      return Optional.empty();
    }

    Found require(Key key, String what) {
      return find(key)
          .orElseThrow(
              () ->
                  new InvalidConfigurationException(
                      key.envName(),
                      "Neither "
                          + key.envName()
                          + " nor okta.client."
                          + key.yamlName
                          + " in "
                          + yamlFile()
                          + " is set. Set one of them to "
                          + what
                          + "."));
    }

    Map<String, String> sources() {
      return Map.copyOf(sources);
    }
  }

  @Override
  public String toString() {
    return "OktaEnvironment[variables="
        + List.copyOf(
            new TreeSet<>(
                environment.keySet().stream().filter(name -> name.startsWith("OKTA_")).toList()))
        + ", yamlFile="
        + yamlFile()
        + "]";
  }
}
