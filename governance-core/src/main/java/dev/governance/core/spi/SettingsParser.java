package dev.governance.core.spi;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.internal.Quoted;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Parses text settings against a {@link ConnectorSettings}, collecting every problem. */
final class SettingsParser {

  private SettingsParser() {}

  static SettingValues parse(ConnectorSettings description, Map<String, String> given) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (!description.isDescribed()) {
      given.forEach((name, text) -> texts.put(name, text.strip()));
      return new SettingValues(description, texts, Map.of());
    }
    List<InvalidConfigurationException> problems = new ArrayList<>();
    Map<String, String> givenAs = new LinkedHashMap<>();
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : new TreeMap<>(given).entrySet()) {
      String name = e.getKey();
      Optional<Setting<?>> found = description.find(name);
      if (found.isEmpty()) {
        problems.add(unknown(description, name));
        continue;
      }
      Setting<?> setting = found.get();
      String earlier = givenAs.putIfAbsent(setting.name(), name);
      if (earlier != null) {
        problems.add(new InvalidConfigurationException(setting.name(), "The setting '"
            + setting.name() + "' was given twice, as '" + earlier + "' and as '" + name
            + "'; give it once"));
        continue;
      }
      String text = e.getValue().strip();
      texts.put(setting.name(), text);
      if (text.isEmpty()) {
        problems.add(new InvalidConfigurationException(setting.name(), "The setting '"
            + setting.name() + "' is blank; give " + setting.type().expected()
            + ", or leave the setting out"));
        continue;
      }
      try {
        values.put(setting.name(), setting.type().parse(text));
      } catch (IllegalArgumentException bad) {
        problems.add(new InvalidConfigurationException(setting.name(), "The setting '"
            + setting.name() + "' must be " + setting.type().expected() + ", was "
            + Quoted.quote(text), bad));
      }
    }
    for (Setting<?> setting : description.settings()) {
      if (givenAs.containsKey(setting.name())) {
        continue;
      }
      if (setting.required()) {
        problems.add(new InvalidConfigurationException(setting.name(), "The setting '"
            + setting.name() + "' is required; give " + setting.type().expected() + ": " + setting.description()));
      } else if (setting.defaultValue() != null) {
        values.put(setting.name(), setting.defaultValue());
      }
    }
    if (!problems.isEmpty()) {
      throw InvalidConfigurationException.combine(problems);
    }
    return new SettingValues(description, texts, values);
  }

  private static InvalidConfigurationException unknown(ConnectorSettings description, String name) {
    String known = description.settings().stream()
        .map(s -> s.aliases().isEmpty() ? s.name()
            : s.name() + " (or " + String.join(", ", s.aliases()) + ")")
        .collect(Collectors.joining(", "));
    String closest = closest(description, name);
    return new InvalidConfigurationException(Quoted.text(name), "Unknown setting "
        + Quoted.quote(name) + (closest == null ? "" : " (did you mean '" + closest + "'?)")
        + "; the known settings are " + (known.isEmpty() ? "none" : known));
  }

  /** The known name nearest to {@code name}, if it is near enough to be a likely typo. */
  static @Nullable String closest(ConnectorSettings description, String name) {
    if (name.length() > 100) {
      return null;
    }
    String wanted = name.toLowerCase(Locale.ROOT);
    @Nullable String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Setting<?> s : description.settings()) {
      for (String candidate : ConnectorSettings.names(s)) {
        int d = distance(wanted, candidate.toLowerCase(Locale.ROOT));
        if (d < bestDistance) {
          best = candidate;
          bestDistance = d;
        }
      }
    }
    int allowed = Math.min(3, (name.length() + 2) / 3);
    return bestDistance <= allowed ? best : null;
  }

  /** Levenshtein distance: insertions, deletions and substitutions, each counting one. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
