package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.EntityJson;
import dev.governance.testkit.okta.internal.json.GrantJson;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.query.Scim;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GrantRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.TenantState;
import dev.governance.testkit.okta.internal.state.UserRec;
import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/** {@code /api/v1/apps} reads. */
final class AppsApi {
  private static final Set<String> FILTER_ATTRS = Set.of("id", "status", "name", "user.id",
      "group.id", "credentials.signing.kid", "settings.slo.enabled");

  private AppsApi() {}

  static final Scim.Dialect FILTER = c -> {
    if (!FILTER_ATTRS.contains(c.attr()) || !c.op().equals("eq")) {
      throw OktaError.badSearch("apps filter supports 'eq' on " + FILTER_ATTRS + " only.");
    }
  };

  static @Nullable Object attr(RequestContext c, AppRec a, String path) {
    return switch (path) {
      case "id" -> a.id;
      case "status" -> a.status.name();
      case "name" -> a.name;
      case "credentials.signing.kid" -> "sig" + a.id.substring(3, 12);
      default -> null;
    };
  }

  static boolean assignedTo(RequestContext c, AppRec a, Scim.Expr expr) {
    if (expr instanceof Scim.Cmp cmp && cmp.attr().equals("user.id")) {
      UserRec u = c.state.user(String.valueOf(cmp.value()));
      return u != null && TenantState.listedAsAppUser(a, u)
          && (a.directUsers.containsSorted(u.idx) || viaGroup(c, a, u) >= 0);
    }
    if (expr instanceof Scim.Cmp cmp && cmp.attr().equals("group.id")) {
      GroupRec g = c.state.group(String.valueOf(cmp.value()));
      return g != null && a.groups.contains(g.idx);
    }
    return Scim.matches(expr, p -> attr(c, a, p));
  }

  /** The first assigned group through which a user reaches an app, or -1. */
  static int viaGroup(RequestContext c, AppRec a, UserRec u) {
    if (!TenantState.listedAsAppUser(a, u)) {
      return -1;
    }
    for (int i = 0; i < a.groups.size(); i++) {
      if (u.groups.containsSorted(a.groups.get(i))) {
        return a.groups.get(i);
      }
    }
    return -1;
  }

  static Reply list(RequestContext c) {
    RequestContext.Scope scope = c.listScope(Perm.APPS_READ);
    String q = c.q("q");
    String filter = c.q("filter");
    Scim.Expr expr = filter == null ? null : Scim.parse(filter, FILTER);
    String prefix = q == null ? null : q.toLowerCase(Locale.ROOT);
    IntPredicate include = i -> {
      AppRec a = c.state.apps().get(i);
      if (scope == RequestContext.Scope.NONE || a.status == dev.governance.testkit.okta.AppStatus.DELETED
          || !c.access().forApp(Perm.APPS_READ, i)) {
        return false;
      }
      if (prefix != null && !a.name.toLowerCase(Locale.ROOT).startsWith(prefix)
          && !a.label.toLowerCase(Locale.ROOT).startsWith(prefix)) {
        return false;
      }
      return expr == null || assignedTo(c, a, expr);
    };
    int limit = Paging.limit(c.q("limit"), 20, 200);
    int from = 0;
    String after = c.q("after");
    if (after != null) {
      from = find(c, after, true).idx + 1;
    }
    Paging.Slice slice = Paging.slice(from, c.state.apps().size(), include, limit);
    Json j = c.json().arr();
    for (int k = 0; k < slice.count(); k++) {
      EntityJson.app(j, c.state.apps().get(slice.positions()[k]), c.state, c.base);
    }
    Reply r = Reply.ok(j.endArr().bytes());
    r.links.add(Paging.self(c.base, c.path, c.rawQuery));
    if (slice.more()) {
      String cursor = c.state.apps().get(slice.positions()[slice.count() - 1]).id;
      r.links.add(Paging.next(c.base, c.path, c.rawQuery, cursor, limit));
    }
    return r;
  }

  static AppRec find(RequestContext c, String id, boolean cursor) {
    AppRec a = c.state.app(id);
    if (a == null) {
      if (cursor) {
        throw OktaError.validation("after: the cursor is not valid; follow the next link as given.");
      }
      throw OktaError.notFound(id + " (AppInstance)");
    }
    return a;
  }

  static AppRec visible(RequestContext c, String id, Perm perm) {
    c.require(perm);
    AppRec a = find(c, id, false);
    if (!c.access().forApp(perm, a.idx)) {
      throw OktaError.notFound(id + " (AppInstance)");
    }
    return a;
  }

