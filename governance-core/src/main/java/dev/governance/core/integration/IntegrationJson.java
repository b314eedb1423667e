package dev.governance.core.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.core.StorageFailureException;
import java.nio.file.Path;

/**
 * One integration as the JSON object {@code integrations.json} holds for it, for {@link
 * RegistryStore}s that keep integrations elsewhere (e.g. a {@code jsonb} column): the same fields,
 * credential references and never secrets.
 *
 * @since 0.1
 */
public final class IntegrationJson {

  private IntegrationJson() {}

  /**
   * Writes an integration as JSON text.
   *
   * @param integration the integration
   * @return its JSON object
   */
  public static String write(Integration integration) {
    try {
      return new ObjectMapper().writeValueAsString(
          new RegistryFile(Path.of("integrations.json")).node(integration));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an integration could not be written as JSON", e);
    }
  }

  /**
   * Reads an integration from the JSON text {@link #write} wrote.
   *
   * @param json the JSON object
   * @param where what to name in an error, e.g. the table and the id
   * @return the integration
   * @throws StorageFailureException if the text is not such an object
   */
  public static Integration read(String json, String where) {
    try {
      return RegistryFile.integration(new ObjectMapper().readTree(json));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new StorageFailureException(where, "The integration stored in " + where
          + " is damaged: " + e.getMessage(), e);
    }
  }
}
