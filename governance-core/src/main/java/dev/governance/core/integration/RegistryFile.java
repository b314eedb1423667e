package dev.governance.core.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.governance.core.StorageFailureException;
import dev.governance.core.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the registry's state, {@code integrations.json}: a JSON document with a format
 * version, replaced atomically on every change. It holds credential references, never secrets.
 */
final class RegistryFile {

  static final String FORMAT = "dev.governance.integrations";
  static final int VERSION = 1;

  private final Path file;
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  RegistryFile(Path file) {
    this.file = file;
  }

  Path path() {
    return file;
  }

  /** Reads every integration; none if the file does not exist yet. */
  List<Integration> read() {
    JsonNode root;
    try {
      root = mapper.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new StorageFailureException(file, "Cannot read the integration registry " + file + ": "
          + e.getMessage(), e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new StorageFailureException(file, "The file " + file + " is not an integration registry"
          + " (no \"format\":\"" + FORMAT + "\"); point the registry to its own directory", null);
    }
    int version = root.path("formatVersion").asInt(-1);
    if (version < 1 || version > VERSION) {
      throw new StorageFailureException(file, "The integration registry " + file + " has format"
          + " version " + version + ", but this release reads versions 1 to " + VERSION
          + "; upgrade governance-core to use it", null);
    }
    List<Integration> result = new ArrayList<>();
    try {
      for (JsonNode n : root.path("integrations")) {
        result.add(integration(n));
      }
    } catch (RuntimeException e) {
      throw new StorageFailureException(file, "The integration registry " + file
          + " is damaged: " + e.getMessage(), e);
    }
    return result;
  }

  /** Replaces the file with these integrations, atomically. */
  void write(Collection<Integration> integrations) {
    ObjectNode root = mapper.createObjectNode();
    root.put("format", FORMAT);
    root.put("formatVersion", VERSION);
    ArrayNode array = root.putArray("integrations");
    integrations.forEach(i -> array.add(node(i)));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      AtomicFiles.write(file, out -> mapper.writeValue(out, root));
    } catch (IOException e) {
      throw new StorageFailureException(file, "Cannot save the integration registry " + file + ": "
          + e.getMessage() + ". The registry on disk is unchanged", e);
    }
  }

  ObjectNode node(Integration i) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", i.id());
    n.put("providerId", i.providerId());
    n.put("tenant", i.tenant());
    ObjectNode settings = n.putObject("settings");
    i.settings().forEach(settings::put);
    ObjectNode credential = n.putObject("credential");
    if (i.credential() instanceof CredentialReference.EnvironmentVariable e) {
      credential.put("type", "ENVIRONMENT_VARIABLE").put("name", e.name());
    } else if (i.credential() instanceof CredentialReference.File f) {
      credential.put("type", "FILE").put("path", f.path().toString());
    } else {
      credential.put("type", "NAMED").put("name", ((CredentialReference.Named) i.credential()).name());
    }
    ArrayNode features = n.putArray("features");
    i.features().forEach(f -> features.add(f.name()));
    n.put("primaryOwner", i.primaryOwner());
    ArrayNode secondary = n.putArray("secondaryOwners");
    i.secondaryOwners().forEach(secondary::add);
    if (i.description() != null) {
      n.put("description", i.description());
    }
    n.put("createdAt", i.createdAt().toString());
    n.put("createdBy", i.createdBy());
    if (i.firstConnected() != null) {
      n.putObject("firstConnected").put("at", i.firstConnected().at().toString())
          .put("by", i.firstConnected().by());
    }
    ObjectNode status = n.putObject("status");
    status.put("state", i.status().state().name()).put("since", i.status().since().toString());
    if (i.status().reason() != null) {
      status.put("reason", i.status().reason());
    }
    SyncRun run = i.lastSync();
    if (run != null) {
      ObjectNode r = n.putObject("lastSync");
      r.put("startedAt", run.startedAt().toString()).put("duration", run.duration().toString())
          .put("by", run.by()).put("succeeded", run.succeeded());
      if (run.snapshotId() != null) {
        r.put("snapshotId", run.snapshotId());
      }
      if (run.failure() != null) {
        r.put("failure", run.failure());
      }
    }
    if (i.lastSyncedAt() != null) {
      n.put("lastSyncedAt", i.lastSyncedAt().toString());
    }
    return n;
  }

  static Integration integration(JsonNode n) {
    Map<String, String> settings = new LinkedHashMap<>();
    n.path("settings").fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
    JsonNode c = n.path("credential");
    CredentialReference credential = switch (text(c, "type")) {
      case "ENVIRONMENT_VARIABLE" -> CredentialReference.environmentVariable(text(c, "name"));
      case "FILE" -> CredentialReference.file(Path.of(text(c, "path")));
      case "NAMED" -> CredentialReference.named(text(c, "name"));
      default -> throw new IllegalArgumentException("unknown credential type " + c.path("type"));
    };
    Set<IntegrationFeature> features = EnumSet.noneOf(IntegrationFeature.class);
    for (JsonNode f : n.path("features")) {
      features.add(IntegrationFeature.valueOf(f.asText()));
    }
    List<String> secondary = new ArrayList<>();
    n.path("secondaryOwners").forEach(o -> secondary.add(o.asText()));
    JsonNode fc = n.path("firstConnected");
    FirstConnection first = fc.isObject()
        ? new FirstConnection(Instant.parse(text(fc, "at")), text(fc, "by")) : null;
    JsonNode s = n.path("status");
    SyncStatus status = new SyncStatus(SyncStatus.State.valueOf(text(s, "state")),
        Instant.parse(text(s, "since")), opt(s, "reason"));
    JsonNode r = n.path("lastSync");
    SyncRun run = r.isObject()
        ? new SyncRun(Instant.parse(text(r, "startedAt")), Duration.parse(text(r, "duration")),
            text(r, "by"), r.path("succeeded").asBoolean(), opt(r, "snapshotId"), opt(r, "failure"))
        : null;
    String lastSyncedAt = opt(n, "lastSyncedAt");
    return new Integration(text(n, "id"), text(n, "providerId"), text(n, "tenant"), settings,
        credential, features, text(n, "primaryOwner"), secondary, opt(n, "description"),
        Instant.parse(text(n, "createdAt")), text(n, "createdBy"), first, status, run,
        lastSyncedAt == null ? null : Instant.parse(lastSyncedAt), false);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("missing text field '" + field + "'");
    }
    return v.textValue();
  }

  private static @Nullable String opt(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