  static Reply get(RequestContext c, String id) {
    AppRec a = visible(c, id, Perm.APPS_READ);
    Json j = c.json();
    EntityJson.app(j, a, c.state, c.base);
    return Reply.ok(j.bytes());
  }

  /** Every user the app lists, directly or through its groups. */
  static BitSet reach(RequestContext c, AppRec a) {
    BitSet b = new BitSet(c.state.users().size());
    for (int i = 0; i < a.directUsers.size(); i++) {
      b.set(a.directUsers.get(i));
    }
    for (int i = 0; i < a.groups.size(); i++) {
      GroupRec g = c.state.groups().get(a.groups.get(i));
      for (int k = 0; k < g.members.size(); k++) {
        b.set(g.members.get(k));
      }
    }
    for (int p = b.nextSetBit(0); p >= 0; p = b.nextSetBit(p + 1)) {
      if (!TenantState.listedAsAppUser(a, c.state.users().get(p))) {
        b.clear(p);
      }
    }
    return b;
  }

  static Reply users(RequestContext c, String id) {
    AppRec a = visible(c, id, Perm.APPS_READ);
    int limit = Paging.limit(c.q("limit"), 50, 500);
    String q = c.q("q");
    String prefix = q == null ? null : q.toLowerCase(Locale.ROOT);
    boolean expand = "user".equals(c.q("expand"));
    BitSet reach = reach(c, a);
    int from = 0;
    String after = c.q("after");
    if (after != null) {
      UserRec u = c.state.userForCursor(after);
      if (u == null) {
        throw OktaError.validation("after: the cursor is not valid; follow the next link as given.");
      }
      from = u.idx + 1;
    }
    Json j = c.json().arr();
    int n = 0;
    int last = -1;
    boolean more = false;
    for (int p = reach.nextSetBit(from); p >= 0; p = reach.nextSetBit(p + 1)) {
      UserRec u = c.state.users().get(p);
      if (prefix != null && !(starts(u.login, prefix) || starts(u.firstName, prefix)
          || starts(u.lastName, prefix) || starts(u.email, prefix))) {
        continue;
      }
      if (n == limit) {
        more = true;
        break;
      }
      GrantJson.appUser(j, a, u, !a.directUsers.containsSorted(p), c.base, expand);
      n++;
      last = p;
    }
    Reply r = Reply.ok(j.endArr().bytes());
    r.links.add(Paging.self(c.base, c.path, c.rawQuery));
    if (more) {
      r.links.add(Paging.next(c.base, c.path, c.rawQuery, c.state.users().get(last).id, limit));
    }
    return r;
  }

  private static boolean starts(String value, String prefix) {
    return value != null && value.toLowerCase(Locale.ROOT).startsWith(prefix);
  }

  static Reply groups(RequestContext c, String id) {
    AppRec a = visible(c, id, Perm.APPS_READ);
    int limit = Math.max(20, Paging.limit(c.q("limit"), 20, 200));
    String q = c.q("q");
    String prefix = q == null ? null : q.toLowerCase(Locale.ROOT);
    int from = 0;
    String after = c.q("after");
    if (after != null) {
      GroupRec g = c.state.group(after);
      int at = g == null ? -1 : GroupsApi.indexOf(a.groups, g.idx);
      if (at < 0) {
        throw OktaError.validation("after: the cursor is not valid; follow the next link as given.");
      }
      from = at + 1;
    }
    IntPredicate include = i -> prefix == null
        || c.state.groups().get(a.groups.get(i)).name.toLowerCase(Locale.ROOT).startsWith(prefix);
    Paging.Slice slice = Paging.slice(from, a.groups.size(), include, limit);
    Json j = c.json().arr();
    for (int k = 0; k < slice.count(); k++) {
      int pos = slice.positions()[k];
      GrantJson.appGroup(j, a, c.state.groups().get(a.groups.get(pos)), pos, c.base);
    }
    Reply r = Reply.ok(j.endArr().bytes());
    r.links.add(Paging.self(c.base, c.path, c.rawQuery));
    if (slice.more()) {
      String cursor = c.state.groups().get(a.groups.get(slice.positions()[slice.count() - 1])).id;
      r.links.add(Paging.next(c.base, c.path, c.rawQuery, cursor, limit));
    }
    return r;
  }

  static Reply grants(RequestContext c, String id) {
    c.require(Perm.GRANTS_READ);
    AppRec a = find(c, id, false);
    Json j = c.json().arr();
    for (GrantRec g : a.grants) {
      if ("ACTIVE".equals(g.status)) {
        GrantJson.grant(j, g, a, c.base);
      }
    }
    return Reply.ok(j.endArr().bytes());
  }
}
