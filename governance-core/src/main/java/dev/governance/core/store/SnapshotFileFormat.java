package dev.governance.core.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.core.internal.ModelJsonReader;
import dev.governance.core.internal.ModelJsonWriter;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.snapshot.SnapshotInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads the snapshot file format (see {@code docs/store.md}): one JSON object whose
 * header ({@code format}, {@code formatVersion}, ids, info, counts, coverage) comes before the
 * {@code entities} and {@code grants} arrays, so that the header can be read alone and the arrays
 * streamed item by item.
 */
final class SnapshotFileFormat {

  /** The value of the {@code format} field. */
  static final String FORMAT = "dev.governance.snapshot";

  /** The format version this release writes, and the newest it reads. */
  static final int VERSION = 2;

  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** The header of a file: ids, when it was saved, the snapshot info, counts and coverage. */
  record Header(
      String snapshotId,
      String integrationId,
      Instant savedAt,
      SnapshotInfo info,
      Map<InventoryCollection, Integer> counts,
      Map<InventoryCollection, Coverage> coverage) {}

  void write(OutputStream out, Header header, Snapshot snapshot) throws IOException {
    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeNumberField("formatVersion", VERSION);
      g.writeStringField("snapshotId", header.snapshotId());
      g.writeStringField("integrationId", header.integrationId());
      g.writeStringField("savedAt", header.savedAt().toString());
      g.writeFieldName("info");
      ModelJsonWriter.writeInfo(g, header.info());
      g.writeObjectFieldStart("counts");
      for (Map.Entry<InventoryCollection, Integer> e : header.counts().entrySet()) {
        g.writeNumberField(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("coverage");
      for (Map.Entry<InventoryCollection, Coverage> e : header.coverage().entrySet()) {
        g.writeFieldName(e.getKey().name());
        ModelJsonWriter.writeCoverage(g, e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("entities");
      for (EntityKind kind : EntityKind.values()) {
        for (Entity e : snapshot.entities(kind)) {
          ModelJsonWriter.writeEntity(g, e);
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("grants");
      for (Grant grant : snapshot.grants()) {
        ModelJsonWriter.writeGrant(g, grant);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /**
   * Reads the header only.
   *
   * @throws IllegalArgumentException if the content is not a snapshot file of a known version
   */
  Header readHeader(InputStream in) throws IOException {
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      return header(p);
    }
  }

  /**
   * Reads a whole snapshot, streaming its items into a builder.
   *
   * @throws IllegalArgumentException if the content is not a valid snapshot file of a known version
   */
  Snapshot read(InputStream in) throws IOException {
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      Header h = header(p);
      SnapshotBuilder builder = Snapshot.builder(h.info().tenant(), h.info().connectorId())
          .clock(Clock.fixed(h.info().completedAt(), ZoneOffset.UTC))
          .startedAt(h.info().startedAt());
      builder.syncMode(h.info().mode());
      boolean entities = false;
      boolean grants = false;
      JsonToken t = p.currentToken();
      while (t == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("entities")) {
          long n = items(p, "entities", node -> builder.entity(ModelJsonReader.readEntity(node)));
          entities = n >= 0;
        } else if (name.equals("grants")) {
          long n = grants(p, builder);
          grants = n >= 0;
        } else {
          p.skipChildren();
        }
        t = p.nextToken();
      }
      if (t != JsonToken.END_OBJECT || !entities || !grants) {
        throw new IllegalArgumentException("the file ends before its entities and grants are complete");
      }
      h.coverage().forEach(builder::coverage);
      Snapshot snapshot = builder.build();
      Map<InventoryCollection, Integer> actual = snapshot.counts();
      for (Map.Entry<InventoryCollection, Integer> e : h.counts().entrySet()) {
        if (!e.getValue().equals(actual.get(e.getKey()))) {
          throw new IllegalArgumentException("the header counts " + e.getValue() + " " + e.getKey()
              + " but the file holds " + actual.get(e.getKey()));
        }
      }
      return snapshot;
    }
  }

  private interface ItemSink {
    void accept(JsonNode node);
  }

  private long items(JsonParser p, String field, ItemSink sink) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new IllegalArgumentException("'" + field + "' must be an array");
    }
    long n = 0;
    while (p.nextToken() == JsonToken.START_OBJECT) {
      JsonNode node = tree(p);
      try {
        sink.accept(node);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(field + " item " + n + ": " + e.getMessage(), e);
      }
      n++;
    }
    if (p.currentToken() != JsonToken.END_ARRAY) {
      throw new IllegalArgumentException("'" + field + "' item " + n + " is not a JSON object");
    }
    return n;
  }

  private long grants(JsonParser p, SnapshotBuilder builder) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new IllegalArgumentException("'grants' must be an array");
    }
    long n = 0;
    while (p.nextToken() == JsonToken.START_OBJECT) {
      try {
        builder.grant(ModelJsonReader.readGrant(p));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("grants item " + n + ": " + e.getMessage(), e);
      }
      n++;
    }
    if (p.currentToken() != JsonToken.END_ARRAY) {
      throw new IllegalArgumentException("'grants' item " + n + " is not a JSON object");
    }
    return n;
  }

  /** Reads the header fields; leaves the parser on the field name of the first array. */
  private Header header(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT
        || p.nextToken() != JsonToken.FIELD_NAME
        || !"format".equals(p.currentName())
        || p.nextToken() != JsonToken.VALUE_STRING
        || !FORMAT.equals(p.getText())) {
      throw new IllegalArgumentException("this is not a snapshot file: it does not start with"
          + " {\"format\":\"" + FORMAT + "\"");
    }
    if (p.nextToken() != JsonToken.FIELD_NAME
        || !"formatVersion".equals(p.currentName())
        || p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
      throw new IllegalArgumentException("the snapshot file has no formatVersion after its format");
    }
    int version = p.getIntValue();
    if (version > VERSION || version < 1) {
      throw new UnsupportedVersionException(version);
    }
    String snapshotId = null;
    String integrationId = null;
    Instant savedAt = null;
    SnapshotInfo info = null;
    Map<InventoryCollection, Integer> counts = new EnumMap<>(InventoryCollection.class);
    Map<InventoryCollection, Coverage> coverage = new EnumMap<>(InventoryCollection.class);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (name.equals("entities") || name.equals("grants")) {
        break;
      }
      p.nextToken();
      switch (name) {
        case "snapshotId" -> snapshotId = p.getValueAsString();
        case "integrationId" -> integrationId = p.getValueAsString();
        case "savedAt" -> savedAt = Instant.parse(p.getValueAsString());
        case "info" -> info = ModelJsonReader.readInfo(tree(p));
        case "counts" -> tree(p).fields().forEachRemaining(e -> {
            InventoryCollection c = collection(e.getKey());
            if (c != null) {
              counts.put(c, e.getValue().asInt());
            }
          });
        case "coverage" -> tree(p).fields().forEachRemaining(e -> {
            InventoryCollection c = collection(e.getKey());
            if (c != null) {
              coverage.put(c, ModelJsonReader.readCoverage(e.getValue()));
            }
          });
        default -> p.skipChildren();
      }
    }
    if (snapshotId == null || integrationId == null || savedAt == null || info == null) {
      throw new IllegalArgumentException(
          "the snapshot file's header lacks one of snapshotId, integrationId, savedAt, info");
    }
    return new Header(snapshotId, integrationId, savedAt, info, counts, coverage);
  }

  private JsonNode tree(JsonParser p) throws IOException {
    JsonNode node = mapper.readTree(p);
    if (node == null) {
      throw new IllegalArgumentException("the file ends in the middle of a value");
    }
    return node;
  }

  private static @Nullable InventoryCollection collection(String name) {
    try {
      return InventoryCollection.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A file written in a format version this release does not read. */
  static final class UnsupportedVersionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The version found. */
    final int version;

    UnsupportedVersionException(int version) {
      super("the snapshot file has format version " + version + ", but this release of"
          + " governance-core reads versions 1 to " + VERSION
          + "; upgrade governance-core to read it");
      this.version = version;
    }
  }
}
