package dev.governance.testkit.okta.internal.json;

import dev.governance.testkit.okta.internal.state.AppRec;
import dev.governance.testkit.okta.internal.state.GroupRec;
import dev.governance.testkit.okta.internal.state.TenantState;
import dev.governance.testkit.okta.internal.state.UserRec;

/** Users, groups and applications in Okta's JSON shape. */
public final class EntityJson {
  private EntityJson() {}

  /**
   * Writes a user.
   *
   * @param j writer
   * @param u user
   * @param base org URL
   * @param single whether this is a single read (adds lifecycle links)
   */
  public static void user(Json j, UserRec u, String base, boolean single) {
    String self = base + "/api/v1/users/" + u.id;
    j.obj().str("id", u.id).str("status", u.status.name()).time("created", u.created)
        .time("activated", u.activated).time("statusChanged", u.statusChanged)
        .time("lastLogin", u.lastLogin).time("lastUpdated", u.lastUpdated)
        .time("passwordChanged", u.passwordChanged);
    j.obj("type").str("id", "oty1defaultusertype0g4").end();
    j.obj("profile").str("firstName", u.firstName).str("lastName", u.lastName)
        .str("mobilePhone", null).str("secondEmail", null).str("login", u.login)
        .str("email", u.email).fields(u.extra).end();
    j.obj("credentials").obj("password").end().obj("provider").str("type", "OKTA")
        .str("name", "OKTA").end().end();
    j.obj("_links").link("self", self);
    if (single) {
      j.link("type", base + "/api/v1/meta/types/user/oty1defaultusertype0g4");
      j.link("schema", base + "/api/v1/meta/schemas/user/osc1defaultuserschem0g4");
      switch (u.status) {
        case ACTIVE -> {
          post(j, "suspend", self + "/lifecycle/suspend");
          post(j, "deactivate", self + "/lifecycle/deactivate");
          post(j, "resetPassword", self + "/lifecycle/reset_password");
        }
        case SUSPENDED -> {
          post(j, "unsuspend", self + "/lifecycle/unsuspend");
          post(j, "deactivate", self + "/lifecycle/deactivate");
        }
        case DEPROVISIONED -> post(j, "activate", self + "/lifecycle/activate");
        default -> post(j, "deactivate", self + "/lifecycle/deactivate");
      }
    }
    j.end().end();
  }

  private static void post(Json j, String name, String href) {
    j.obj(name).str("href", href).str("method", "POST").end();
  }

  /**
   * Writes a group.
   *
   * @param j writer
   * @param g group
   * @param s tenant (for stats and source apps)
   * @param base org URL
   * @param stats whether to embed {@code stats}
   * @param hasAdminPrivilege stats value: whether the group holds an admin role, sent as Okta
   *     spells it in its specification, {@code hasAdminPrivlege}
   * @param expandApp whether to embed the source {@code app} of an app-sourced group
   */
  public static void group(Json j, GroupRec g, TenantState s, String base, boolean stats,
      boolean hasAdminPrivilege, boolean expandApp) {
    String self = base + "/api/v1/groups/" + g.id;
    j.obj().str("id", g.id).time("created", g.created).time("lastUpdated", g.lastUpdated)
        .time("lastMembershipUpdated", g.lastMembershipUpdated);
    j.arr("objectClass").str("okta:user_group").endArr();
    j.str("type", g.type.name());
    j.obj("profile").str("name", g.name).opt("description", g.description).fields(g.extra).end();
    boolean app = expandApp && g.sourceApp >= 0;
    stats &= !g.statsWithheld;
    if (stats || app) {
      j.obj("_embedded");
      if (stats) {
        j.obj("stats").num("usersCount", g.members.size()).num("appsCount", g.apps.size())
            .num("groupPushMappingsCount", 0).bool("hasAdminPrivlege", hasAdminPrivilege).end();
      }
      if (app) {
        AppRec a = s.apps().get(g.sourceApp);
        j.obj("app").str("id", a.id).str("name", a.name).str("label", a.label)
            .str("signOnMode", a.signOnMode).end();
      }
      j.end();
    }
    j.obj("_links");
    j.arr("logo");
    j.obj().str("name", "medium").str("href", base + "/assets/img/logos/groups/okta-medium.png")
        .str("type", "image/png").end();
    j.obj().str("name", "large").str("href", base + "/assets/img/logos/groups/okta-large.png")
        .str("type", "image/png").end();
    j.endArr();
    if (g.sourceApp >= 0) {
      j.link("source", base + "/api/v1/apps/" + s.apps().get(g.sourceApp).id);
    }
    j.link("users", self + "/users").link("apps", self + "/apps").link("self", self);
    j.end().end();
  }

  /**
   * Writes an application.
   *
   * @param j writer
   * @param a app
   * @param s tenant
   * @param base org URL
   */
  public static void app(Json j, AppRec a, TenantState s, String base) {
    String self = base + "/api/v1/apps/" + a.id;
    j.obj().str("id", a.id).str("orn", "orn:okta:idp:" + s.orgId + ":apps:" + a.name + ":" + a.id)
        .str("name", a.name).str("label", a.label).str("status", a.status.name())
        .time("lastUpdated", a.lastUpdated).time("created", a.created);
    j.obj("accessibility").bool("selfService", false).end();
    j.obj("visibility").bool("autoSubmitToolbar", false).bool("autoLaunch", false);
    j.obj("hide").bool("iOS", false).bool("web", false).end();
    j.obj("appLinks").bool(a.name + "_link", true).end().end();
    j.arr("features").endArr();
    j.str("signOnMode", a.signOnMode);
    j.obj("credentials");
    if ("OPENID_CONNECT".equals(a.signOnMode)) {
      j.obj("oauthClient").bool("autoKeyRotation", true).str("client_id", a.id)
          .str("token_endpoint_auth_method", a.serviceClient ? "private_key_jwt" : "client_secret_basic")
          .end();
    } else {
      j.obj("userNameTemplate").str("template", "${source.login}").str("type", "BUILT_IN").end();
      j.obj("signing").str("kid", "sig" + a.id.substring(3, 12)).end();
    }
    j.end();
    j.obj("settings").obj("app").end().obj("notifications").obj("vpn").obj("network")
        .str("connection", "DISABLED").end().end().end();
    if ("OPENID_CONNECT".equals(a.signOnMode)) {
      j.obj("oauthClient");
      j.arr("grant_types").str(a.serviceClient ? "client_credentials" : "authorization_code")
          .endArr();
      j.arr("response_types").str(a.serviceClient ? "token" : "code").endArr();
      j.str("application_type", a.serviceClient ? "service" : "web");
      if (!a.serviceClient) {
        j.arr("redirect_uris").str("https://app.example.com/callback").endArr();
      }
      j.end();
    }
    j.end();
    j.obj("_links");
    j.arr("appLinks").obj().str("name", a.name + "_link").str("href", base + "/home/" + a.name
        + "/" + a.id).str("type", "text/html").end().endArr();
    j.link("users", self + "/users").link("groups", self + "/groups").link("self", self);
    post(j, a.status == dev.governance.testkit.okta.AppStatus.ACTIVE ? "deactivate" : "activate",
        self + "/lifecycle/" + (a.status == dev.governance.testkit.okta.AppStatus.ACTIVE ? "deactivate" : "activate"));
    j.end().end();
  }
}
