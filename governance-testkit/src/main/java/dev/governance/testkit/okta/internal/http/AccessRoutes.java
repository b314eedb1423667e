package dev.governance.testkit.okta.internal.http;

import org.jspecify.annotations.Nullable;

/**
 * Routes the access-management endpoints: custom roles, resource sets and bindings ({@code
 * /api/v1/iam/…}), role assignment changes and single reads for users, groups and clients, and the
 * application assignment and scope grant endpoints beyond the listings. {@link Router} asks here
 * first.
 */
final class AccessRoutes {
  private AccessRoutes() {}

  /**
   * Serves the request if it is one of these endpoints.
   *
   * @param c the request
   * @param p the path segments
   * @return the reply, or {@code null} for another endpoint
   */
  static @Nullable Reply route(RequestContext c, String[] p) {
    int n = p.length;
    if (n >= 5 && p[0].equals("oauth2") && p[1].equals("v1") && p[2].equals("clients") && p[4].equals("roles")) {
      return roles(c, "CLIENT", p, 3);
    }
    if (n < 4 || !p[0].equals("api") || !p[1].equals("v1")) {
      return null;
    }
    return switch (p[2]) {
      case "iam" -> iam(c, p);
      case "users" -> n >= 5 && p[4].equals("roles") ? roles(c, "USER", p, 3) : null;
      case "groups" -> n >= 5 && p[4].equals("roles") ? roles(c, "GROUP", p, 3) : null;
      case "apps" -> apps(c, p);
      default -> null;
    };
  }

  /** {@code …/{assignee}/roles…} with the assignee at segment {@code at}. */
  private static @Nullable Reply roles(RequestContext c, String kind, String[] p, int at) {
    int n = p.length;
    String m = c.method;
    String who = p[at];
    if (n == at + 2 && m.equals("POST")) {
      return RoleAssignments.assign(c, kind, who);
    }
    if (n == at + 3 && m.equals("GET")) {
      return RoleAssignments.get(c, kind, who, p[at + 2]);
    }
    if (n == at + 3 && m.equals("DELETE") && kind.equals("CLIENT")) {
      // Users' and groups' unassignments are served by UserRemoval.
      return RoleAssignments.unassign(c, kind, who, p[at + 2]);
    }
    boolean change = m.equals("PUT") || m.equals("DELETE");
    if (change && n == at + 6 && p[at + 3].equals("targets") && p[at + 4].equals("groups")) {
      return RoleAssignments.target(c, kind, who, p[at + 2], true, p[at + 5], m.equals("PUT"));
    }
    if (change && n == at + 8 && p[at + 3].equals("targets") && p[at + 4].equals("catalog")
        && p[at + 5].equals("apps")) {
      return RoleAssignments.target(c, kind, who, p[at + 2], false, p[at + 7], m.equals("PUT"));
    }
    return null;
  }

  private static @Nullable Reply iam(RequestContext c, String[] p) {
    int n = p.length;
    String m = c.method;
    if (p[3].equals("roles")) {
      if (n == 4) {
        return m.equals("GET") ? IamApi.listRoles(c) : m.equals("POST") ? IamApi.createRole(c) : null;
      }
      String role = p[4];
      if (n == 5) {
        return switch (m) {
          case "GET" -> IamApi.getRole(c, role);
          case "PUT" -> IamApi.replaceRole(c, role);
          case "DELETE" -> IamApi.deleteRole(c, role);
          default -> null;
        };
      }
      if (n == 6 && p[5].equals("permissions") && m.equals("GET")) {
        return IamApi.permissions(c, role);
      }
      if (n == 7 && p[5].equals("permissions")) {
        return switch (m) {
          case "GET" -> IamApi.permission(c, role, p[6]);
          case "POST" -> IamApi.changePermission(c, role, p[6], true);
          case "DELETE" -> IamApi.changePermission(c, role, p[6], false);
          default -> null;
        };
      }
      return null;
    }
    if (!p[3].equals("resource-sets")) {
      return null;
    }
    if (n == 4) {
      return m.equals("GET") ? IamApi.listSets(c) : m.equals("POST") ? IamApi.createSet(c) : null;
    }
    String set = p[4];
    if (n == 5) {
      return switch (m) {
        case "GET" -> IamApi.getSet(c, set);
        case "PUT" -> IamApi.replaceSet(c, set);
        case "DELETE" -> IamApi.deleteSet(c, set);
        default -> null;
      };
    }
    if (p[5].equals("resources")) {
      if (n == 6) {
        return m.equals("GET") ? IamApi.resources(c, set) : m.equals("PATCH") ? IamApi.addResources(c, set) : null;
      }
      if (n == 7) {
        return m.equals("GET") ? IamApi.resource(c, set, p[6])
            : m.equals("DELETE") ? IamApi.deleteResource(c, set, p[6]) : null;
      }
      return null;
    }
    if (!p[5].equals("bindings")) {
      return null;
    }
    if (n == 6) {
      return m.equals("GET") ? IamApi.listBindings(c, set) : m.equals("POST") ? IamApi.createBinding(c, set) : null;
    }
    String role = p[6];
    if (n == 7) {
      return m.equals("GET") ? IamApi.getBinding(c, set, role)
          : m.equals("DELETE") ? IamApi.deleteBinding(c, set, role) : null;
    }
    if (n == 8 && p[7].equals("members")) {
      return m.equals("GET") ? IamApi.listMembers(c, set, role)
          : m.equals("PATCH") ? IamApi.addMembers(c, set, role) : null;
    }
    if (n == 9 && p[7].equals("members")) {
      return m.equals("GET") ? IamApi.getMember(c, set, role, p[8])
          : m.equals("DELETE") ? IamApi.removeMember(c, set, role, p[8]) : null;
    }
    return null;
  }

  private static @Nullable Reply apps(RequestContext c, String[] p) {
    int n = p.length;
    String m = c.method;
    if (n == 6 && p[4].equals("users")) {
      return m.equals("GET") ? AppAssignments.getUser(c, p[3], p[5])
          : m.equals("POST") ? AppAssignments.updateUser(c, p[3], p[5]) : null;
    }
    if (n == 6 && p[4].equals("groups")) {
      return m.equals("GET") ? AppAssignments.getGroup(c, p[3], p[5])
          : m.equals("PUT") ? AppAssignments.assignGroup(c, p[3], p[5]) : null;
    }
    if (n >= 6 && p[4].equals("credentials") && p[5].equals("keys")) {
      if (n == 6 && m.equals("GET")) {
        return AppKeys.list(c, p[3]);
      }
      if (n == 7 && m.equals("POST") && p[6].equals("generate")) {
        return AppKeys.generate(c, p[3]);
      }
      if (n == 7 && m.equals("GET")) {
        return AppKeys.get(c, p[3], p[6]);
      }
      return null;
    }
    if (n == 5 && p[4].equals("grants") && m.equals("POST")) {
      return AppAssignments.grant(c, p[3]);
    }
    if (n == 6 && p[4].equals("grants") && m.equals("GET")) {
      return AppAssignments.getGrant(c, p[3], p[5]);
    }
    return null;
  }
}
