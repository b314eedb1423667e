package dev.governance.okta.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A group rule's expression, read for evaluation only. It understands the subset of the Okta
 * Expression Language rules are usually written in: {@code user.attr == "x"}, {@code !=},
 * {@code String.stringContains(user.attr, "x")}, {@code String.startsWith(user.attr, "x")},
 * {@code isMemberOfGroup("id")}, {@code isMemberOfAnyGroup("id", ...)}, joined by {@code &&},
 * {@code ||}, {@code !} and parentheses. Anything else does not parse, and then the expression
 * decides nothing.
 *
 * <p>Evaluation has three outcomes: a user matches, does not, or the user's profile as read does
 * not tell (an attribute the connector does not keep), which decides nothing either.
 */
public final class RuleCondition {

  /** What an expression reads about a user. */
  public interface Subject {

    /**
     * Tells whether the profile as read can tell an attribute's value: it cannot for an attribute
     * the connector does not keep, or whose value is not text.
     *
     * @param attribute the name after {@code user.}
     * @return whether {@link #text} answers for it
     */
    boolean knows(String attribute);

    /**
     * Reads an attribute of the user's profile.
     *
     * @param attribute the name after {@code user.}, one the subject {@link #knows}
     * @return the value as text, empty when the user has none
     */
    Optional<String> text(String attribute);

    /**
     * Tells whether the user is a member of a group.
     *
     * @param groupId the group
     * @return whether the user is a member
     */
    boolean memberOf(String groupId);
  }

  /** The three outcomes of an evaluation. */
  public enum Truth {
    /** The user matches. */
    TRUE,
    /** The user does not match. */
    FALSE,
    /** The profile as read does not tell. */
    UNKNOWN;

    static Truth of(boolean b) {
      return b ? TRUE : FALSE;
    }

    Truth not() {
      return this == UNKNOWN ? UNKNOWN : of(this == FALSE);
    }
  }

  private sealed interface Node {
  }

  private record Not(Node operand) implements Node {
  }

  private record Both(Node left, Node right) implements Node {
  }

  private record Either(Node left, Node right) implements Node {
  }

  private record Compare(Operand left, Operand right, boolean equal) implements Node {
  }

  private record Text(String attribute, String value, boolean prefix) implements Node {
  }

  private record MemberOf(List<String> groupIds) implements Node {
  }

  private sealed interface Operand {
  }

  private record Literal(String value) implements Operand {
  }

  private record Attribute(String name) implements Operand {
  }

  private final Node root;

  private RuleCondition(Node root) {
    this.root = root;
  }

  /**
   * Reads an expression.
   *
   * @param expression the rule's expression
   * @return the condition, or empty when the expression is outside the subset
   */
  public static Optional<RuleCondition> parse(String expression) {
    List<String> tokens = tokens(expression);
    if (tokens == null || tokens.isEmpty()) {
      return Optional.empty();
    }
    Parser p = new Parser(tokens);
    Node n = p.or();
    if (n == null || p.pos != tokens.size()) {
      return Optional.empty();
    }
    return Optional.of(new RuleCondition(n));
  }

  /**
   * Evaluates the condition for a user.
   *
   * @param user what the expression reads
   * @return whether the user matches, or {@link Truth#UNKNOWN}
   */
  public Truth test(Subject user) {
    return eval(root, user);
  }

  private static Truth eval(Node n, Subject user) {
    if (n instanceof Not x) {
      return eval(x.operand(), user).not();
    }
    if (n instanceof Both x) {
      Truth l = eval(x.left(), user);
      Truth r = eval(x.right(), user);
      return l == Truth.FALSE || r == Truth.FALSE ? Truth.FALSE
          : l == Truth.UNKNOWN || r == Truth.UNKNOWN ? Truth.UNKNOWN : Truth.TRUE;
    }
    if (n instanceof Either x) {
      Truth l = eval(x.left(), user);
      Truth r = eval(x.right(), user);
      return l == Truth.TRUE || r == Truth.TRUE ? Truth.TRUE
          : l == Truth.UNKNOWN || r == Truth.UNKNOWN ? Truth.UNKNOWN : Truth.FALSE;
    }
    if (n instanceof Compare x) {
      if (!known(x.left(), user) || !known(x.right(), user)) {
        return Truth.UNKNOWN;
      }
      return Truth.of(value(x.left(), user).equals(value(x.right(), user)) == x.equal());
    }
    if (n instanceof Text x) {
      if (!user.knows(x.attribute())) {
        return Truth.UNKNOWN;
      }
      // A user without the attribute matches neither function.
      return Truth.of(user.text(x.attribute()).map(s -> x.prefix() ? s.startsWith(x.value()) : s.contains(x.value()))
          .orElse(false));
    }
    MemberOf x = (MemberOf) n;
    return Truth.of(x.groupIds().stream().anyMatch(user::memberOf));
  }

