package dev.governance.okta.internal.sync;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.governance.okta.internal.client.OktaHttp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The System Log events that change access, read for a delta: one bounded query ({@code since}
 * and {@code until}, ascending) filtered on their event types, so that pages end and each event is
 * read once. Also the newest event made with each API token, for the tokens' last use. Events are kept in the order Okta published them; replaying them in that order over
 * the previous snapshot gives the last word on every key they touch, overlap window included.
 */
final class ChangeLog {

  /** Membership changes: targets a user and a group. */
  static final String MEMBER_ADD = "group.user_membership.add";
  static final String MEMBER_REMOVE = "group.user_membership.remove";
  /** A user's assignment to an application: targets a user and an application. */
  static final String APP_USER_ADD = "application.user_membership.add";
  static final String APP_USER_REMOVE = "application.user_membership.remove";
  /** A group's assignment to an application: targets a group and an application. */
  static final String GROUP_APP_ADD = "group.application_assignment.add";
  static final String GROUP_APP_REMOVE = "group.application_assignment.remove";
  /** Admin roles granted or revoked, to a user, a group or a service app. */
  static final Set<String> ROLE_CHANGES = Set.of("user.account.privilege.grant", "user.account.privilege.revoke",
      "group.privilege.grant", "group.privilege.revoke", "app.oauth2.client.privilege.grant",
      "app.oauth2.client.privilege.revoke");
  /** Admin consent to OAuth scopes of an application, granted or revoked. */
  static final Set<String> CONSENT_CHANGES = Set.of("app.oauth2.admin.consent.grant",
      "app.oauth2.admin.consent.revoke", "app.oauth2.as.consent.grant", "app.oauth2.as.consent.revoke");
  /** Application lifecycle: the application's users, groups and grants are re-read. */
  static final Set<String> APP_LIFECYCLE = Set.of("application.lifecycle.create", "application.lifecycle.update",
      "application.lifecycle.activate", "application.lifecycle.deactivate", "application.lifecycle.delete");
  /** A user deactivated: Okta unassigns it from every active application without more events. */
  static final String USER_DEACTIVATE = "user.lifecycle.deactivate";
  /** A user deleted: its memberships, assignments, roles and tokens go with it. */
  static final Set<String> USER_DELETE = Set.of("user.lifecycle.delete.initiated", "user.lifecycle.delete.completed");
  /** A group deleted: its memberships, assignments and roles go with it. */
  static final String GROUP_DELETE = "group.lifecycle.delete";
  /** A user's factors changed. */
  static final Set<String> FACTOR_CHANGES = Set.of("user.mfa.factor.activate", "user.mfa.factor.deactivate",
      "user.mfa.factor.reset_all", "user.mfa.factor.update", "system.mfa.factor.deactivate");
  /** API token and group rule changes: both collections are re-read in full by every delta anyway. */
  static final Set<String> REREAD_ANYWAY = Set.of("system.api_token.create", "system.api_token.revoke",
      "group.rule.create", "group.rule.update", "group.rule.activate", "group.rule.deactivate", "group.rule.delete");

  /** Events read per page: Okta's largest. */
  static final int PAGE = 1000;

  private ChangeLog() {}

  /** Every event type the delta asks for. */
  static List<String> eventTypes() {
    List<String> all = new ArrayList<>(List.of(MEMBER_ADD, MEMBER_REMOVE, APP_USER_ADD, APP_USER_REMOVE,
        GROUP_APP_ADD, GROUP_APP_REMOVE, USER_DEACTIVATE, GROUP_DELETE));
    all.addAll(new java.util.TreeSet<>(ROLE_CHANGES));
    all.addAll(new java.util.TreeSet<>(CONSENT_CHANGES));
    all.addAll(new java.util.TreeSet<>(APP_LIFECYCLE));
    all.addAll(new java.util.TreeSet<>(USER_DELETE));
    all.addAll(new java.util.TreeSet<>(FACTOR_CHANGES));
    all.addAll(new java.util.TreeSet<>(REREAD_ANYWAY));
    return all;
  }

  /** The first page's path and query. */
  static String firstPage(Instant since, Instant until) {
    StringBuilder filter = new StringBuilder();
    for (String type : eventTypes()) {
      filter.append(filter.length() == 0 ? "" : " or ").append("eventType eq \"").append(type).append('"');
    }
    return "/api/v1/logs?since=" + OktaSyncRun.encode(since.toString()) + "&until="
        + OktaSyncRun.encode(until.toString()) + "&sortOrder=ASCENDING&limit=" + PAGE
        + "&filter=" + OktaSyncRun.encode(filter.toString());
  }

