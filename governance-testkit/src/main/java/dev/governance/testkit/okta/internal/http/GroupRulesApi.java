package dev.governance.testkit.okta.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.core.internal.Quoted;
import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.GrantJson;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.GroupRuleRec;
import dev.governance.testkit.okta.internal.state.GroupRules;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * {@code /api/v1/groups/rules}: list, create, get, replace, delete, activate, deactivate. Reads need
 * {@code okta.groups.read}; changes {@code okta.groups.manage} and an org-wide group admin role.
 * {@link GroupRules} holds Okta's rules and the evaluation.
 */
final class GroupRulesApi {
  private static final String EXPRESSION_TYPE = "urn:okta:expression:1.0";

  private GroupRulesApi() {}

  static Reply list(RequestContext c) {
    c.require(Perm.GROUPS_READ);
    List<GroupRuleRec> rules = c.state.rules();
    int limit = Paging.limit(c.q("limit"), 50, 200);
    int from = Paging.start(c.q("after"), rules.size(), i -> rules.get(i).id());
    String search = c.q("search");
    String needle = search == null ? null : search.toLowerCase(Locale.ROOT);
    IntPredicate include = i -> needle == null || rules.get(i).name().toLowerCase(Locale.ROOT).contains(needle);
    Paging.Slice slice = Paging.slice(from, rules.size(), include, limit);
    boolean names = groupNames(c);
    Json j = c.json().arr();
    for (int k = 0; k < slice.count(); k++) {
      GrantJson.rule(j, rules.get(slice.positions()[k]), c.state, names);
    }
    Reply r = Reply.ok(j.endArr().bytes());
    r.links.add(Paging.self(c.base, c.path, c.rawQuery));
    if (slice.more()) {
      String cursor = rules.get(slice.positions()[slice.count() - 1]).id();
      r.links.add(Paging.next(c.base, c.path, c.rawQuery, cursor, limit));
    }
    return r;
  }

  static Reply get(RequestContext c, String id) {
    c.require(Perm.GROUPS_READ);
    return rule(c, find(c, id));
  }

  static Reply create(RequestContext c) {
    manage(c);
    JsonNode body = UserWrites.body(c);
    Definition d = definition(c, body);
    GroupRuleRec r = c.changes().rules().create(c.actor(), d.name(), d.expression(), d.targets(), d.excluded());
    return rule(c, r);
  }

  static Reply replace(RequestContext c, String id) {
    manage(c);
    GroupRuleRec r = find(c, id);
    Definition d = definition(c, UserWrites.body(c));
    c.changes().rules().replace(c.actor(), r, d.name(), d.expression(), d.targets(), d.excluded());
    return rule(c, r);
  }

  static Reply delete(RequestContext c, String id) {
    manage(c);
    GroupRuleRec r = find(c, id);
    c.changes().rules().delete(c.actor(), r, "true".equalsIgnoreCase(c.q("removeUsers")));
    return Reply.empty(202);
  }

  static Reply lifecycle(RequestContext c, String id, String operation) {
    manage(c);
    GroupRuleRec r = find(c, id);
    switch (operation) {
      case "activate" -> c.changes().rules().activate(c.actor(), r);
      case "deactivate" -> c.changes().rules().deactivate(c.actor(), r);
      default -> throw new OktaError(404, "E0000008", "The requested path was not found",
          List.of("POST " + Quoted.text(c.path) + " is not served by this tenant."));
    }
    return Reply.empty(204);
  }

  private static void manage(RequestContext c) {
    c.requireScope(Perm.GROUP_MEMBERS_MANAGE);
    if (!c.access().orgWide(Perm.GROUP_MEMBERS_MANAGE)) {
      throw OktaError.forbidden();
    }
  }

  private static GroupRuleRec find(RequestContext c, String id) {
    for (GroupRuleRec r : c.state.rules()) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    throw OktaError.notFound(Quoted.text(id) + " (GroupRule)");
  }

  private static boolean groupNames(RequestContext c) {
    String expand = c.q("expand");
    return expand != null && expand.contains("groupIdToGroupNameMap");
  }

  private static Reply rule(RequestContext c, GroupRuleRec r) {
    Json j = c.json();
    GrantJson.rule(j, r, c.state, groupNames(c));
    return Reply.ok(j.bytes());
  }

  /** A rule as sent: {@code name}, the expression, the target groups and the excluded users. */
  private record Definition(String name, String expression, List<GroupRec> targets, List<UserRec> excluded) {}

  private static Definition definition(RequestContext c, JsonNode body) {
    String type = body.path("type").asText("group_rule");
    if (!type.equals("group_rule")) {
      throw OktaError.validation("type: only group_rule is allowed, not " + Quoted.quote(type) + ".");
    }
    JsonNode expression = body.path("conditions").path("expression");
    String value = expression.path("value").asText("");
    if (value.isBlank()) {
      throw new OktaError(400, "E0000001", "Api validation failed: conditions.expression.value",
          List.of("conditions.expression.value: The field cannot be left blank"));
    }
    String expressionType = expression.path("type").asText(EXPRESSION_TYPE);
    if (!expressionType.equals(EXPRESSION_TYPE)) {
      throw OktaError.validation("conditions.expression.type: only " + EXPRESSION_TYPE + " is allowed, not "
          + Quoted.quote(expressionType) + ".");
    }
    List<GroupRec> targets = new ArrayList<>();
    for (JsonNode id : body.path("actions").path("assignUserToGroups").path("groupIds")) {
      GroupRec g = c.state.group(id.asText());
      if (g == null) {
        throw OktaError.validation("actions.assignUserToGroups.groupIds: no group has the id "
            + Quoted.quote(id.asText()) + ".");
      }
      targets.add(g);
    }
    List<UserRec> excluded = new ArrayList<>();
    for (JsonNode id : body.path("conditions").path("people").path("users").path("exclude")) {
      UserRec u = c.state.user(id.asText());
      if (u == null) {
        throw OktaError.validation("conditions.people.users.exclude: no user has the id "
            + Quoted.quote(id.asText()) + ".");
      }
      excluded.add(u);
    }
    return new Definition(body.path("name").asText(""), value, targets, excluded);
  }
}
