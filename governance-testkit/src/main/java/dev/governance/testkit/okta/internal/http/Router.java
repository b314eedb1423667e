package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.internal.state.OktaError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Maps a method and path to the handler that serves it. */
final class Router {
  private Router() {}

  static Reply route(RequestContext c) {
    String[] p = c.path.substring(1).split("/");
    String m = c.method;
    int n = p.length;
    Reply access = AccessRoutes.route(c, p);
    if (access != null) {
      return access;
    }
    if (n >= 5 && p[0].equals("oauth2") && p[1].equals("v1") && p[2].equals("clients")
        && p[4].equals("roles") && m.equals("GET")) {
      if (n == 5) {
        return RolesApi.clientRoles(c, p[3]);
      }
      Boolean groups = targets(p);
      if (groups != null) {
        return RolesApi.targets(c, "CLIENT", p[3], p[5], groups);
      }
      throw notFound(c);
    }
    if (p.length < 3 || !p[0].equals("api") || !p[1].equals("v1")) {
      throw notFound(c);
    }
    if (m.equals("GET") && n >= 8 && (p[2].equals("users") || p[2].equals("groups"))
        && p[4].equals("roles")) {
      Boolean groups = targets(p);
      if (groups != null) {
        return RolesApi.targets(c, p[2].equals("users") ? "USER" : "GROUP", p[3], p[5], groups);
      }
    }
    switch (p[2]) {
      case "users" -> {
        if (n == 3 && m.equals("GET")) {
          return UsersApi.list(c);
        } else if (n == 3 && m.equals("POST")) {
          return UserWrites.create(c);
        } else if (n == 4 && (m.equals("POST") || m.equals("PUT"))) {
          return UserWrites.update(c, p[3], m.equals("POST"));
        } else if (n == 4 && m.equals("GET")) {
          return UsersApi.get(c, p[3]);
        } else if (n == 5 && m.equals("GET") && p[4].equals("roles")) {
          return UsersApi.roles(c, p[3]);
        } else if (n == 5 && m.equals("GET") && p[4].equals("factors")) {
          return UsersApi.factors(c, p[3]);
        } else if (n >= 5 && p[4].equals("factors")) {
          // Factors: /api/v1/users/{id}/factors[/catalog | /{factorId}[/lifecycle/activate]]
          if (n == 5 && m.equals("POST")) {
            return FactorsApi.enroll(c, p[3]);
          } else if (n == 6 && m.equals("GET") && p[5].equals("catalog")) {
            return FactorsApi.catalog(c, p[3]);
          } else if (n == 6 && m.equals("GET")) {
            return FactorsApi.get(c, p[3], p[5]);
          } else if (n == 6 && m.equals("DELETE")) {
            return FactorsApi.delete(c, p[3], p[5]);
          } else if (n == 8 && m.equals("POST") && p[6].equals("lifecycle") && p[7].equals("activate")) {
            return FactorsApi.activate(c, p[3], p[5]);
          }
          throw notFound(c);
        } else if (n == 5 && m.equals("GET") && p[4].equals("groups")) {
          return UsersApi.groups(c, p[3]);
        } else if (n == 5 && m.equals("GET") && p[4].equals("appLinks")) {
          return UsersApi.appLinks(c, p[3]);
        } else if (n == 7 && m.equals("GET") && p[4].equals("clients") && p[6].equals("grants")) {
          return UserGrants.forClient(c, p[3], p[5]);
        } else if (n == 6 && m.equals("POST") && p[4].equals("lifecycle") && PasswordLifecycle.serves(p[5])) {
          return PasswordLifecycle.serve(c, p[3], p[5]);
        } else if (n == 6 && m.equals("POST") && p[4].equals("lifecycle")) {
          return ChangesApi.lifecycle(c, p[3], p[5]);
        } else if (n == 4 && m.equals("DELETE")) {
          return UserRemoval.delete(c, p[3]);
        } else if (n == 5 && m.equals("DELETE") && p[4].equals("sessions")) {
          return UserRemoval.clearSessions(c, p[3]);
        } else if (n == 6 && m.equals("DELETE") && p[4].equals("roles")) {
          return UserRemoval.unassignRole(c, "USER", p[3], p[5]);
        }
      }
      case "groups" -> {
        // Group rules: /api/v1/groups/rules[/{id}[/lifecycle/{operation}]]
        if (n >= 4 && p[3].equals("rules")) {
          if (n == 4 && m.equals("GET")) {
            return GroupRulesApi.list(c);
          } else if (n == 4 && m.equals("POST")) {
            return GroupRulesApi.create(c);
          } else if (n == 5 && m.equals("GET")) {
            return GroupRulesApi.get(c, p[4]);
          } else if (n == 5 && m.equals("PUT")) {
            return GroupRulesApi.replace(c, p[4]);
          } else if (n == 5 && m.equals("DELETE")) {
            return GroupRulesApi.delete(c, p[4]);
          } else if (n == 7 && m.equals("POST") && p[5].equals("lifecycle")) {
            return GroupRulesApi.lifecycle(c, p[4], p[6]);
          }
          throw notFound(c);
        }
        if (n == 3 && m.equals("GET")) {
          return GroupsApi.list(c);
        } else if (n == 3 && m.equals("POST")) {
          return GroupWrites.create(c);
        } else if (n == 4 && m.equals("PUT") && !p[3].equals("rules")) {
          return GroupWrites.replace(c, p[3]);
        } else if (n == 4 && m.equals("DELETE") && !p[3].equals("rules")) {
          return GroupWrites.delete(c, p[3]);
        } else if (n == 4 && m.equals("GET")) {
          return GroupsApi.get(c, p[3]);
        } else if (n == 5 && m.equals("GET") && p[4].equals("users")) {
          return GroupsApi.users(c, p[3]);
        } else if (n == 5 && m.equals("GET") && p[4].equals("apps")) {
          return GroupsApi.apps(c, p[3]);
        } else if (n == 5 && m.equals("GET") && p[4].equals("roles")) {
          return GroupsApi.roles(c, p[3]);
        } else if (n == 5 && m.equals("GET") && p[4].equals("owners")) {
          return GroupOwnersApi.list(c, p[3]);
        } else if (n == 5 && m.equals("POST") && p[4].equals("owners")) {
          return GroupOwnersApi.assign(c, p[3]);
        } else if (n == 6 && m.equals("DELETE") && p[4].equals("owners")) {
          return GroupOwnersApi.remove(c, p[3], p[5]);
        } else if (n == 6 && p[4].equals("users") && (m.equals("PUT") || m.equals("DELETE"))) {
          return ChangesApi.groupMember(c, p[3], p[5], m.equals("PUT"));
        } else if (n == 6 && m.equals("DELETE") && p[4].equals("roles")) {
          return UserRemoval.unassignRole(c, "GROUP", p[3], p[5]);
        }
      }
      case "apps" -> {
        if (n == 3 && m.equals("GET")) {
          return AppsApi.list(c);
        } else if (n == 3 && m.equals("POST")) {
          return AppWrites.create(c);
        } else if (n == 4 && m.equals("DELETE")) {
          return AppWrites.delete(c, p[3]);
        } else if (n == 6 && m.equals("POST") && p[4].equals("lifecycle")) {
          return AppWrites.lifecycle(c, p[3], p[5]);
        } else if (n == 5 && m.equals("POST") && p[4].equals("users")) {
          return AppWrites.assignUser(c, p[3]);
        } else if (n == 4 && m.equals("GET")) {
          return AppsApi.get(c, p[3]);
        } else if (n == 5 && m.equals("GET") && p[4].equals("users")) {
          return AppsApi.users(c, p[3]);
        } else if (n == 5 && m.equals("GET") && p[4].equals("groups")) {
          return AppsApi.groups(c, p[3]);
        } else if (n == 5 && m.equals("GET") && p[4].equals("grants")) {
          return AppsApi.grants(c, p[3]);
        } else if (n == 6 && m.equals("DELETE") && p[4].equals("users")) {
          return ChangesApi.unassignAppUser(c, p[3], p[5]);
        } else if (n == 6 && m.equals("DELETE") && p[4].equals("groups")) {
          return ChangesApi.unassignAppGroup(c, p[3], p[5]);
        } else if (n == 6 && m.equals("DELETE") && p[4].equals("grants")) {
          return ChangesApi.revokeGrant(c, p[3], p[5]);
        }
      }
      case "api-tokens" -> {
        if (n == 3 && m.equals("GET")) {
          return TokensOrgIamApi.tokens(c);
        } else if (n == 4 && m.equals("GET")) {
          return TokensOrgIamApi.token(c, p[3]);
        } else if (n == 4 && m.equals("DELETE")) {
          return ChangesApi.revokeToken(c, p[3]);
        }
      }
      case "iam" -> {
        if (n == 5 && m.equals("GET") && p[3].equals("assignees") && p[4].equals("users")) {
          return TokensOrgIamApi.assignees(c);
        }
      }
      case "principal-rate-limits" -> {
        if (n == 3 && m.equals("GET")) {
          return PrincipalRateLimitsApi.list(c);
        } else if (n == 4 && m.equals("GET")) {
          return PrincipalRateLimitsApi.get(c, p[3]);
        }
      }
      case "org" -> {
        if (n == 3 && m.equals("GET")) {
          return TokensOrgIamApi.org(c);
        }
      }
      case "authenticators" -> {
        if (n == 3 && m.equals("GET")) {
          return FactorsApi.authenticators(c);
        }
      }
      case "logs" -> {
        if (n == 3 && m.equals("GET")) {
          return LogsApi.list(c);
        }
      }
      default -> throw notFound(c);
    }
    throw notFound(c);
  }

  /**
   * Recognises {@code …/{assignee}/roles/{roleAssignmentId}/targets/groups} (segments 6 and 7) or
   * {@code …/targets/catalog/apps} (segments 6 to 8).
   *
   * @return {@code true} for group targets, {@code false} for application targets, {@code null}
   *     for neither
   */
  private static @Nullable Boolean targets(String[] p) {
    if (p.length == 8 && p[6].equals("targets") && p[7].equals("groups")) {
      return true;
    }
    if (p.length == 9 && p[6].equals("targets") && p[7].equals("catalog") && p[8].equals("apps")) {
      return false;
    }
    return null;
  }

  private static OktaError notFound(RequestContext c) {
    return new OktaError(404, "E0000008", "The requested path was not found",
        List.of(c.method + " " + c.path + " is not served by this tenant."));
  }
}
