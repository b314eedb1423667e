package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.EntityJson;
import dev.governance.testkit.okta.internal.json.GrantJson;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.query.Scim;
import dev.governance.testkit.okta.internal.state.AppChanges;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.FactorRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.RoleRec;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/** {@code /api/v1/users} reads. */
final class UsersApi {
  private static final Set<String> FILTER_ATTRS = Set.of("status", "lastUpdated", "id",
      "profile.login", "profile.email", "profile.firstName", "profile.lastName");
  private static final Set<String> SEARCH_TOP = Set.of("id", "status", "created", "activated",
      "statusChanged", "lastUpdated", "lastLogin", "passwordChanged", "type.id");
  private static final Set<String> CO_ATTRS = Set.of("profile.firstName", "profile.lastName",
      "profile.email", "profile.login");

  private UsersApi() {}

  static final Scim.Dialect FILTER = c -> {
    if (!FILTER_ATTRS.contains(c.attr())) {
      throw OktaError.badSearch("filter does not support '" + c.attr() + "'; use one of "
          + FILTER_ATTRS + " or the search parameter.");
    }
    boolean ordered = List.of("gt", "ge", "lt", "le").contains(c.op());
    if (!c.op().equals("eq") && !(ordered && c.attr().equals("lastUpdated"))) {
      throw OktaError.badSearch("filter supports only 'eq' (and gt/ge/lt/le on lastUpdated); "
          + "'" + c.op() + "' needs the search parameter.");
    }
  };

  static final Scim.Dialect SEARCH = c -> {
    if (!SEARCH_TOP.contains(c.attr()) && !c.attr().startsWith("profile.")) {
      throw OktaError.badSearch("search does not support '" + c.attr() + "'.");
    }
    if (c.op().equals("ew")) {
      throw OktaError.badSearch("search does not support 'ew'.");
    }
    if (c.op().equals("co") && !CO_ATTRS.contains(c.attr())) {
      throw OktaError.badSearch("'co' works only on " + CO_ATTRS + ".");
    }
  };

  static @Nullable Object attr(UserRec u, String path) {
    return switch (path) {
      case "id" -> u.id;
      case "status" -> u.status.name();
      case "created" -> u.created;
      case "activated" -> u.activated == 0 ? null : u.activated;
      case "statusChanged" -> u.statusChanged == 0 ? null : u.statusChanged;
      case "lastUpdated" -> u.lastUpdated;
      case "lastLogin" -> u.lastLogin == 0 ? null : u.lastLogin;
      case "passwordChanged" -> u.passwordChanged == 0 ? null : u.passwordChanged;
      case "type.id" -> "oty1defaultusertype0g4";
      case "profile.login" -> u.login;
      case "profile.email" -> u.email;
      case "profile.firstName" -> u.firstName;
      case "profile.lastName" -> u.lastName;
      default -> path.startsWith("profile.") && u.extra != null
          ? u.extra.get(path.substring(8)) : null;
    };
  }

