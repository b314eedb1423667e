package dev.governance.testkit.okta.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A thin streaming JSON writer with Okta's conventions (ISO times with millis and Z). */
public final class Json {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
  private final JsonGenerator g;

  /** Creates a writer. */
  public Json() {
    try {
      g = FACTORY.createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Formats a time as Okta does.
   *
   * @param millis epoch millis
   * @return e.g. {@code 2024-01-02T03:04:05.000Z}
   */
  public static String time(long millis) {
    long days = Math.floorDiv(millis, 86_400_000L);
    int ms = (int) Math.floorMod(millis, 86_400_000L);
    java.time.LocalDate d = java.time.LocalDate.ofEpochDay(days);
    int year = d.getYear();
    if (year < 0 || year > 9999) {
      return TIME.format(Instant.ofEpochMilli(millis));
    }
    // A page of 200 users carries over a thousand times; this skips DateTimeFormatter's field
    // resolution, which profiling showed as the largest cost of formatting a page after escaping.
    char[] c = new char[24];
    digits(c, 0, year, 4);
    c[4] = '-';
    digits(c, 5, d.getMonthValue(), 2);
    c[7] = '-';
    digits(c, 8, d.getDayOfMonth(), 2);
    c[10] = 'T';
    digits(c, 11, ms / 3_600_000, 2);
    c[13] = ':';
    digits(c, 14, ms / 60_000 % 60, 2);
    c[16] = ':';
    digits(c, 17, ms / 1000 % 60, 2);
    c[19] = '.';
    digits(c, 20, ms % 1000, 3);
    c[23] = 'Z';
    return new String(c);
  }

  private static void digits(char[] c, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /**
   * A shared mapper for reading request bodies and fixture files.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Finishes and returns the bytes.
   *
   * @return UTF-8 JSON
   */
  public byte[] bytes() {
    try {
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Starts an object.
   *
   * @return this
   */
  public Json obj() {
    return run(g::writeStartObject);
  }

  /**
   * Starts a named object field.
   *
   * @param name field name
   * @return this
   */
  public Json obj(String name) {
    field(name);
    return obj();
  }

  /**
   * Ends an object.
   *
   * @return this
   */
  public Json end() {
    return run(g::writeEndObject);
  }

  /**
   * Starts an array.
   *
   * @return this
   */
  public Json arr() {
    return run(g::writeStartArray);
  }

  /**
   * Starts a named array field.
   *
   * @param name field name
   * @return this
   */
  public Json arr(String name) {
    field(name);
    return arr();
  }

  /**
   * Ends an array.
   *
   * @return this
   */
  public Json endArr() {
    return run(g::writeEndArray);
  }

  /**
   * Writes a field name.
   *
   * @param name name
   * @return this
   */
  public Json field(String name) {
    return run(() -> g.writeFieldName(name));
  }

  /**
   * Writes a string field, or null.
   *
   * @param name name
   * @param value value or null
   * @return this
   */
  public Json str(String name, @Nullable String value) {
    return run(() -> {
      g.writeFieldName(name);
      if (value == null) {
        g.writeNull();
      } else {
        g.writeString(value);
      }
    });
  }

  /**
   * Writes a string value.
   *
   * @param value value
   * @return this
   */
  public Json str(String value) {
    return run(() -> g.writeString(value));
  }

  /**
   * Writes a string field only when the value is present.
   *
   * @param name name
   * @param value value or null
   * @return this
   */
  public Json opt(String name, @Nullable String value) {
    return value == null ? this : str(name, value);
  }

  /**
   * Writes a time field, null when 0.
   *
   * @param name name
   * @param millis epoch millis or 0
   * @return this
   */
  public Json time(String name, long millis) {
    return str(name, millis == 0 ? null : time(millis));
  }

  /**
   * Writes a number field.
   *
   * @param name name
   * @param value value
   * @return this
   */
  public Json num(String name, long value) {
    return run(() -> {
      g.writeFieldName(name);
      g.writeNumber(value);
    });
  }

  /**
   * Writes a boolean field.
   *
   * @param name name
   * @param value value
   * @return this
   */
  public Json bool(String name, boolean value) {
    return run(() -> {
      g.writeFieldName(name);
      g.writeBoolean(value);
    });
  }

  /**
   * Writes {@code name: {"href": href}}.
   *
   * @param name link name
   * @param href absolute URL
   * @return this
   */
  public Json link(String name, String href) {
    return obj(name).str("href", href).end();
  }

  /**
   * Writes any value (maps, lists, strings, numbers, booleans) as a field.
   *
   * @param name name
   * @param value value
   * @return this
   */
  public Json any(String name, @Nullable Object value) {
    field(name);
    return run(() -> {
      if (value == null) {
        g.writeNull();
      } else if (value instanceof String s) {
        g.writeString(s);
      } else if (value instanceof Boolean b) {
        g.writeBoolean(b);
      } else if (value instanceof Integer i) {
        g.writeNumber(i);
      } else if (value instanceof Long l) {
        g.writeNumber(l);
      } else {
        MAPPER.writeValue(g, value);
      }
    });
  }

  /**
   * Writes every entry of a map as fields of the current object.
   *
   * @param extra entries, may be null
   * @return this
   */
  public Json fields(@Nullable Map<String, Object> extra) {
    if (extra != null) {
      extra.forEach(this::any);
    }
    return this;
  }

  private Json run(IoAction a) {
    try {
      a.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }
}
