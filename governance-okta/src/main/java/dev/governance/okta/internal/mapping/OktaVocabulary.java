package dev.governance.okta.internal.mapping;

import dev.governance.core.model.AccessMode;
import dev.governance.core.model.AppProtocol;
import dev.governance.core.model.FactorStrength;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.PrivilegeLevel;
import dev.governance.okta.catalog.StandardAdminRole;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Okta's own values mapped to the model's neutral categories; the one home of that mapping. The
 * values are those of the enums {@code UserStatus}, {@code UserFactorType}, {@code
 * ApplicationSignOnMode} and {@code RoleType} of Okta's management API (docs/okta-facts.md, "The
 * vocabulary"); a value Okta adds later maps to {@code UNKNOWN}, and the raw value is kept beside
 * the category.
 */
public final class OktaVocabulary {

  private OktaVocabulary() {}

  /**
   * Maps a user's {@code status}.
   *
   * @param status e.g. {@code LOCKED_OUT}
   * @return the category
   */
  public static IdentityStatus identityStatus(@Nullable String status) {
    return switch (key(status)) {
      case "ACTIVE", "RECOVERY", "PASSWORD_EXPIRED" -> IdentityStatus.ACTIVE;
      case "STAGED", "PROVISIONED" -> IdentityStatus.PENDING;
      case "LOCKED_OUT" -> IdentityStatus.LOCKED;
      case "SUSPENDED" -> IdentityStatus.SUSPENDED;
      case "DEPROVISIONED" -> IdentityStatus.DEACTIVATED;
      default -> IdentityStatus.UNKNOWN;
    };
  }

  /**
   * Maps an application's {@code signOnMode}.
   *
   * @param mode e.g. {@code SAML_2_0}
   * @return the category
   */
  public static AppProtocol protocol(@Nullable String mode) {
    return switch (key(mode)) {
      case "SAML_1_1", "SAML_2_0" -> AppProtocol.SAML;
      case "OPENID_CONNECT" -> AppProtocol.OPENID_CONNECT;
      case "WS_FEDERATION" -> AppProtocol.WS_FEDERATION;
      case "AUTO_LOGIN", "BASIC_AUTH", "BROWSER_PLUGIN", "SECURE_PASSWORD_STORE" ->
          AppProtocol.PASSWORD_VAULT;
      case "BOOKMARK" -> AppProtocol.BOOKMARK;
      default -> AppProtocol.UNKNOWN;
    };
  }

  /**
   * Maps a factor's {@code factorType}. A {@code web} factor (Duo, for one) lets its provider
   * choose the method, so its strength is not known.
   *
   * @param type e.g. {@code token:software:totp}
   * @return the strength class
   */
  public static FactorStrength strength(@Nullable String type) {
    return switch (key(type)) {
      case "WEBAUTHN", "U2F" -> FactorStrength.PHISHING_RESISTANT;
      case "SIGNED_NONCE" -> FactorStrength.DEVICE_BOUND;
      case "PUSH" -> FactorStrength.PUSH;
      case "TOKEN", "TOKEN_HARDWARE", "TOKEN_HOTP", "TOKEN_SOFTWARE_TOTP" -> FactorStrength.OTP;
      case "SMS", "CALL", "EMAIL" -> FactorStrength.OUT_OF_BAND;
      case "QUESTION" -> FactorStrength.KNOWLEDGE;
      default -> FactorStrength.UNKNOWN;
    };
  }

  /**
   * Maps a standard admin role's {@code type}. The Super Administrator alone may grant admin
   * roles; the Organization Administrator and every other standard role change part of the org;
   * the Read-only and Report Administrators change nothing.
   *
   * @param type e.g. {@code ORG_ADMIN}; {@code CUSTOM} for a custom role
   * @return the level, {@link PrivilegeLevel#UNKNOWN} for a type this version does not know
   */
  public static PrivilegeLevel privilege(@Nullable String type) {
    if ("CUSTOM".equals(type)) {
      return PrivilegeLevel.CUSTOM;
    }
    return StandardAdminRole.fromType(type == null ? "" : type)
        .map(role -> switch (role) {
          case SUPER_ADMIN -> PrivilegeLevel.TENANT_ADMIN;
          case READ_ONLY_ADMIN, REPORT_ADMIN -> PrivilegeLevel.READ_ONLY_ADMIN;
          case ORG_ADMIN, APP_ADMIN, USER_ADMIN, GROUP_MEMBERSHIP_ADMIN, HELP_DESK_ADMIN,
              API_ACCESS_MANAGEMENT_ADMIN, MOBILE_ADMIN, ACCESS_CERTIFICATIONS_ADMIN,
              ACCESS_REQUESTS_ADMIN, WORKFLOWS_ADMIN -> PrivilegeLevel.SCOPED_ADMIN;
        })
        .orElse(PrivilegeLevel.UNKNOWN);
  }

  /**
   * Maps an OAuth scope of Okta's API to whether it lets its holder write: Okta names scopes
   * {@code okta.<resource>.manage} (create, change, delete) and {@code okta.<resource>.read}, some
   * with a suffix such as {@code .self}.
   *
   * @param scope e.g. {@code okta.users.manage.self}
   * @return {@link AccessMode#WRITE} for a {@code manage} scope, {@link AccessMode#READ} for a
   *     {@code read} scope, else {@link AccessMode#UNKNOWN}
   */
  public static AccessMode scopeAccess(String scope) {
    String[] parts = scope.split("\\.");
    for (String part : parts) {
      if (part.equals("manage")) {
        return AccessMode.WRITE;
      }
    }
    for (String part : parts) {
      if (part.equals("read")) {
        return AccessMode.READ;
      }
    }
    return AccessMode.UNKNOWN;
  }

  private static String key(@Nullable String value) {
    return value == null ? "" : value.trim().toUpperCase(Locale.ROOT).replace(':', '_')
        .replace('-', '_');
  }
}
