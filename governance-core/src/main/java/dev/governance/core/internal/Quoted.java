package dev.governance.core.internal;

/**
 * Untrusted text as it may appear in a message: escaped, so that no terminal escape, backspace or
 * line break reaches a terminal or a log raw, and shortened, so that a pasted megabyte is not
 * echoed back whole.
 *
 * <p>Every message that quotes what a user typed, pasted or passed builds the quote here, in every
 * module: control characters (C0, DEL, C1), line and paragraph separators, bidirectional controls
 * and lone surrogates are written as {@code \}{@code uXXXX}, a backslash as two, and text longer
 * than {@link #MAX_SHOWN} characters is cut after that many, followed by {@code … (N characters)}.
 */
public final class Quoted {

  /** How many characters of the input a message shows at most. */
  public static final int MAX_SHOWN = 80;

  private Quoted() {}

  /**
   * The text escaped and shortened, without quotation marks.
   *
   * @param text the untrusted text
   * @return the text as a message may show it
   */
  public static String text(String text) {
    int shown = text.length() > MAX_SHOWN ? MAX_SHOWN : text.length();
    if (shown < text.length() && Character.isHighSurrogate(text.charAt(shown - 1))) {
      shown--; // never cut a pair in two
    }
    StringBuilder out = new StringBuilder(shown + 24);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (needsEscape(text, i)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    if (shown < text.length()) {
      out.append("… (").append(text.length()).append(" characters)");
    }
    return out.toString();
  }

  /**
   * The text escaped and shortened, in single quotation marks: {@code 'acme\u001B[2J'}.
   *
   * @param text the untrusted text
   * @return the quoted text
   */
  public static String quote(String text) {
    return "'" + text(text) + "'";
  }

  /**
   * Whether the text has a character that {@link #text} would escape.
   *
   * @param text the text
   * @return whether a character of it is unsafe to show raw
   */
  public static boolean hasUnsafeCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (needsEscape(text, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean needsEscape(String text, int i) {
    char c = text.charAt(i);
    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
      return true;
    }
    // Bidirectional embeddings, overrides and isolates reorder what a terminal shows.
    if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E' || c == '\u200F' || c == '\u061C') {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }
}
