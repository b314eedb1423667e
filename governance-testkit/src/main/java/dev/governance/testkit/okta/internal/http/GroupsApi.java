package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.EntityJson;
import dev.governance.testkit.okta.internal.json.GrantJson;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.query.Scim;
import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.RoleRec;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/** {@code /api/v1/groups} reads. */
final class GroupsApi {
  private static final Set<String> FILTER_ATTRS =
      Set.of("id", "type", "lastUpdated", "lastMembershipUpdated");
  private static final Set<String> SEARCH_TOP = Set.of("id", "created", "lastMembershipUpdated",
      "lastUpdated", "type", "source.id");

  private GroupsApi() {}

  static final Scim.Dialect FILTER = c -> {
    if (!FILTER_ATTRS.contains(c.attr())) {
      throw OktaError.badSearch("filter does not support '" + c.attr() + "'; use one of "
          + FILTER_ATTRS + " or the search parameter.");
    }
    boolean time = c.attr().startsWith("last");
    if (!c.op().equals("eq") && !(time && List.of("gt", "ge", "lt", "le").contains(c.op()))) {
      throw OktaError.badSearch("filter does not support '" + c.op() + "' on " + c.attr() + ".");
    }
  };

  static final Scim.Dialect SEARCH = c -> {
    if (!SEARCH_TOP.contains(c.attr()) && !c.attr().startsWith("profile.")) {
      throw OktaError.badSearch("search does not support '" + c.attr() + "'.");
    }
    if (c.op().equals("ew") || (c.op().equals("co")
        && !Set.of("profile.name", "profile.description").contains(c.attr()))) {
      throw OktaError.badSearch("'" + c.op() + "' is not supported on " + c.attr() + ".");
    }
  };

  static @Nullable Object attr(RequestContext c, GroupRec g, String path) {
    return switch (path) {
      case "id" -> g.id;
      case "type" -> g.type.name();
      case "created" -> g.created;
      case "lastUpdated" -> g.lastUpdated;
      case "lastMembershipUpdated" -> g.lastMembershipUpdated;
      case "source.id" -> g.sourceApp < 0 ? null : c.state.apps().get(g.sourceApp).id;
      case "profile.name" -> g.name;
      case "profile.description" -> g.description;
      default -> path.startsWith("profile.") && g.extra != null
          ? g.extra.get(path.substring(8)) : null;
    };
  }

  static BitSet adminGroups(RequestContext c) {
    BitSet b = new BitSet();
    for (RoleRec r : c.state.roles()) {
      if (r.assignmentType.equals("GROUP")) {
        b.set(r.assignee);
      }
    }
    return b;
  }

  static Reply list(RequestContext c) {
    RequestContext.Scope scope = c.listScope(Perm.GROUPS_READ);
    String q = c.q("q");
    String search = c.q("search");
    String filter = c.q("filter");
    Scim.Expr expr = search != null ? Scim.parse(search, SEARCH)
        : filter != null ? Scim.parse(filter, FILTER) : null;
    String prefix = q == null ? null : q.toLowerCase(Locale.ROOT);
    BitSet visible = scope == RequestContext.Scope.TARGETS ? c.listGroups(Perm.GROUPS_READ) : null;
    IntPredicate include = i -> {
      GroupRec g = c.state.groups().get(i);
      if (g.deleted || scope == RequestContext.Scope.NONE || (visible != null && !visible.get(i))) {
        return false;
      }
      if (prefix != null && !g.name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
        return false;
      }
      return expr == null || Scim.matches(expr, p -> attr(c, g, p));
    };
    int limit = q != null ? Paging.limit(c.q("limit"), 300, 10000)
        : Paging.limit(c.q("limit"), 10000, 10000);
    int from = 0;
    String after = c.q("after");
    if (after != null && q == null) {
      from = find(c, after, true).idx + 1;
    }
    String expand = c.q("expand");
    boolean stats = expand != null && expand.contains("stats");
    BitSet admin = stats ? adminGroups(c) : new BitSet();
    Paging.Slice slice = Paging.slice(from, c.state.groups().size(), include, limit);
    Json j = c.json().arr();
    for (int k = 0; k < slice.count(); k++) {
      int p = slice.positions()[k];
      EntityJson.group(j, c.state.groups().get(p), c.state, c.base, stats, stats && admin.get(p),
          expand != null && expand.contains("app"));
    }
    Reply r = Reply.ok(j.endArr().bytes());
    r.links.add(Paging.self(c.base, c.path, c.rawQuery));
    if (slice.more() && q == null) {
      String cursor = c.state.groups().get(slice.positions()[slice.count() - 1]).id;
      r.links.add(Paging.next(c.base, c.path, c.rawQuery, cursor, limit));
    }
    return r;
  }