  /**
   * Reads the events, stopping once more than {@code maxEvents} have come: a delta would then not
   * be cheaper than a full sync.
   *
   * @return the events in published order, or {@code null} when there were more than {@code maxEvents}
   */
  static @Nullable List<Event> read(OktaHttp http, Instant since, Instant until, int maxEvents) {
    List<Event> events = new ArrayList<>();
    boolean[] tooMany = {false};
    try {
      http.forEachPage(firstPage(since, until), new TypeReference<List<Event>>() {}, page -> {
        for (Event e : page) {
          if (e.succeeded()) {
            events.add(e);
          }
        }
        if (events.size() > maxEvents) {
          tooMany[0] = true;
          // Leave forEachPage without reading the next page.
          throw new StopReading();
        }
      });
    } catch (StopReading stop) {
      // more than maxEvents
    }
    return tooMany[0] ? null : events;
  }

  /**
   * The first page of the events made with some API tokens: one bounded query, newest first,
   * filtered on {@code transaction.detail.requestApiTokenId} as Okta documents.
   */
  static String tokenUsePage(List<String> tokenIds, Instant since, Instant until) {
    StringBuilder filter = new StringBuilder();
    for (String id : tokenIds) {
      filter.append(filter.length() == 0 ? "" : " or ").append("transaction.detail.requestApiTokenId eq \"")
          .append(id).append('"');
    }
    return "/api/v1/logs?since=" + OktaSyncRun.encode(since.toString()) + "&until="
        + OktaSyncRun.encode(until.toString()) + "&sortOrder=DESCENDING&limit=" + PAGE
        + "&filter=" + OktaSyncRun.encode(filter.toString());
  }

  /**
   * Reads the newest event made with each of some API tokens, newest first, stopping as soon as
   * every token has one or after {@code maxPages} pages.
   *
   * @return when each token that made an event was last seen, by token id
   */
  static Map<String, Instant> newestByToken(OktaHttp http, List<String> tokenIds, Instant since, Instant until,
      int maxPages) {
    Map<String, Instant> newest = new LinkedHashMap<>();
    Set<String> wanted = new HashSet<>(tokenIds);
    int[] pages = {0};
    try {
      http.forEachPage(tokenUsePage(tokenIds, since, until), new TypeReference<List<Event>>() {}, page -> {
        for (Event e : page) {
          String token = e.transaction() == null || e.transaction().detail() == null ? null
              : e.transaction().detail().requestApiTokenId();
          Instant at = e.publishedAt();
          if (token != null && at != null && wanted.contains(token)) {
            newest.merge(token, at, (a, b) -> a.isAfter(b) ? a : b);
          }
        }
        if (newest.keySet().containsAll(wanted) || ++pages[0] >= maxPages) {
          throw new StopReading();
        }
      });
    } catch (StopReading stop) {
      // every token found, or the page budget spent
    }
    return newest;
  }

  private static final class StopReading extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopReading() {
      super(null, null, false, false);
    }
  }

  /**
   * One System Log event, read for the fields a delta needs.
   *
   * @param uuid the event's id
   * @param eventType e.g. {@code group.user_membership.add}
   * @param published when Okta published it
   * @param target what it is about
   * @param outcome its outcome
   * @param transaction the request that caused it
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Event(@Nullable String uuid, @Nullable String eventType, @Nullable String published,
      @Nullable List<Target> target, @Nullable Outcome outcome, @Nullable Transaction transaction) {

    boolean succeeded() {
      return outcome == null || outcome.result() == null || "SUCCESS".equals(outcome.result());
    }

    /** The id of the first target of a type, e.g. {@code User}, {@code UserGroup}, {@code AppInstance}. */
    @Nullable String targetId(String type) {
      if (target != null) {
        for (Target t : target) {
          if (type.equals(t.type()) && t.id() != null) {
            return t.id();
          }
        }
      }
      return null;
    }

    String type() {
      return eventType == null ? "" : eventType;
    }

    /** When Okta published it, or {@code null} if it sent no readable time. */
    @Nullable Instant publishedAt() {
      try {
        return published == null ? null : java.time.OffsetDateTime.parse(published).toInstant();
      } catch (java.time.format.DateTimeParseException e) {
        return null;
      }
    }
  }

  /**
   * A target of an event.
   *
   * @param id its id
   * @param type its type
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Target(@Nullable String id, @Nullable String type) {}

  /**
   * An event's outcome.
   *
   * @param result {@code SUCCESS}, {@code FAILURE}, …
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Outcome(@Nullable String result) {}

  /**
   * The request behind an event.
   *
   * @param detail its detail, with the API token that made it
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Transaction(@Nullable Detail detail) {}

  /**
   * A transaction's detail.
   *
   * @param requestApiTokenId the API token that made the request, if one did
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Detail(@Nullable String requestApiTokenId) {}
}