  static Reply list(RequestContext c) {
    RequestContext.Scope scope = c.listScope(Perm.USERS_READ);
    String q = c.q("q");
    String search = c.q("search");
    String filter = c.q("filter");
    Scim.Expr expr = search != null ? Scim.parse(search, SEARCH)
        : filter != null ? Scim.parse(filter, FILTER) : null;
    boolean hideDeprovisioned = expr == null;
    String prefix = q == null ? null : q.toLowerCase(Locale.ROOT);
    BitSet groups = scope == RequestContext.Scope.TARGETS ? c.listGroups(Perm.USERS_READ) : null;
    IntPredicate include = i -> {
      UserRec u = c.state.users().get(i);
      if (u.deleted || scope == RequestContext.Scope.NONE || (hideDeprovisioned && u.status == dev.governance.testkit.okta.UserStatus.DEPROVISIONED)) {
        return false;
      }
      if (groups != null && !inAny(u, groups)) {
        return false;
      }
      if (prefix != null && !(starts(u.firstName, prefix) || starts(u.lastName, prefix)
          || starts(u.email, prefix))) {
        return false;
      }
      return expr == null || Scim.matches(expr, p -> attr(u, p));
    };
    int limit = q != null ? Paging.limit(c.q("limit"), 10, 200) : Paging.limit(c.q("limit"), 200, 200);
    int from = 0;
    String after = c.q("after");
    if (after != null && q == null) {
      UserRec at = c.state.userForCursor(after);
      if (at == null) {
        throw OktaError.validation("after: the cursor is not valid; follow the next link as given.");
      }
      from = at.idx + 1;
    }
    String sortBy = search != null ? c.q("sortBy") : null;
    Paging.Slice slice = sortBy == null
        ? Paging.slice(from, c.state.users().size(), include, limit)
        : sorted(c, include, sortBy, "desc".equalsIgnoreCase(c.q("sortOrder")), after, limit);
    Json j = c.json().arr();
    for (int k = 0; k < slice.count(); k++) {
      EntityJson.user(j, c.state.users().get(slice.positions()[k]), c.base, false);
    }
    Reply r = Reply.ok(j.endArr().bytes());
    r.links.add(Paging.self(c.base, c.path, c.rawQuery));
    if (slice.more() && q == null) {
      String cursor = c.state.users().get(slice.positions()[slice.count() - 1]).id;
      r.links.add(Paging.next(c.base, c.path, c.rawQuery, cursor, limit));
    }
    return r;
  }

  /** Search results ordered by an attribute (ties by id), paged after the cursor's user. */
  private static Paging.Slice sorted(RequestContext c, IntPredicate include, String sortBy, boolean desc,
      @Nullable String after, int limit) {
    List<UserRec> matches = new java.util.ArrayList<>();
    for (int i = 0; i < c.state.users().size(); i++) {
      if (include.test(i)) {
        matches.add(c.state.users().get(i));
      }
    }
    java.util.Comparator<UserRec> order = java.util.Comparator.comparing(
        (UserRec u) -> String.valueOf(attr(u, sortBy)), String.CASE_INSENSITIVE_ORDER);
    if (desc) {
      order = order.reversed();
    }
    matches.sort(order.thenComparing(u -> u.id));
    int start = 0;
    if (after != null) {
      for (int i = 0; i < matches.size(); i++) {
        if (matches.get(i).id.equals(after)) {
          start = i + 1;
        }
      }
    }
    int n = Math.max(0, Math.min(limit, matches.size() - start));
    int[] out = new int[n];
    for (int k = 0; k < n; k++) {
      out[k] = matches.get(start + k).idx;
    }
    return new Paging.Slice(out, n, start + n < matches.size());
  }

