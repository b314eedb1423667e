package dev.governance.imports.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.core.internal.ModelJsonReader;
import dev.governance.core.internal.Quoted;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.SnapshotInfo;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.ProgressEvent;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Imports a file of the snapshot JSON format ({@code docs/store.md}), gzipped or not, streamed:
 * the header, then each entity and each grant as a small tree of its own, never the whole file.
 * The same rules as the CSV import apply, and each problem names the line, the column and the JSON
 * pointer of the item.
 */
public final class JsonImport {

  /** The value of the {@code format} field. */
  static final String FORMAT = "dev.governance.snapshot";

  /** The newest format version this import reads. */
  static final int MAX_VERSION = 2;

  /** The setting that names the file, as problems name it. */
  static final String FILE = "file";

  /** Items per page: after each, the import reports its progress and checks the cancellation token. */
  private static final int PAGE = CsvImport.PAGE;

  private final Path file;
  private final int maxProblems;

  /**
   * Creates an import of a file.
   *
   * @param file the snapshot JSON file
   * @param maxProblems the most problems collected before the import stops reading
   */
  public JsonImport(Path file, int maxProblems) {
    this.file = file;
    this.maxProblems = maxProblems;
  }

  /**
   * Reads the file's {@code info}, which comes before its items, without reading the items.
   *
   * @return the info, or empty if the file has none before its items
   * @throws dev.governance.core.InvalidConfigurationException if the file is not JSON or not of
   *     this format
   */
  public Optional<SnapshotInfo> info() {
    Problems problems = new Problems(1);
    try (InputStream in = Files.open(FILE, file); JsonParser p = CsvFields.JSON.createParser(in)) {
      if (start(p, problems) == 0) {
        problems.throwIfAny();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (name.equals("entities") || name.equals("grants")) {
          break;
        }
        p.nextToken();
        if (name.equals("info")) {
          return Optional.of(ModelJsonReader.readInfo(tree(p)));
        }
        p.skipChildren();
      }
      return Optional.empty();
    } catch (JsonProcessingException e) {
      problems.add(FILE, where(e.getLocation(), ""), "not valid JSON: " + e.getOriginalMessage());
      problems.throwIfAny();
      throw new IllegalStateException("unreachable");
    } catch (IllegalArgumentException e) {
      problems.add(FILE, Files.name(file) + " (/info)", String.valueOf(e.getMessage()));
      problems.throwIfAny();
      throw new IllegalStateException("unreachable");
    } catch (IOException e) {
      throw Files.failed(file, e);
    }
  }

