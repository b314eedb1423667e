package dev.governance.testkit.okta.internal.http;

import dev.governance.testkit.okta.internal.auth.Perm;
import dev.governance.testkit.okta.internal.json.EntityJson;
import dev.governance.testkit.okta.internal.json.Json;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.UserRec;

/**
 * The password operations under {@code /api/v1/users/{id}/lifecycle/}: {@code expire_password}
 * (answers the {@code User}), {@code expire_password_with_temp_password} (answers {@code
 * {"tempPassword": …}}) and {@code reset_password} ({@code sendEmail} required; {@code false}
 * answers {@code {"resetPasswordUrl": …}}). Each needs {@code okta.users.manage} and an admin role
 * that manages the user; {@code revokeSessions} is accepted.
 */
final class PasswordLifecycle {
  private PasswordLifecycle() {}

  /**
   * Tells whether an operation is one of these.
   *
   * @param operation the last path segment
   * @return whether this class serves it
   */
  static boolean serves(String operation) {
    return switch (operation) {
      case "expire_password", "expire_password_with_temp_password", "reset_password" -> true;
      default -> false;
    };
  }

  static Reply serve(RequestContext c, String userId, String operation) {
    c.requireScope(Perm.USERS_MANAGE);
    UserRec u = UsersApi.find(c, userId);
    if (!c.userVisible(Perm.USERS_MANAGE, u)) {
      throw c.access().anywhere(Perm.USERS_MANAGE) ? OktaError.notFound(userId + " (User)")
          : OktaError.forbidden();
    }
    switch (operation) {
      case "expire_password" -> {
        c.changes().expirePassword(c.actor(), u, false);
        Json j = c.json();
        EntityJson.user(j, u, c.base, true);
        return Reply.ok(j.bytes());
      }
      case "expire_password_with_temp_password" -> {
        c.changes().expirePassword(c.actor(), u, true);
        return Reply.ok(c.json().obj().str("tempPassword", c.state.ids().secret(10)).end().bytes());
      }
      default -> {
        String sendEmail = c.q("sendEmail");
        if (sendEmail == null) {
          throw OktaError.validation("sendEmail: the parameter is required (true or false).");
        }
        c.changes().resetPassword(c.actor(), u);
        Json j = c.json().obj();
        if (!"true".equalsIgnoreCase(sendEmail)) {
          j.str("resetPasswordUrl", c.base + "/reset_password/" + c.state.ids().secret(20));
        }
        return Reply.ok(j.end().bytes());
      }
    }
  }
}
