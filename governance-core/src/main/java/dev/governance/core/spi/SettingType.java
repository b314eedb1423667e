package dev.governance.core.spi;

import dev.governance.core.internal.DurationText;
import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the text of a {@link Setting} means: text, an integer, a decimal, a boolean, a duration, a
 * file path, or one of a few allowed values. Each type parses the text to a value of type {@code
 * T}, says in words what it expects, and formats a value back to text.
 *
 * <pre>{@code
 * SettingType.integer(1, 75).parse("8");          // 8
 * SettingType.duration().parse("30s");            // PT30S, as does "PT30S"
 * SettingType.oneOf("admins", "everyone").parse("Everyone");   // "everyone"
 * }</pre>
 *
 * @param <T> the type of the parsed value
 * @since 0.1
 */
public sealed interface SettingType<T>
    permits SettingType.TextType,
        SettingType.IntegerType,
        SettingType.DecimalType,
        SettingType.BooleanType,
        SettingType.DurationType,
        SettingType.PathType,
        SettingType.ChoiceType {

  /**
   * Returns the type's short name, as a settings table shows it: {@code string}, {@code integer},
   * {@code decimal}, {@code boolean}, {@code duration}, {@code path}, or {@code one of a, b}.
   *
   * @return the name
   */
  String name();

  /**
   * Says what text the type accepts, as an error message ends: e.g. {@code an integer from 1 to
   * 75}.
   *
   * @return the expectation, starting in lower case
   */
  String expected();

  /**
   * Parses a setting's text, already stripped of surrounding whitespace and not blank.
   *
   * @param text the text
   * @return the value
   * @throws IllegalArgumentException if the text is not a value of this type
   */
  T parse(String text);

  /**
   * Formats a value as text that {@link #parse} accepts.
   *
   * @param value the value
   * @return its text
   */
  default String format(T value) {
    return value.toString();
  }

  /**
   * Returns the type of free text.
   *
   * @return the type
   */
  static SettingType<String> string() {
    return new TextType();
  }

  /**
   * Returns the type of any {@code int}.
   *
   * @return the type
   */
  static SettingType<Integer> integer() {
    return new IntegerType(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /**
   * Returns the type of integers within bounds.
   *
   * @param min the least value allowed
   * @param max the greatest value allowed
   * @return the type
   */
  static SettingType<Integer> integer(int min, int max) {
    return new IntegerType(min, max);
  }

  /**
   * Returns the type of any finite decimal number.
   *
   * @return the type
   */
  static SettingType<Double> decimal() {
    return new DecimalType(-Double.MAX_VALUE, Double.MAX_VALUE);
  }

  /**
   * Returns the type of decimal numbers within bounds.
   *
   * @param min the least value allowed
   * @param max the greatest value allowed
   * @return the type
   */
  static SettingType<Double> decimal(double min, double max) {
    return new DecimalType(min, max);
  }

  /**
   * Returns the type of {@code true} and {@code false}.
   *
   * @return the type
   */
  static SettingType<Boolean> bool() {
    return new BooleanType();
  }

  /**
   * Returns the type of durations: ISO-8601 ({@code PT30S}, {@code P1D}) or a number with a unit
   * ({@code 300ms}, {@code 30s}, {@code 5m}, {@code 4h}, {@code 1d}, also combined: {@code 1h30m}).
   *
   * @return the type
   */
  static SettingType<Duration> duration() {
    return new DurationType();
  }

  /**
   * Returns the type of file paths.
   *
   * @return the type
   */
  static SettingType<Path> path() {
    return new PathType();
  }

  /**
   * Returns the type of one of a few values, matched without regard to case.
   *
   * @param values the values allowed, at least one
   * @return the type
   */
  static SettingType<String> oneOf(String... values) {
    return new ChoiceType(List.of(values));
  }

  /** Free text. */
  record TextType() implements SettingType<String> {
    @Override
    public String name() {
      return "string";
    }

    @Override
    public String expected() {
      return "text";
    }

    @Override
    public String parse(String text) {
      return text;
    }
  }

  /**
   * An integer from {@code min} to {@code max}, both included.
   *
   * @param min the least value allowed
   * @param max the greatest value allowed
   */
  record IntegerType(int min, int max) implements SettingType<Integer> {

    /** Checks that the bounds are in order. */
    public IntegerType {
      if (min > max) {
        throw new IllegalArgumentException("min " + min + " is above max " + max);
      }
    }

    @Override
    public String name() {
      return "integer";
    }

    @Override
    public String expected() {
      if (min == Integer.MIN_VALUE && max == Integer.MAX_VALUE) {
        return "an integer";
      } else if (max == Integer.MAX_VALUE) {
        return "an integer of at least " + min;
      } else if (min == Integer.MIN_VALUE) {
        return "an integer of at most " + max;
      }
      return "an integer from " + min + " to " + max;
    }

    @Override
    public Integer parse(String text) {
      long value;
      try {
        value = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not an integer", e);
      }
      if (value < min || value > max) {
        throw new IllegalArgumentException("out of range");
      }
      return (int) value;
    }
  }

  /**
   * A finite decimal number from {@code min} to {@code max}, both included.
   *
   * @param min the least value allowed
   * @param max the greatest value allowed
   */
  record DecimalType(double min, double max) implements SettingType<Double> {

    /** Checks that the bounds are finite and in order. */
    public DecimalType {
      if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
        throw new IllegalArgumentException("bounds " + min + " and " + max + " are not in order");
      }
    }

    @Override
    public String name() {
      return "decimal";
    }

    @Override
    public String expected() {
      boolean unbounded = min == -Double.MAX_VALUE && max == Double.MAX_VALUE;
      return unbounded ? "a decimal number, e.g. 0.5"
          : "a decimal number from " + plain(min) + " to " + plain(max);
    }

    @Override
    public Double parse(String text) {
      if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
        throw new IllegalArgumentException("not a decimal number");
      }
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value) || value < min || value > max) {
        throw new IllegalArgumentException("out of range");
      }
      return value;
    }

    @Override
    public String format(Double value) {
      return plain(value);
    }

    private static String plain(double value) {
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }

  /** {@code true} or {@code false}, in any case. */
  record BooleanType() implements SettingType<Boolean> {
    @Override
    public String name() {
      return "boolean";
    }

    @Override
    public String expected() {
      return "true or false";
    }

    @Override
    public Boolean parse(String text) {
      if (text.equalsIgnoreCase("true")) {
        return true;
      } else if (text.equalsIgnoreCase("false")) {
        return false;
      }
      throw new IllegalArgumentException("not true or false");
    }
  }

  /** A duration: ISO-8601, or numbers with the units {@code ms}, {@code s}, {@code m}, {@code h}, {@code d}. */
  record DurationType() implements SettingType<Duration> {

    @Override
    public String name() {
      return "duration";
    }

    @Override
    public String expected() {
      return "a duration such as 300ms, 30s, 5m, 4h or PT30S";
    }

    @Override
    public Duration parse(String text) {
      return DurationText.parse(text);
    }

    /** Formats a whole number of one unit as {@code 4h}, {@code 300ms}; anything else as ISO-8601. */
    @Override
    public String format(Duration value) {
      return DurationText.format(value);
    }
  }

  /** A file path. */
  record PathType() implements SettingType<Path> {
    @Override
    public String name() {
      return "path";
    }

    @Override
    public String expected() {
      return "a file path";
    }

    @Override
    public Path parse(String text) {
      try {
        return Path.of(text);
      } catch (InvalidPathException e) {
        throw new IllegalArgumentException("not a file path", e);
      }
    }
  }

  /**
   * One of a few values, matched without regard to case; the value parsed is spelled as declared.
   *
   * @param values the values allowed, distinct without regard to case
   */
  record ChoiceType(List<String> values) implements SettingType<String> {

    /** Checks and copies the values. */
    public ChoiceType {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("a choice needs at least one value");
      }
      LinkedHashSet<String> distinct = new LinkedHashSet<>();
      for (String v : values) {
        if (Objects.requireNonNull(v, "value").isBlank()
            || !distinct.add(v.toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException("the values of a choice must be distinct and not blank: " + values);
        }
      }
    }

    @Override
    public String name() {
      return "one of " + String.join(", ", values);
    }

    @Override
    public String expected() {
      return values.size() == 1 ? values.get(0) : "one of " + String.join(", ", values);
    }

    @Override
    public String parse(String text) {
      for (String v : values) {
        if (v.equalsIgnoreCase(text)) {
          return v;
        }
      }
      throw new IllegalArgumentException("not one of " + values);
    }
  }
}