  private static boolean known(Operand o, Subject user) {
    return !(o instanceof Attribute a) || user.knows(a.name());
  }

  private static Optional<String> value(Operand o, Subject user) {
    return o instanceof Attribute a ? user.text(a.name()) : Optional.of(((Literal) o).value());
  }

  /** Splits into tokens; a string literal keeps its opening quote. {@code null} on a stray character. */
  private static @Nullable List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"' || c == '\'') {
        int end = s.indexOf(c, i + 1);
        if (end < 0) {
          return null;
        }
        out.add(c + s.substring(i + 1, end));
        i = end + 1;
      } else if (s.startsWith("&&", i) || s.startsWith("||", i) || s.startsWith("==", i) || s.startsWith("!=", i)) {
        out.add(s.substring(i, i + 2));
        i += 2;
      } else if (c == '!' || c == '(' || c == ')' || c == ',') {
        out.add(String.valueOf(c));
        i++;
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) {
          i++;
        }
        out.add(s.substring(start, i));
      } else {
        return null;
      }
    }
    return out;
  }

  private static boolean isString(String token) {
    return token.charAt(0) == '"' || token.charAt(0) == '\'';
  }

  /** Recursive descent; each method answers {@code null} when the tokens leave the subset. */
  private static final class Parser {
    private final List<String> tokens;
    private int pos;

    Parser(List<String> tokens) {
      this.tokens = tokens;
    }

    private @Nullable String peek() {
      return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private boolean eat(String token) {
      if (token.equals(peek())) {
        pos++;
        return true;
      }
      return false;
    }

    @Nullable Node or() {
      Node left = and();
      while (left != null && eat("||")) {
        Node right = and();
        left = right == null ? null : new Either(left, right);
      }
      return left;
    }

    private @Nullable Node and() {
      Node left = unary();
      while (left != null && eat("&&")) {
        Node right = unary();
        left = right == null ? null : new Both(left, right);
      }
      return left;
    }

    private @Nullable Node unary() {
      if (eat("!")) {
        Node operand = unary();
        return operand == null ? null : new Not(operand);
      }
      if (eat("(")) {
        Node inner = or();
        return inner != null && eat(")") ? inner : null;
      }
      String t = peek();
      if (t == null) {
        return null;
      }
      if (t.equals("String.stringContains") || t.equals("String.startsWith")) {
        pos++;
        List<String> args = arguments();
        String name = args == null || args.size() != 2 ? null : attribute(args.get(0));
        if (args == null || name == null || !isString(args.get(1))) {
          return null;
        }
        return new Text(name, args.get(1).substring(1), t.equals("String.startsWith"));
      }
      if (t.equals("isMemberOfGroup") || t.equals("isMemberOfAnyGroup")) {
        pos++;
        List<String> args = arguments();
        if (args == null || args.isEmpty() || t.equals("isMemberOfGroup") && args.size() != 1
            || !args.stream().allMatch(RuleCondition::isString)) {
          return null;
        }
        return new MemberOf(args.stream().map(a -> a.substring(1)).toList());
      }
      Operand left = operand();
      if (left == null) {
        return null;
      }
      boolean equal = eat("==");
      if (!equal && !eat("!=")) {
        return null;
      }
      Operand right = operand();
      return right == null ? null : new Compare(left, right, equal);
    }

    private @Nullable Operand operand() {
      String t = peek();
      if (t == null) {
        return null;
      }
      if (isString(t)) {
        pos++;
        return new Literal(t.substring(1));
      }
      String name = attribute(t);
      if (name == null) {
        return null;
      }
      pos++;
      return new Attribute(name);
    }

    /** Reads {@code ( a, b, ... )} of attributes and strings. */
    private @Nullable List<String> arguments() {
      if (!eat("(")) {
        return null;
      }
      List<String> args = new ArrayList<>();
      do {
        String t = peek();
        if (t == null || !isString(t) && attribute(t) == null) {
          return null;
        }
        args.add(t);
        pos++;
      } while (eat(","));
      return eat(")") ? args : null;
    }

    /** The attribute a token names ({@code user.department} → {@code department}), or {@code null}. */
    private static @Nullable String attribute(String token) {
      if (!token.startsWith("user.") || token.length() == 5 || token.indexOf('.', 5) >= 0) {
        return null;
      }
      return token.substring(5);
    }
  }
}
