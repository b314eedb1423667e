package dev.governance.cli;

import dev.governance.core.Connectors;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.NotFoundException;
import dev.governance.core.internal.Quoted;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.core.spi.Setting;
import dev.governance.core.spi.SettingType;
import dev.governance.okta.OktaConnector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The options of {@code --connector ID} for a connector other than Okta's: one {@code --kebab-case}
 * option per setting its provider describes ({@code tokenEnv} becomes {@code --token-env}), made
 * from {@link ConnectorProvider#settings()} when the command line is built, so that {@code --help}
 * lists them and a mistyped one is refused with the closest known one. A setting whose option the
 * command already has (such as {@code --token-env} or {@code --allow-loopback}) is read from that
 * option; one whose option would clash with another option of the command (e.g. {@code --out}) is
 * given with {@code --setting NAME=VALUE}. Nothing here knows any provider but Okta, whose options
 * are declared by {@link OrgOptions}.
 */
final class ConnectorOptions {

  /** The options {@link OrgOptions} declares for Okta alone: refused with another connector. */
  private static final String LOOPBACK = "allowLoopback";
  private static final Set<String> OKTA_ONLY = Set.of("--demo", "--demo-seed", "--okta-env");

  private ConnectorOptions() {}

  /**
   * Adds an option to a command for every setting of every provider but Okta's.
   *
   * @param spec the command, e.g. {@code scan}
   * @param connectors the providers
   */
  static void addTo(CommandSpec spec, Connectors connectors) {
    Map<String, List<String>> providersOf = new TreeMap<>();
    Map<String, Setting<?>> first = new LinkedHashMap<>();
    for (ConnectorProvider p : connectors.providers().values()) {
      if (p.id().equals(OktaConnector.ID)) {
        continue;
      }
      for (Setting<?> s : p.settings().settings()) {
        String name = option(s.name());
        if (spec.findOption(name) != null && !first.containsKey(name)) {
          continue; // the command's own option, e.g. --token-env, or one clashing with --out
        }
        first.putIfAbsent(name, s);
        providersOf.computeIfAbsent(name, n -> new ArrayList<>()).add(p.id());
      }
    }
    for (Map.Entry<String, Setting<?>> e : first.entrySet()) {
      Setting<?> s = e.getValue();
      boolean flag = s.type() instanceof SettingType.BooleanType;
      OptionSpec.Builder option = OptionSpec.builder(e.getKey())
          .description(s.description() + " (--connector " + String.join(", ", providersOf.get(e.getKey())) + ")")
          .descriptionKey(KEY + e.getKey());
      if (flag) {
        option.type(boolean.class).arity("0..1");
      } else {
        option.type(String.class).arity("1").paramLabel(label(s));
      }
      spec.addOption(option.build());
    }
  }

  /** The option of a setting: {@code tokenEnv} → {@code --token-env}. */
  static String option(String setting) {
    StringBuilder out = new StringBuilder("--");
    for (int i = 0; i < setting.length(); i++) {
      char c = setting.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append('-').append(Character.toLowerCase(c));
      } else if (c == '.' || c == '_') {
        out.append('-');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String label(Setting<?> s) {
    if (s.type() instanceof SettingType.PathType) {
      return "PATH";
    } else if (s.type() instanceof SettingType.IntegerType) {
      return "N";
    } else if (s.type() instanceof SettingType.DurationType) {
      return "DURATION";
    }
    return s.name().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** Marks the options {@link #addTo} adds, to tell them from the command's own. */
  private static final String KEY = "connector.setting.";

  /** The options added by {@link #addTo} that were given: settings of another connector than Okta's. */
  static List<String> given(ParseResult parsed) {
    List<String> given = new ArrayList<>();
    for (OptionSpec o : parsed.matchedOptions()) {
      if (o.descriptionKey() != null && o.descriptionKey().startsWith(KEY)) {
        given.add(o.longestName());
      }
    }
    return given;
  }

  /**
   * Opens the connector that {@code --connector} names: Okta's with the options of {@link
   * OrgOptions}, any other with the options of its settings.
   *
   * @param id the value of {@code --connector}
   * @param org the Okta options and the {@code --setting}s
   * @param parsed the command line as parsed
   * @param connectors the providers
   * @return the open connector
   * @throws InvalidConfigurationException naming the option to fix
   */
  static OrgOptions.Target target(String id, OrgOptions org, ParseResult parsed, Connectors connectors) {
    if (!id.equals(OktaConnector.ID)) {
      return new OrgOptions.Target(open(id, parsed, org.extraSettings(), connectors), null);
    }
    List<String> other = given(parsed);
    if (!other.isEmpty()) {
      String name = other.get(0);
      List<String> owners = connectors.providers().values().stream()
          .filter(p -> p.settings().settings().stream().anyMatch(s -> option(s.name()).equals(name)))
          .map(ConnectorProvider::id).toList();
      throw new InvalidConfigurationException(name, name + " is an option of --connector "
          + String.join(" or ", owners) + ", not of Okta's; add --connector " + owners.get(0)
          + ", or drop " + name);
    }
    return org.open(connectors);
  }

  /**
   * Opens the connector of a provider with the settings its options give.
   *
   * @param id the provider's id, not Okta's
   * @param parsed the command line as parsed
   * @param extra the {@code --setting}s
   * @param connectors the providers
   * @throws InvalidConfigurationException naming an option the provider does not take, or a
   *     required setting not given
   */
  static Connector open(String id, ParseResult parsed, Map<String, String> extra, Connectors connectors) {
    ConnectorProvider provider = connectors.provider(id).orElseThrow(() -> new NotFoundException(
        "connector", Quoted.text(id), "No connector provider with id " + Quoted.quote(id)
            + "; the known ones are " + String.join(", ", connectors.providers().keySet())
            + " ('governance connectors' lists them)", null));
    Map<String, Setting<?>> byOption = new LinkedHashMap<>();
    for (Setting<?> s : provider.settings().settings()) {
      byOption.put(option(s.name()), s);
    }
    Map<String, String> settings = new LinkedHashMap<>();
    Set<String> refused = new LinkedHashSet<>();
    for (OptionSpec o : parsed.matchedOptions()) {
      String name = o.longestName();
      boolean added = o.descriptionKey() != null && o.descriptionKey().startsWith(KEY);
      if (!added && !OKTA_ONLY.contains(name) && !OktaOptions.OPTION_OF_SETTING.containsValue(name)) {
        continue; // an option of the command itself, such as --out
      }
      Setting<?> s = byOption.get(name);
      if (s == null || OKTA_ONLY.contains(name)) {
        refused.add(name);
        continue;
      }
      Object value = o.getValue();
      settings.put(s.name(), value instanceof java.nio.file.Path path ? path.toString() : String.valueOf(value));
    }
    if (!refused.isEmpty()) {
      throw new InvalidConfigurationException(refused.iterator().next(), String.join(", ", refused)
          + (refused.size() == 1 ? " is not an option" : " are not options") + " of --connector " + id
          + "; its options are " + describe(byOption.keySet()) + " ('governance connectors " + id
          + "' lists them)");
    }
    extra.forEach((name, value) -> {
      if (settings.containsKey(name)) {
        throw new InvalidConfigurationException("--setting", "--setting " + name + "=… repeats "
            + option(name) + "; give it once");
      }
      settings.put(name, value);
    });
    List<String> missing = provider.settings().settings().stream()
        .filter(s -> s.required() && !settings.containsKey(s.name()))
        .map(s -> option(s.name()) + " " + label(s) + " (" + s.description() + ")")
        .toList();
    if (!missing.isEmpty()) {
      throw new InvalidConfigurationException(missing.get(0).split(" ")[0], "--connector " + id
          + " needs " + String.join(" and ", missing));
    }
    try {
      return connectors.open(id, ConnectorContext.builder().settings(settings).build());
    } catch (InvalidConfigurationException e) {
      Setting<?> s = provider.settings().find(e.setting()).orElse(null);
      if (s == null || e.getSuppressed().length > 0) {
        throw e;
      }
      String advice = loopbackRefused(provider, settings, s.name())
          ? " With this command, add --allow-loopback to read a fake server on this machine." : "";
      throw new InvalidConfigurationException(option(s.name()), option(s.name()) + ": "
          + e.getMessage() + advice, e);
    }
  }

  /**
   * Tells whether a refused setting holds a plain-http loopback URL that the provider's {@code
   * allowLoopback} setting, not given, would accept.
   */
  private static boolean loopbackRefused(ConnectorProvider provider, Map<String, String> settings,
      String refused) {
    if (provider.settings().find(LOOPBACK).isEmpty() || "true".equals(settings.get(LOOPBACK))) {
      return false;
    }
    try {
      java.net.URI uri = new java.net.URI(settings.getOrDefault(refused, "").strip());
      String host = uri.getHost() == null ? "" : uri.getHost().replaceAll("^\\[|\\]$", "");
      if (!"http".equalsIgnoreCase(uri.getScheme()) || host.isEmpty()) {
        return false;
      }
      if (host.equalsIgnoreCase("localhost")) {
        return true;
      }
      // only literal addresses: a name is never resolved to decide
      return host.matches("[0-9.]+|[0-9a-fA-F:]+")
          && java.net.InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.URISyntaxException | java.net.UnknownHostException notALoopbackUrl) {
      return false;
    }
  }

  private static String describe(Set<String> options) {
    return options.isEmpty() ? "none" : options.stream().collect(Collectors.joining(", "));
  }
}
