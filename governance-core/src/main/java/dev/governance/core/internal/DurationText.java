package dev.governance.core.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form of a duration that settings take: ISO-8601 ({@code PT30S}, {@code P1D}) or numbers
 * with the units {@code ms}, {@code s}, {@code m}, {@code h}, {@code d}, also combined ({@code
 * 1h30m}).
 */
public final class DurationText {

  private static final Pattern FRIENDLY = Pattern.compile("(?:\\d{1,12}(?:ms|s|m|h|d))+");
  private static final Pattern PART = Pattern.compile("(\\d{1,12})(ms|s|m|h|d)");

  private DurationText() {}

  /**
   * Parses a duration.
   *
   * @param text the text, stripped and not blank
   * @return the duration
   * @throws IllegalArgumentException if the text is no duration of either form
   */
  public static Duration parse(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.startsWith("p") || t.startsWith("-p") || t.startsWith("+p")) {
      try {
        return Duration.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not an ISO-8601 duration", e);
      }
    }
    if (!FRIENDLY.matcher(t).matches()) {
      throw new IllegalArgumentException("not a duration");
    }
    Duration total = Duration.ZERO;
    Matcher m = PART.matcher(t);
    while (m.find()) {
      long n = Long.parseLong(m.group(1));
      total = total.plus(switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      });
    }
    return total;
  }

  /**
   * Formats a whole number of one unit as {@code 4h}, {@code 300ms}; anything else as ISO-8601.
   *
   * @param value the duration
   * @return text that {@link #parse} reads back to the same duration
   */
  public static String format(Duration value) {
    if (value.isNegative()) {
      return value.toString();
    } else if (value.isZero()) {
      return "0s";
    }
    long millis;
    try {
      millis = value.toMillis();
    } catch (ArithmeticException tooLong) {
      return value.toString();
    }
    if (!Duration.ofMillis(millis).equals(value)) {
      return value.toString();
    }
    long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
    String[] units = {"d", "h", "m", "s", "ms"};
    for (int i = 0; i < sizes.length; i++) {
      if (millis % sizes[i] == 0) {
        return millis / sizes[i] + units[i];
      }
    }
    return value.toString();
  }
}
