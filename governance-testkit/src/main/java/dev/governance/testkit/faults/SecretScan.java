package dev.governance.testkit.faults;

import dev.governance.core.Secret;
import dev.governance.testkit.internal.SecretSearch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Searches texts for secrets: each secret whole, and long ones (keys, JWTs) also by fragments, since
 * PEM and base64 printers break lines (every 64 or 76 characters). Fragments come in pairs of
 * neighbours 24 characters long: a line break at most every 48 characters cuts at most one of a
 * pair, so a wrapped printing still shows the other whole. The first 48 characters are left out of
 * the fragments, because JWTs of one issuer share their header.
 */
final class SecretScan {


  private final Map<String, String> texts = new LinkedHashMap<>();

  /** Adds a text to search, with where it came from, e.g. {@code the log}. */
  SecretScan add(String where, String text) {
    if (!text.isEmpty()) {
      texts.merge(where, text, (a, b) -> a + "\n" + b);
    }
    return this;
  }

  /** Adds a throwable's messages, its causes' and its suppressed exceptions'. */
  SecretScan addMessages(String where, Throwable t) {
    StringBuilder out = new StringBuilder();
    messages(t, out, 0);
    return add(where, out.toString());
  }

  private static void messages(Throwable t, StringBuilder out, int depth) {
    if (depth > 20) {
      return;
    }
    out.append(t).append('\n');
    for (Throwable s : t.getSuppressed()) {
      messages(s, out, depth + 1);
    }
    if (t.getCause() != null && t.getCause() != t) {
      messages(t.getCause(), out, depth + 1);
    }
  }

  List<Violation> find(Map<String, Secret> secrets) {
    List<Violation> found = new ArrayList<>();
    for (Map.Entry<String, Secret> secret : secrets.entrySet()) {
      List<String> needles = needles(secret.getValue().reveal().strip());
      for (Map.Entry<String, String> text : texts.entrySet()) {
        if (needles.stream().anyMatch(text.getValue()::contains)) {
          found.add(new Violation.SecretLeaked(secret.getKey(), text.getKey()));
        }
      }
    }
    return found;
  }

  private static List<String> needles(String secret) {
    return SecretSearch.needles(secret);
  }

}
