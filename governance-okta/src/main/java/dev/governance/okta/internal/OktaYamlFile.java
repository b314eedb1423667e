package dev.governance.okta.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads an {@code okta.yaml} file (the Okta SDKs' {@code ~/.okta/okta.yaml}) into flat keys such as
 * {@code okta.client.orgUrl}. Lists become comma-separated values, as in the Okta SDK.
 */
public final class OktaYamlFile {

  private OktaYamlFile() {}

  /**
   * Reads a file.
   *
   * @param file the file
   * @return flat keys to values; empty if the file does not exist
   * @throws IllegalArgumentException if the file exists but is not readable YAML; the message names
   *     the file and the problem's position, never a value
   */
  public static Map<String, String> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    Object document;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          file
              + " cannot be read ("
              + e.getClass().getSimpleName()
              + "). Fix its permissions, or do not read the Okta configuration files.",
          e);
    } catch (YAMLException e) {
      String where =
          e instanceof MarkedYAMLException marked && marked.getProblemMark() != null
              ? " at line " + (marked.getProblemMark().getLine() + 1)
              : "";
      throw new IllegalArgumentException(
          file
              + " is not valid YAML"
              + where
              + ". Fix the file,"
              + " or do not read the Okta configuration files.");
    }
    Map<String, String> flat = new LinkedHashMap<>();
    if (document instanceof Map<?, ?> map) {
      flatten("", map, flat);
    } else if (document != null) {
      throw new IllegalArgumentException(
          file
              + " does not hold a YAML mapping such as 'okta:"
              + " client: orgUrl: …'. Fix the file, or do not read the Okta configuration files.");
    }
    return flat;
  }

  private static void flatten(String prefix, Map<?, ?> map, Map<String, String> flat) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = prefix + entry.getKey();
      Object value = entry.getValue();
      if (value instanceof Map<?, ?> child) {
        flatten(key + ".", child, flat);
      } else if (value instanceof Collection<?> list) {
        flat.put(key, list.stream().map(String::valueOf).collect(Collectors.joining(",")));
      } else if (value != null) {
        flat.put(key, String.valueOf(value));
      }
    }
  }
}