  static GroupRec find(RequestContext c, String id, boolean cursor) {
    GroupRec g = cursor ? c.state.groupForCursor(id) : c.state.group(id);
    if (g == null) {
      if (cursor) {
        throw OktaError.validation("after: the cursor is not valid; follow the next link as given.");
      }
      throw OktaError.notFound(id + " (UserGroup)");
    }
    return g;
  }

  static GroupRec visible(RequestContext c, String id, Perm perm) {
    c.require(perm);
    GroupRec g = find(c, id, false);
    if (!c.access().forGroup(perm, g.idx) && !c.access().orgWide(perm)) {
      throw OktaError.notFound(id + " (UserGroup)");
    }
    return g;
  }

  static Reply get(RequestContext c, String id) {
    GroupRec g = visible(c, id, Perm.GROUPS_READ);
    Json j = c.json();
    String expand = c.q("expand");
    boolean stats = expand != null && expand.contains("stats");
    EntityJson.group(j, g, c.state, c.base, stats, stats && adminGroups(c).get(g.idx),
        expand != null && expand.contains("app"));
    return Reply.ok(j.bytes());
  }

  static Reply users(RequestContext c, String id) {
    GroupRec g = visible(c, id, Perm.GROUPS_READ);
    int limit = Paging.limit(c.q("limit"), 1000, 1000);
    int from = 0;
    String after = c.q("after");
    if (after != null) {
      var u = c.state.userForCursor(after);
      if (u == null) {
        throw OktaError.validation("after: the cursor is not valid; follow the next link as given.");
      }
      from = g.members.firstAbove(u.idx);
    }
    Paging.Slice slice = Paging.slice(from, g.members.size(), i -> true, limit);
    Json j = c.json().arr();
    for (int k = 0; k < slice.count(); k++) {
      EntityJson.user(j, c.state.users().get(g.members.get(slice.positions()[k])), c.base, false);
    }
    Reply r = Reply.ok(j.endArr().bytes());
    r.links.add(Paging.self(c.base, c.path, c.rawQuery));
    if (slice.more()) {
      String cursor = c.state.users().get(g.members.get(slice.positions()[slice.count() - 1])).id;
      r.links.add(Paging.next(c.base, c.path, c.rawQuery, cursor, limit));
    }
    return r;
  }

  static Reply apps(RequestContext c, String id) {
    GroupRec g = visible(c, id, Perm.GROUPS_READ);
    int limit = Paging.limit(c.q("limit"), 20, 200);
    int from = 0;
    String after = c.q("after");
    if (after != null) {
      AppRec a = c.state.app(after);
      int at = a == null ? -1 : indexOf(g.apps, a.idx);
      if (at < 0) {
        throw OktaError.validation("after: the cursor is not valid; follow the next link as given.");
      }
      from = at + 1;
    }
    Paging.Slice slice = Paging.slice(from, g.apps.size(), i -> true, limit);
    Json j = c.json().arr();
    for (int k = 0; k < slice.count(); k++) {
      EntityJson.app(j, c.state.apps().get(g.apps.get(slice.positions()[k])), c.state, c.base);
    }
    Reply r = Reply.ok(j.endArr().bytes());
    r.links.add(Paging.self(c.base, c.path, c.rawQuery));
    if (slice.more()) {
      String cursor = c.state.apps().get(g.apps.get(slice.positions()[slice.count() - 1])).id;
      r.links.add(Paging.next(c.base, c.path, c.rawQuery, cursor, limit));
    }
    return r;
  }

  static int indexOf(dev.governance.testkit.okta.internal.state.IntList list, int value) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == value) {
        return i;
      }
    }
    return -1;
  }

  static Reply roles(RequestContext c, String id) {
    c.require(Perm.ROLES_READ);
    GroupRec g = find(c, id, false);
    boolean[] expand = RolesApi.expand(c);
    Json j = c.json().arr();
    for (RoleRec r : c.state.roles()) {
      if (r.assignmentType.equals("GROUP") && r.assignee == g.idx) {
        GrantJson.role(j, r, c.state, c.base, expand[0], expand[1]);
      }
    }
    return Reply.ok(j.endArr().bytes());
  }



}