  /**
   * Reads the file into a sink.
   *
   * @param plan the collections to put into the sink; the others are read and checked, not kept
   * @param sink where the entities, grants and coverage go
   * @param context cancellation, progress and the clock
   * @return what the import cost
   * @throws dev.governance.core.InvalidConfigurationException listing every problem found (at most
   *     the bound)
   */
  public SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext context) {
    Instant start = context.clock().instant();
    Problems problems = new Problems(maxProblems);
    Inventory inventory = new Inventory();
    Map<InventoryCollection, Long> counts = new EnumMap<>(InventoryCollection.class);
    try (InputStream in = Files.open(FILE, file); JsonParser p = CsvFields.JSON.createParser(in)) {
      int version = start(p, problems);
      if (version > 0) {
        body(p, version, plan, sink, context, problems, inventory, counts);
      }
    } catch (JsonProcessingException e) {
      problems.add(FILE, where(e.getLocation(), ""), "not valid JSON (" + e.getOriginalMessage()
          + "); the file may be cut short or damaged");
    } catch (IOException e) {
      throw Files.failed(file, e);
    }
    counts.forEach((c, n) -> {
      if (!problems.full() && n != inventory.count(c)) {
        problems.add(FILE, Files.name(file) + " (/counts/" + c + ")", "the header counts " + n + " "
            + c + " but the file holds " + inventory.count(c) + "; the file may be cut short or"
            + " edited. Export it again, or correct or remove the count");
      }
    });
    problems.throwIfAny();
    for (InventoryCollection c : plan.collections()) {
      sink.coverage(c, inventory.coverage(c, Files.name(file), "state it in the file's coverage object"));
    }
    return new SyncResult(Map.of(), Map.of(), 0, Duration.between(start, context.clock().instant()),
        List.of("coverage as " + Files.name(file) + " states it; a collection it does not state is"
            + " complete when the file holds items of it, unavailable otherwise"), List.of());
  }

  /** Reads up to the format version and returns it; 0 after a problem. */
  private int start(JsonParser p, Problems problems) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT
        || p.nextToken() != JsonToken.FIELD_NAME || !"format".equals(p.currentName())
        || p.nextToken() != JsonToken.VALUE_STRING || !FORMAT.equals(p.getText())) {
      problems.add(FILE, where(p.currentTokenLocation(), ""), "not a snapshot file: it must start"
          + " with {\"format\":\"" + FORMAT + "\",\"formatVersion\":" + MAX_VERSION + " (see docs/store.md)");
      return 0;
    }
    if (p.nextToken() != JsonToken.FIELD_NAME || !"formatVersion".equals(p.currentName())
        || p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
      problems.add(FILE, where(p.currentTokenLocation(), "/formatVersion"), "the format needs a"
          + " formatVersion right after it, e.g. \"formatVersion\":" + MAX_VERSION);
      return 0;
    }
    int found = p.getIntValue();
    if (found < 1 || found > MAX_VERSION) {
      problems.add(FILE, where(p.currentTokenLocation(), "/formatVersion"), "format version "
          + found + " is not one this release reads (1 to " + MAX_VERSION + "); upgrade"
          + " governance-import to read it");
      return 0;
    }
    return found;
  }

  private void body(JsonParser p, int version, SyncPlan plan, InventorySink sink, SyncContext context,
      Problems problems, Inventory inventory, Map<InventoryCollection, Long> counts) throws IOException {
    boolean entities = false;
    while (p.nextToken() == JsonToken.FIELD_NAME && !problems.full()) {
      String name = p.currentName();
      JsonLocation at = p.currentTokenLocation();
      p.nextToken();
      switch (name) {
        case "coverage" -> coverage(tree(p), at, problems, inventory);
        case "counts" -> counts(tree(p), at, problems, counts);
        case "entities" -> {
          entities = true;
          entities(p, version, plan, sink, context, problems, inventory);
        }
        case "grants" -> {
          if (!entities) {
            problems.add(FILE, where(at, "/grants"), "the grants come before the entities; put the"
                + " entities array first, so that each grant can be checked against them");
            return;
          }
          grants(p, version, plan, sink, context, problems, inventory);
        }
        default -> p.skipChildren();
      }
    }
  }

  private void coverage(JsonNode node, JsonLocation at, Problems problems, Inventory inventory) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      InventoryCollection c = collection(e.getKey(), "/coverage", at, problems);
      if (c == null) {
        continue;
      }
      try {
        inventory.state(c, ModelJsonReader.readCoverage(e.getValue()));
      } catch (IllegalArgumentException bad) {
        problems.add(FILE, where(at, "/coverage/" + c), String.valueOf(bad.getMessage()));
      }
    }
  }

  private void counts(JsonNode node, JsonLocation at, Problems problems, Map<InventoryCollection, Long> counts) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      InventoryCollection c = collection(e.getKey(), "/counts", at, problems);
      if (c == null) {
        continue;
      }
      if (!e.getValue().canConvertToLong() || !e.getValue().isIntegralNumber()) {
        problems.add(FILE, where(at, "/counts/" + c), "a count is a whole number");
      } else {
        counts.put(c, e.getValue().longValue());
      }
    }
  }

  private @Nullable InventoryCollection collection(String name, String pointer, JsonLocation at, Problems problems) {
    for (InventoryCollection c : InventoryCollection.values()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    problems.add(FILE, where(at, pointer + "/" + name), Quoted.quote(name) + " is not a collection;"
        + " use one of " + java.util.Arrays.toString(InventoryCollection.values()));
    return null;
  }

  private void entities(JsonParser p, int version, SyncPlan plan, InventorySink sink, SyncContext context,
      Problems problems, Inventory inventory) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      problems.add(FILE, where(p.currentTokenLocation(), "/entities"), "entities must be an array");
      p.skipChildren();
      return;
    }
    record Pending(JsonLocation at, String pointer, Inventory.Reference ref) {}
    List<Pending> pending = new ArrayList<>();
    long n = -1;
    while (p.nextToken() != JsonToken.END_ARRAY && !problems.full()) {
      n++;
      JsonLocation at = p.currentTokenLocation();
      String pointer = "/entities/" + n;
      JsonNode item = tree(p);
      Entity e = entity(item, version, at, pointer, problems);
      if (e == null) {
        // keep the id of an entity with a problem, so that no grant is refused for naming it
        keepId(item, inventory);
        continue;
      }
      if (!inventory.addEntity(e.kind(), e.id())) {
        problems.add(FILE, where(at, pointer + "/id"), "another " + e.kind() + " has the id "
            + Quoted.quote(e.id()) + "; ids are unique within a kind, so remove one or give it its own id");
        continue;
      }
      for (Inventory.Reference ref : Inventory.references(e)) {
        pending.add(new Pending(at, pointer + "/" + ref.field(), ref));
      }
      if (!problems.any() && plan.includes(e.kind().collection())) {
        sink.entity(e);
      }
      if ((n + 1) % PAGE == 0) {
        progress(context, e.kind().collection(), inventory.count(e.kind().collection()));
        context.cancellation().throwIfCancelled("the import of " + Files.name(file));
      }
    }
    for (Pending r : pending) {
      inventory.missing(r.ref(), Files.name(file)).ifPresent(m -> problems.add(FILE, where(r.at(), r.pointer()), m));
    }
  }

  private static void keepId(JsonNode item, Inventory inventory) {
    for (dev.governance.core.model.EntityKind k : dev.governance.core.model.EntityKind.values()) {
      if (k.name().equals(item.path("kind").asText()) && item.path("id").isTextual()
          && !item.path("id").textValue().isBlank()) {
        inventory.addEntity(k, item.path("id").textValue());
      }
    }
  }

  private @Nullable Entity entity(JsonNode item, int version, JsonLocation at, String pointer, Problems problems) {
    if (!item.isObject()) {
      problems.add(FILE, where(at, pointer), "an entity is a JSON object");
      return null;
    }
    Optional<JsonEnums.Bad> bad = JsonEnums.check(item, true, version);
    if (bad.isPresent()) {
      problems.add(FILE, where(at, pointer + "/" + bad.get().field()), bad.get().message());
      return null;
    }
    try {
      return ModelJsonReader.readEntity(item);
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add(FILE, where(at, pointer), String.valueOf(e.getMessage()));
      return null;
    }
  }

  private void grants(JsonParser p, int version, SyncPlan plan, InventorySink sink, SyncContext context,
      Problems problems, Inventory inventory) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      problems.add(FILE, where(p.currentTokenLocation(), "/grants"), "grants must be an array");
      p.skipChildren();
      return;
    }
    long n = -1;
    String name = Files.name(file);
    while (p.nextToken() != JsonToken.END_ARRAY && !problems.full()) {
      n++;
      JsonLocation at = p.currentTokenLocation();
      String pointer = "/grants/" + n;
      JsonNode item = tree(p);
      if ((n + 1) % PAGE == 0) {
        context.cancellation().throwIfCancelled("the import of " + name);
      }
      Grant g = grant(item, version, at, pointer, problems);
      if (g == null) {
        continue;
      }
      boolean ok = true;
      for (Inventory.Reference ref : Inventory.references(g)) {
        Optional<String> missing = inventory.missing(ref, name);
        if (missing.isPresent()) {
          problems.add(FILE, where(at, pointer + " (" + ref.field() + ")"), missing.get());
          ok = false;
        }
      }
      inventory.countGrant(g.collection());
      if (ok && !problems.any() && plan.includes(g.collection())) {
        sink.grant(g);
      }
      if ((n + 1) % PAGE == 0) {
        progress(context, g.collection(), inventory.count(g.collection()));
      }
    }
  }

  private @Nullable Grant grant(JsonNode item, int version, JsonLocation at, String pointer, Problems problems) {
    if (!item.isObject()) {
      problems.add(FILE, where(at, pointer), "a grant is a JSON object");
      return null;
    }
    Optional<JsonEnums.Bad> bad = JsonEnums.check(item, false, version);
    if (bad.isPresent()) {
      problems.add(FILE, where(at, pointer + "/" + bad.get().field()), bad.get().message());
      return null;
    }
    try {
      return ModelJsonReader.readGrant(item);
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add(FILE, where(at, pointer), String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static JsonNode tree(JsonParser p) throws IOException {
    JsonNode node = CsvFields.JSON.readTree(p);
    if (node == null) {
      throw new JsonProcessingException("the file ends in the middle of a value", p.currentLocation()) {
        private static final long serialVersionUID = 1L;
      };
    }
    return node;
  }

  private String where(@Nullable JsonLocation at, String pointer) {
    StringBuilder w = new StringBuilder(Files.name(file));
    if (at != null && at.getLineNr() > 0) {
      w.append(" line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr());
    }
    if (!pointer.isEmpty()) {
      w.append(" (").append(pointer).append(')');
    }
    return w.toString();
  }

  private static void progress(SyncContext context, InventoryCollection c, long items) {
    context.progress().onProgress(new ProgressEvent(c, items, Map.of(), 0, null));
  }
}
