package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.query.Scim;
import dev.governance.testkit.okta.internal.state.LogEventRec;
import dev.governance.testkit.okta.internal.state.LogTargetRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** {@code /api/v1/logs}: bounded and polling queries over the System Log. */
final class LogsApi {
  private static final long RETENTION = 90L * 24 * 3600 * 1000;

  private LogsApi() {}

  static final Scim.Dialect FILTER = new Scim.Dialect() {
    @Override
    public void check(Scim.Cmp cmp) {
      // The System Log accepts every operator on every attribute.
    }

    @Override
    public boolean allowsNot() {
      return true;
    }
  };

  static @Nullable Object attr(LogEventRec e, String path) {
    return switch (path) {
      case "uuid" -> e.uuid();
      case "published" -> e.published();
      case "eventType" -> e.eventType();
      case "displayMessage" -> e.displayMessage();
      case "severity" -> "INFO";
      case "outcome.result" -> "SUCCESS";
      case "actor.id" -> e.actorId();
      case "actor.type" -> e.actorType();
      case "actor.alternateId" -> e.actorAlternateId();
      case "transaction.id", "debugContext.debugData.requestId" -> e.requestId();
      case "transaction.detail.requestApiTokenId" -> e.tokenId();
      case "target.id" -> e.targets().stream().map(t -> (Object) t.id()).toList();
      case "target.type" -> e.targets().stream().map(t -> (Object) t.type()).toList();
      case "target.alternateId" -> e.targets().stream().map(t -> (Object) t.alternateId()).toList();
      default -> null;
    };
  }

  static long time(@Nullable String raw, String name, long def) {
    if (raw == null) {
      return def;
    }
    try {
      return Instant.parse(raw).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw OktaError.validation(name + ": '" + raw + "' is not an ISO 8601 time such as "
          + "2024-01-02T03:04:05.000Z.");
    }
  }

  static Reply list(RequestContext c) {
    c.require(Perm.LOGS_READ);
    long now = c.state.now();
    String untilRaw = c.q("until");
    long until = time(untilRaw, "until", now);
    long asked = time(c.q("since"), "since", until - 7L * 24 * 3600 * 1000);
    if (c.q("since") != null && asked < now - 2 * RETENTION) {
      throw new OktaError(400, "E0000053", "Invalid parameter: The since parameter is over 180 days prior to the"
          + " current day.", List.of());
    }
    long since = Math.max(asked, now - RETENTION);
    boolean descending = "DESCENDING".equalsIgnoreCase(c.q("sortOrder"));
    boolean polling = untilRaw == null && !descending;
    int limit = c.q("limit") != null && c.q("limit").equals("0") ? 0
        : Paging.limit(c.q("limit"), 100, 1000);
    String filter = c.q("filter");
    Scim.Expr expr = filter == null ? null : Scim.parse(filter, FILTER);
    String[] keywords = c.q("q") == null ? new String[0]
        : c.q("q").toLowerCase(Locale.ROOT).trim().split("\\s+");
    long afterSeq = descending ? Long.MAX_VALUE : 0;
    String after = c.q("after");
    if (after != null) {
      try {
        afterSeq = Long.parseLong(after.substring(after.indexOf('_') + 1));
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        throw OktaError.validation("after: the cursor is not valid; follow the next link as given.");
      }
    }
    List<LogEventRec> page = new ArrayList<>();
    boolean more = false;
    List<LogEventRec> log = c.state.log();
    for (int k = 0; k < log.size(); k++) {
      LogEventRec e = log.get(descending ? log.size() - 1 - k : k);
      if (descending ? e.seq() >= afterSeq : e.seq() <= afterSeq) {
        continue;
      }
      if (e.published() < since || e.published() > until || !keywordsMatch(e, keywords)
          || (expr != null && !Scim.matches(expr, p -> attr(e, p)))) {
        continue;
      }
      if (page.size() == limit) {
        more = true;
        break;
      }
      page.add(e);
    }
    Json j = c.json().arr();
    for (LogEventRec e : page) {
      write(j, e);
    }
    Reply r = Reply.ok(j.endArr().bytes());
    r.links.add(Paging.self(c.base, c.path, c.rawQuery));
    if (more || polling) {
      String cursor = page.isEmpty() ? (after != null ? after : "0_" + afterSeq)
          : page.get(page.size() - 1).published() + "_" + page.get(page.size() - 1).seq();
      r.links.add(Paging.next(c.base, c.path, c.rawQuery, cursor, limit));
    }
    return r;
  }

  private static boolean keywordsMatch(LogEventRec e, String[] keywords) {
    for (String k : keywords) {
      if (!k.isEmpty() && !(e.displayMessage() + " " + e.eventType() + " " + e.actorAlternateId())
          .toLowerCase(Locale.ROOT).contains(k)) {
        return false;
      }
    }
    return true;
  }

  static void write(Json j, LogEventRec e) {
    j.obj().obj("actor").str("id", e.actorId()).str("type", e.actorType())
        .str("alternateId", e.actorAlternateId()).str("displayName", e.actorAlternateId()).end();
    j.obj("client").str("device", "Computer").str("ipAddress", "127.0.0.1").str("zone", "null")
        .obj("userAgent").str("rawUserAgent", "fake-okta-client").str("os", "Unknown")
        .str("browser", "UNKNOWN").end().end();
    j.obj("authenticationContext").str("externalSessionId", "unknown").end();
    j.str("displayMessage", e.displayMessage()).str("eventType", e.eventType());
    j.obj("outcome").str("result", "SUCCESS").end();
    j.time("published", e.published());
    j.obj("securityContext").end();
    j.str("severity", "INFO");
    j.obj("debugContext").obj("debugData").str("requestId", e.requestId()).end().end();
    j.str("legacyEventType", e.eventType().replace('.', '_'));
    j.obj("transaction").str("type", "WEB").str("id", e.requestId()).obj("detail");
    j.opt("requestApiTokenId", e.tokenId()).end().end();
    j.str("uuid", e.uuid()).str("version", "0");
    j.obj("request").arr("ipChain").endArr().end();
    j.arr("target");
    for (LogTargetRec t : e.targets()) {
      j.obj().str("id", t.id()).str("type", t.type()).str("alternateId", t.alternateId())
          .str("displayName", t.displayName()).end();
    }
    j.endArr().end();
  }
}
