package dev.governance.testkit.okta.internal.query;

import dev.governance.testkit.okta.internal.state.OktaError;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The SCIM-like expressions of Okta's {@code filter} and {@code search} parameters: comparisons
 * ({@code eq, sw, co, ew, gt, ge, lt, le, pr}) joined by {@code and}/{@code or}, with parentheses
 * and {@code not}. Values compare case-insensitively; times compare as instants.
 */
public final class Scim {
  /** A parsed expression. */
  public sealed interface Expr permits Cmp, And, Or, Not {}

  /**
   * A comparison.
   *
   * @param attr attribute path
   * @param op operator
   * @param value literal (String, Long, Double, Boolean) or null for {@code pr}
   */
  public record Cmp(String attr, String op, @Nullable Object value) implements Expr {}

  /**
   * Both.
   *
   * @param left left
   * @param right right
   */
  public record And(Expr left, Expr right) implements Expr {}

  /**
   * Either.
   *
   * @param left left
   * @param right right
   */
  public record Or(Expr left, Expr right) implements Expr {}

  /**
   * Negation.
   *
   * @param inner inner
   */
  public record Not(Expr inner) implements Expr {}

  /** Checks an expression against what an endpoint supports. */
  @FunctionalInterface
  public interface Dialect {
    /**
     * Throws {@link OktaError} 400 E0000031 when a comparison is unsupported.
     *
     * @param cmp the comparison
     */
    void check(Cmp cmp);

    /**
     * Whether {@code not} is allowed.
     *
     * @return true if so
     */
    default boolean allowsNot() {
      return false;
    }
  }

  private final String text;
  private final List<String> tokens = new ArrayList<>();
  private int pos;

  private Scim(String text) {
    this.text = text;
  }

  /**
   * Parses and checks an expression.
   *
   * @param text the expression
   * @param dialect what the endpoint supports
   * @return the expression
   */
  public static Expr parse(String text, Dialect dialect) {
    Scim p = new Scim(text);
    p.tokenize();
    if (p.tokens.isEmpty()) {
      throw OktaError.badSearch("The expression is empty.");
    }
    Expr e = p.or(dialect);
    if (p.pos != p.tokens.size()) {
      throw OktaError.badSearch("Unexpected '" + p.tokens.get(p.pos) + "' in: " + text);
    }
    return e;
  }

  /**
   * Evaluates an expression.
   *
   * @param e the expression
   * @param attrs resolves an attribute path to String, Long (epoch millis for times), Number,
   *     Boolean, a List of those, or null
   * @return whether it matches
   */
  public static boolean matches(Expr e, Function<String, Object> attrs) {
    if (e instanceof And a) {
      return matches(a.left(), attrs) && matches(a.right(), attrs);
    } else if (e instanceof Or o) {
      return matches(o.left(), attrs) || matches(o.right(), attrs);
    } else if (e instanceof Not n) {
      return !matches(n.inner(), attrs);
    }
    Cmp c = (Cmp) e;
    Object actual = attrs.apply(c.attr());
    if (actual instanceof List<?> list) {
      for (Object o : list) {
        if (compare(c, o)) {
          return true;
        }
      }
      return false;
    }
    return compare(c, actual);
  }

  private static boolean compare(Cmp c, Object actual) {
    if (c.op().equals("pr")) {
      return actual != null;
    }
    if (actual == null) {
      return false;
    }
    if (actual instanceof Long millis && c.value() instanceof String s) {
      long v;
      try {
        v = Instant.parse(s).toEpochMilli();
      } catch (DateTimeParseException ex) {
        return false;
      }
      return ordered(c.op(), Long.compare(millis, v));
    }
    if (actual instanceof Number n && c.value() instanceof Number v) {
      return ordered(c.op(), Double.compare(n.doubleValue(), v.doubleValue()));
    }
    String a = String.valueOf(actual).toLowerCase(Locale.ROOT);
    String v = String.valueOf(c.value()).toLowerCase(Locale.ROOT);
    return switch (c.op()) {
      case "eq" -> a.equals(v);
      case "sw" -> a.startsWith(v);
      case "co" -> a.contains(v);
      case "ew" -> a.endsWith(v);
      default -> ordered(c.op(), a.compareTo(v));
    };
  }

  private static boolean ordered(String op, int cmp) {
    return switch (op) {
      case "eq" -> cmp == 0;
      case "gt" -> cmp > 0;
      case "ge" -> cmp >= 0;
      case "lt" -> cmp < 0;
      case "le" -> cmp <= 0;
      default -> false;
    };
  }

  private Expr or(Dialect d) {
    Expr left = and(d);
    while (peekWord("or")) {
      pos++;
      left = new Or(left, and(d));
    }
    return left;
  }

  private Expr and(Dialect d) {
    Expr left = unary(d);
    while (peekWord("and")) {
      pos++;
      left = new And(left, unary(d));
    }
    return left;
  }

  private Expr unary(Dialect d) {
    String t = next();
    if (t.equalsIgnoreCase("not")) {
      if (!d.allowsNot()) {
        throw OktaError.badSearch("'not' is not supported here.");
      }
      return new Not(unary(d));
    }
    if (t.equals("(")) {
      Expr inner = or(d);
      if (pos >= tokens.size() || !tokens.get(pos).equals(")")) {
        throw OktaError.badSearch("Missing ')' in: " + text);
      }
      pos++;
      return inner;
    }
    String op = next().toLowerCase(Locale.ROOT);
    Object value = null;
    if (!op.equals("pr")) {
      value = literal(next());
    }
    Cmp cmp = new Cmp(t, op, value);
    if (!List.of("eq", "sw", "co", "ew", "gt", "ge", "lt", "le", "pr").contains(op)) {
      throw OktaError.badSearch("Unsupported operator '" + op + "' in: " + text);
    }
    d.check(cmp);
    return cmp;
  }

  private static Object literal(String t) {
    if (t.startsWith("\"")) {
      return t.substring(1, t.length() - 1).replace("\\\"", "\"");
    }
    if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
      return Boolean.valueOf(t);
    }
    try {
      return t.contains(".") ? (Object) Double.valueOf(t) : (Object) Long.valueOf(t);
    } catch (NumberFormatException e) {
      throw OktaError.badSearch("Values must be quoted strings, numbers or booleans: " + t);
    }
  }

  private boolean peekWord(String w) {
    return pos < tokens.size() && tokens.get(pos).equalsIgnoreCase(w);
  }

  private String next() {
    if (pos >= tokens.size()) {
      throw OktaError.badSearch("The expression ends too early: " + text);
    }
    return tokens.get(pos++);
  }

  private void tokenize() {
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(String.valueOf(c));
        i++;
      } else if (c == '"') {
        int j = i + 1;
        while (j < n && (text.charAt(j) != '"' || text.charAt(j - 1) == '\\')) {
          j++;
        }
        if (j >= n) {
          throw OktaError.badSearch("Unterminated string in: " + text);
        }
        tokens.add(text.substring(i, j + 1));
        i = j + 1;
      } else {
        int j = i;
        while (j < n && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '('
            && text.charAt(j) != ')' && text.charAt(j) != '"') {
          j++;
        }
        tokens.add(text.substring(i, j));
        i = j;
      }
    }
  }
}
