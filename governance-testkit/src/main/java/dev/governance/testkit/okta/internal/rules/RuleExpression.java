package dev.governance.testkit.okta.internal.rules;

import dev.governance.core.internal.Quoted;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A parsed group rule expression. The subset served is the one group rules are written in:
 * {@code user.attr == "x"} and {@code !=} (either side may be the attribute),
 * {@code String.stringContains(user.attr, "x")}, {@code String.startsWith(user.attr, "x")},
 * {@code isMemberOfGroup("id")}, {@code isMemberOfAnyGroup("id1", "id2", ...)}, joined by
 * {@code &&}, {@code ||} and {@code !}, with parentheses. Strings take double or single quotes and
 * {@code \"} escapes. Anything else is refused when the rule is created or changed, as Okta refuses
 * an expression it cannot evaluate.
 *
 * <p>A tokenizer feeds a recursive-descent parser ({@code or := and ('||' and)*}, {@code and :=
 * unary ('&&' unary)*}, {@code unary := '!' unary | primary}); the tree is immutable and evaluated
 * against a {@link Subject}.
 */
public final class RuleExpression {
  private final Node root;
  private final String source;

  private RuleExpression(Node root, String source) {
    this.root = root;
    this.source = source;
  }

  /** What an expression reads of the user it is evaluated for. */
  public interface Subject {
    /**
     * A profile attribute.
     *
     * @param name the attribute's name, e.g. {@code department}
     * @return its value, or {@code null} when the profile has none
     */
    @Nullable Object attribute(String name);

    /**
     * Whether the user is a member of a group.
     *
     * @param groupId the group's id
     * @return whether it is
     */
    boolean memberOf(String groupId);
  }

  /** An expression outside the served subset, or not well formed. */
  public static final class Invalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  /**
   * Parses an expression.
   *
   * @param source the expression as sent
   * @return the expression
   * @throws Invalid when it is not in the served subset; the message quotes it escaped and shortened
   */
  public static RuleExpression parse(String source) {
    Parser p = new Parser(source, tokenize(source));
    Node root = p.or();
    if (p.pos < p.tokens.size()) {
      throw p.fail("unexpected " + p.tokens.get(p.pos).describe());
    }
    return new RuleExpression(root, source);
  }

  /**
   * Evaluates the expression for a user.
   *
   * @param subject the user
   * @return whether the user matches
   */
  public boolean matches(Subject subject) {
    return root.eval(subject);
  }

  /**
   * The group ids the expression asks about through {@code isMemberOfGroup} and {@code
   * isMemberOfAnyGroup}.
   *
   * @return the ids, in the order they appear
   */
  public Set<String> groupIds() {
    Set<String> out = new LinkedHashSet<>();
    root.collectGroups(out);
    return out;
  }

  /**
   * The expression as it was sent.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  // ---- the tree

  private sealed interface Node permits Or, And, Not, Compare, Call, Member {
    boolean eval(Subject s);

    default void collectGroups(Set<String> out) {}
  }

  private record Or(Node left, Node right) implements Node {
    @Override
    public boolean eval(Subject s) {
      return left.eval(s) || right.eval(s);
    }

    @Override
    public void collectGroups(Set<String> out) {
      left.collectGroups(out);
      right.collectGroups(out);
    }
  }

  private record And(Node left, Node right) implements Node {
    @Override
    public boolean eval(Subject s) {
      return left.eval(s) && right.eval(s);
    }

    @Override
    public void collectGroups(Set<String> out) {
      left.collectGroups(out);
      right.collectGroups(out);
    }
  }

  private record Not(Node inner) implements Node {
    @Override
    public boolean eval(Subject s) {
      return !inner.eval(s);
    }

    @Override
    public void collectGroups(Set<String> out) {
      inner.collectGroups(out);
    }
  }

  /** {@code user.attr == "x"} (or {@code !=}); a missing attribute equals nothing. */
  private record Compare(String attribute, String value, boolean equal) implements Node {
    @Override
    public boolean eval(Subject s) {
      Object v = s.attribute(attribute);
      boolean same = v != null && String.valueOf(v).equals(value);
      return equal == same;
    }
  }

  /** {@code String.stringContains} or {@code String.startsWith}; a missing attribute is false. */
  private record Call(String attribute, String value, boolean prefix) implements Node {
    @Override
    public boolean eval(Subject s) {
      Object v = s.attribute(attribute);
      if (v == null) {
        return false;
      }
      String text = String.valueOf(v);
      return prefix ? text.startsWith(value) : text.contains(value);
    }
  }

  private record Member(List<String> groupIds) implements Node {
    @Override
    public boolean eval(Subject s) {
      for (String g : groupIds) {
        if (s.memberOf(g)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void collectGroups(Set<String> out) {
      out.addAll(groupIds);
    }
  }

  // ---- tokens

  private enum Kind { IDENT, STRING, LPAREN, RPAREN, COMMA, AND, OR, NOT, EQ, NE }

  private record Token(Kind kind, String text, int at) {
    String describe() {
      return switch (kind) {
        case IDENT -> "'" + Quoted.text(text) + "'";
        case STRING -> "string \"" + Quoted.text(text) + "\"";
        default -> "'" + text + "'";
      } + " at " + (at + 1);
    }
  }

  private static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')' || c == ',') {
        out.add(new Token(c == '(' ? Kind.LPAREN : c == ')' ? Kind.RPAREN : Kind.COMMA, String.valueOf(c), i));
        i++;
      } else if (s.startsWith("&&", i) || s.startsWith("||", i) || s.startsWith("==", i) || s.startsWith("!=", i)) {
        String op = s.substring(i, i + 2);
        Kind k = switch (op) {
          case "&&" -> Kind.AND;
          case "||" -> Kind.OR;
          case "==" -> Kind.EQ;
          default -> Kind.NE;
        };
        out.add(new Token(k, op, i));
        i += 2;
      } else if (c == '!') {
        out.add(new Token(Kind.NOT, "!", i));
        i++;
      } else if (c == '"' || c == '\'') {
        StringBuilder text = new StringBuilder();
        int start = i++;
        boolean closed = false;
        while (i < s.length()) {
          char d = s.charAt(i++);
          if (d == '\\' && i < s.length()) {
            text.append(s.charAt(i++));
          } else if (d == c) {
            closed = true;
            break;
          } else {
            text.append(d);
          }
        }
        if (!closed) {
          throw invalid(s, "a string that starts at " + (start + 1) + " is not closed");
        }
        out.add(new Token(Kind.STRING, text.toString(), start));
      } else if (Character.isLetter(c) || c == '_' || c == '$') {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
            || s.charAt(i) == '.' || s.charAt(i) == '$')) {
          i++;
        }
        out.add(new Token(Kind.IDENT, s.substring(start, i), start));
      } else {
        throw invalid(s, "unexpected character " + Quoted.quote(String.valueOf(c)) + " at " + (i + 1));
      }
    }
    return out;
  }

  private static Invalid invalid(String source, String why) {
    return new Invalid("Invalid expression " + Quoted.quote(source) + ": " + why + ".");
  }

  // ---- the parser

  private static final class Parser {
    private final String source;
    private final List<Token> tokens;
    private int pos;

    Parser(String source, List<Token> tokens) {
      this.source = source;
      this.tokens = tokens;
      if (tokens.isEmpty()) {
        throw invalid(source, "it is empty");
      }
    }

    Invalid fail(String why) {
      return invalid(source, why);
    }

    private @Nullable Token peek() {
      return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private boolean at(Kind k) {
      Token t = peek();
      return t != null && t.kind() == k;
    }

    private Token expect(Kind k, String what) {
      Token t = peek();
      if (t == null) {
        throw fail("it ends where " + what + " was expected");
      }
      if (t.kind() != k) {
        throw fail("expected " + what + " but found " + t.describe());
      }
      pos++;
      return t;
    }

    Node or() {
      Node left = and();
      while (at(Kind.OR)) {
        pos++;
        left = new Or(left, and());
      }
      return left;
    }

    Node and() {
      Node left = unary();
      while (at(Kind.AND)) {
        pos++;
        left = new And(left, unary());
      }
      return left;
    }

    Node unary() {
      if (at(Kind.NOT)) {
        pos++;
        return new Not(unary());
      }
      return primary();
    }

    Node primary() {
      Token t = peek();
      if (t == null) {
        throw fail("it ends where a condition was expected");
      }
      if (t.kind() == Kind.LPAREN) {
        pos++;
        Node inner = or();
        expect(Kind.RPAREN, "')'");
        return inner;
      }
      if (t.kind() == Kind.STRING) {
        pos++;
        return comparison(null, t.text());
      }
      if (t.kind() != Kind.IDENT) {
        throw fail("expected a condition but found " + t.describe());
      }
      pos++;
      if (at(Kind.LPAREN)) {
        return call(t);
      }
      return comparison(attribute(t), null);
    }

    /** {@code user.attr op "x"} or {@code "x" op user.attr}; one side is known. */
    private Node comparison(@Nullable String attribute, @Nullable String value) {
      Token op = peek();
      if (op == null || (op.kind() != Kind.EQ && op.kind() != Kind.NE)) {
        throw fail(op == null ? "it ends where '==' or '!=' was expected"
            : "expected '==' or '!=' but found " + op.describe());
      }
      pos++;
      Token other = peek();
      if (other == null) {
        throw fail("it ends after " + op.describe());
      }
      pos++;
      if (attribute == null) {
        if (other.kind() != Kind.IDENT) {
          throw fail("expected a user attribute but found " + other.describe());
        }
        attribute = attribute(other);
      } else {
        if (other.kind() != Kind.STRING) {
          throw fail("expected a string but found " + other.describe());
        }
        value = other.text();
      }
      return new Compare(attribute, java.util.Objects.requireNonNull(value), op.kind() == Kind.EQ);
    }

    private String attribute(Token t) {
      String name = t.text();
      if (!name.startsWith("user.") || name.length() == 5 || name.indexOf('.', 5) >= 0) {
        throw fail("expected a user attribute such as user.department but found " + t.describe());
      }
      return name.substring(5);
    }

    private Node call(Token fn) {
      pos++; // the '('
      String name = fn.text();
      switch (name) {
        case "String.stringContains", "String.startsWith" -> {
          String attribute = attribute(expect(Kind.IDENT, "a user attribute"));
          expect(Kind.COMMA, "','");
          String value = expect(Kind.STRING, "a string").text();
          expect(Kind.RPAREN, "')'");
          return new Call(attribute, value, name.equals("String.startsWith"));
        }
        case "isMemberOfGroup" -> {
          String id = expect(Kind.STRING, "a group id in quotes").text();
          expect(Kind.RPAREN, "')'");
          return new Member(List.of(id));
        }
        case "isMemberOfAnyGroup" -> {
          List<String> ids = new ArrayList<>();
          ids.add(expect(Kind.STRING, "a group id in quotes").text());
          while (at(Kind.COMMA)) {
            pos++;
            ids.add(expect(Kind.STRING, "a group id in quotes").text());
          }
          expect(Kind.RPAREN, "')'");
          return new Member(List.copyOf(ids));
        }
        default -> throw fail("the function " + fn.describe() + " is not supported in group rules "
            + "here; use String.stringContains, String.startsWith, isMemberOfGroup or isMemberOfAnyGroup");
      }
    }
  }
}