  static boolean inAny(UserRec u, BitSet groups) {
    for (int i = 0; i < u.groups.size(); i++) {
      if (groups.get(u.groups.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean starts(String value, String prefix) {
    return value != null && value.toLowerCase(Locale.ROOT).startsWith(prefix);
  }

  static UserRec find(RequestContext c, String idOrLogin) {
    UserRec u = "me".equals(idOrLogin) ? c.caller() : c.state.user(idOrLogin);
    if (u == null) {
      throw OktaError.notFound(idOrLogin + " (User)");
    }
    return u;
  }

  static Reply get(RequestContext c, String id) {
    c.require(Perm.USERS_READ);
    UserRec u = find(c, id);
    if (!"me".equals(id) && !c.userVisible(Perm.USERS_READ, u)) {
      throw OktaError.notFound(id + " (User)");
    }
    Json j = c.json();
    EntityJson.user(j, u, c.base, true);
    return Reply.ok(j.bytes()).header("ETag", "W/\"" + u.lastUpdated + "\"");
  }

  static Reply roles(RequestContext c, String id) {
    c.require(Perm.ROLES_READ);
    UserRec u = find(c, id);
    boolean[] expand = RolesApi.expand(c);
    Json j = c.json().arr();
    for (RoleRec r : c.state.roles()) {
      if (r.assignmentType.equals("USER") && r.assignee == u.idx
          || r.assignmentType.equals("GROUP") && u.groups.containsSorted(r.assignee)) {
        GrantJson.role(j, r, c.state, c.base, expand[0], expand[1]);
      }
    }
    return Reply.ok(j.endArr().bytes());
  }

  static Reply factors(RequestContext c, String id) {
    c.require(Perm.USERS_READ);
    UserRec u = find(c, id);
    Json j = c.json().arr();
    for (FactorRec f : c.state.factors(u.idx)) {
      if (c.state.listed(f)) {
        GrantJson.factor(j, f, u, c.base);
      }
    }
    return Reply.ok(j.endArr().bytes());
  }

  /**
   * {@code GET /api/v1/users/{id}/groups}: the groups the user is a member of, in the order of the
   * tenant's groups; {@code limit} at most 200 (the default), {@code after} a group id, the next page
   * in the {@code link} header. An unknown user, or one the caller may not read, answers 404.
   */
  static Reply groups(RequestContext c, String id) {
    c.require(Perm.USERS_READ);
    UserRec u = find(c, id);
    if (!"me".equals(id) && !c.userVisible(Perm.USERS_READ, u)) {
      throw OktaError.notFound(id + " (User)");
    }
    int limit = Paging.limit(c.q("limit"), 200, 200);
    int from = 0;
    String after = c.q("after");
    if (after != null) {
      var g = c.state.groupForCursor(after);
      if (g == null) {
        throw OktaError.validation("after: the cursor is not valid; follow the next link as given.");
      }
      from = u.groups.firstAbove(g.idx);
    }
    Paging.Slice slice = Paging.slice(from, u.groups.size(), i -> true, limit);
    Json j = c.json().arr();
    for (int k = 0; k < slice.count(); k++) {
      EntityJson.group(j, c.state.groups().get(u.groups.get(slice.positions()[k])), c.state, c.base, false, false,
          false);
    }
    Reply r = Reply.ok(j.endArr().bytes());
    r.links.add(Paging.self(c.base, c.path, c.rawQuery));
    if (slice.more()) {
      String cursor = c.state.groups().get(u.groups.get(slice.positions()[slice.count() - 1])).id;
      r.links.add(Paging.next(c.base, c.path, c.rawQuery, cursor, limit));
    }
    return r;
  }
  /**
   * {@code GET /api/v1/users/{id}/appLinks}: a link for every active application the user is
   * assigned, directly or through a group; not paged, as the spec's operation has no paging.
   */
  static Reply appLinks(RequestContext c, String id) {
    c.require(Perm.USERS_READ);
    UserRec u = find(c, id);
    if (!"me".equals(id) && !c.userVisible(Perm.USERS_READ, u)) {
      throw OktaError.notFound(id + " (User)");
    }
    Json j = c.json().arr();
    int order = 0;
    for (AppRec a : c.state.apps()) {
      if (a.deleted || a.status != dev.governance.testkit.okta.AppStatus.ACTIVE || !AppChanges.listed(a, u)) {
        continue;
      }
      String link = "0ol" + a.id.substring(Math.min(3, a.id.length())) + Integer.toString(u.idx, 36);
      j.obj().str("id", link).str("label", a.label)
          .str("linkUrl", c.base + "/home/" + a.name + "/" + a.id + "/" + link)
          .str("logoUrl", c.base + "/img/logos/default.png").str("appName", a.name)
          .str("appInstanceId", a.id).str("appAssignmentId", "0ua" + Integer.toString(a.idx, 36) + "x"
              + Integer.toString(u.idx, 36))
          .bool("credentialsSetup", false).bool("hidden", false).num("sortOrder", order++).end();
    }
    return Reply.ok(j.endArr().bytes());
  }
}
