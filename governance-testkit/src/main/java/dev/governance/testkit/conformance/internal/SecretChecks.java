package dev.governance.testkit.conformance.internal;

import dev.governance.core.Secret;
import dev.governance.core.spi.Connector;
import dev.governance.testkit.internal.SecretSearch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks that no secret shows: in toString, in messages and reasons, in the log. */
final class SecretChecks {

  private final Session session;

  SecretChecks(Session session) {
    this.session = session;
  }

  private List<Secret> secrets() {
    List<Secret> secrets = session.subject.secrets();
    if (secrets.isEmpty()) {
      Problems.abort("no secrets to search for: override secrets() with every secret the connectors were opened"
          + " with");
    }
    return secrets;
  }

  void toStrings() {
    List<Secret> secrets = secrets();
    Map<String, String> texts = new LinkedHashMap<>();
    if (session.opened().isEmpty()) {
      session.open();
    }
    // A connector with bad credentials prints them too; the session keeps it to be closed.
    session.openBad();
    for (Connector c : session.opened()) {
      texts.put("the toString of connector " + c.getClass().getSimpleName(), String.valueOf(c));
    }
    int i = 0;
    for (Object o : session.subject.printedObjects()) {
      texts.put("the toString of printed object #" + (++i) + " (" + o.getClass().getSimpleName() + ")",
          String.valueOf(o));
    }
    search(secrets, texts, "no toString may show a secret");
  }

  void messages() {
    List<Secret> secrets = secrets();
    Map<String, String> texts = new LinkedHashMap<>();
    int i = 0;
    for (Throwable t : session.thrown()) {
      StringBuilder out = new StringBuilder();
      messages(t, out, 0);
      texts.put("exception #" + (++i) + " (" + t.getClass().getSimpleName() + ")", out.toString());
    }
    i = 0;
    for (String s : session.texts()) {
      texts.put("text #" + (++i) + " (" + s.substring(0, Math.min(s.indexOf(':') + 1, 40)) + ")", s);
    }
    if (texts.isEmpty()) {
      Problems.abort("the checks before this one produced no message, reason or preflight to search");
    }
    search(secrets, texts, "no exception message, coverage reason or preflight may show a secret");
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

  void log() {
    List<Secret> secrets = secrets();
    String logged = session.subject.log().since(session.logMark);
    if (logged.isEmpty()) {
      Problems.abort("nothing was logged while the checks ran (" + session.subject.log() + "): override"
          + " capturedLog() and send the log, at its finest level, where it reads");
    }
    search(secrets, Map.of("the log (" + session.subject.log() + ")", logged), "the log may not show a secret");
  }

  private static void search(List<Secret> secrets, Map<String, String> texts, String headline) {
    Problems p = new Problems();
    int n = 0;
    for (Secret s : secrets) {
      n++;
      for (Map.Entry<String, String> t : texts.entrySet()) {
        if (SecretSearch.shows(t.getValue(), s)) {
          p.add("secret #" + n + " (" + s.length() + " characters) shows in " + t.getKey());
        }
      }
    }
    p.throwIfAny(headline);
  }
}
