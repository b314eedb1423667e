package dev.governance.core.internal;

import static dev.governance.core.internal.JsonFields.optText;
import static dev.governance.core.internal.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.core.model.AccessMode;
import dev.governance.core.model.AppProtocol;
import dev.governance.core.model.FactorStrength;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.PrivilegeLevel;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the values of the model's first JSON format (snapshot format version 1, report schema
 * version 1), which held one value where the current format holds a neutral category beside the
 * provider's raw value.
 *
 * <p>Version 1 wrote the names of the model's former enums ({@code IdentityStatus}, {@code
 * SignOnMode}, {@code RoleType}, {@code FactorType}) and derived a scope grant's access from its
 * name. This class maps those names to the categories, once, so that files written by earlier
 * releases read as they did; the raw value of such a file is the name it holds.
 *
 * <p>It also makes the choice between the versions for {@link ModelJsonReader}: since version 2
 * each neutral value is written beside its raw value, so an object that holds the version-2 field
 * is read from it, and one that holds only the former enum's name is mapped here.
 */
public final class ModelJsonV1 {

  private ModelJsonV1() {}

  /**
   * Maps a version-1 identity status.
   *
   * @param status e.g. {@code DEPROVISIONED}
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
   * Maps a version-1 sign-on mode.
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
   * Maps a version-1 role type.
   *
   * @param type e.g. {@code SUPER_ADMIN}
   * @return the privilege level
   */
  public static PrivilegeLevel privilege(@Nullable String type) {
    return switch (key(type)) {
      case "SUPER_ADMIN" -> PrivilegeLevel.TENANT_ADMIN;
      case "READ_ONLY_ADMIN", "REPORT_ADMIN" -> PrivilegeLevel.READ_ONLY_ADMIN;
      case "CUSTOM" -> PrivilegeLevel.CUSTOM;
      case "ORG_ADMIN", "APP_ADMIN", "USER_ADMIN", "GROUP_MEMBERSHIP_ADMIN", "HELP_DESK_ADMIN",
          "API_ACCESS_MANAGEMENT_ADMIN", "MOBILE_ADMIN", "ACCESS_CERTIFICATIONS_ADMIN",
          "ACCESS_REQUESTS_ADMIN", "WORKFLOWS_ADMIN" -> PrivilegeLevel.SCOPED_ADMIN;
      default -> PrivilegeLevel.UNKNOWN;
    };
  }

  /**
   * Maps a version-1 factor type.
   *
   * @param type e.g. {@code TOKEN_SOFTWARE_TOTP}
   * @return the strength class
   */
  public static FactorStrength strength(@Nullable String type) {
    return switch (key(type)) {
      case "WEBAUTHN", "U2F" -> FactorStrength.PHISHING_RESISTANT;
      case "SIGNED_NONCE" -> FactorStrength.DEVICE_BOUND;
      case "PUSH" -> FactorStrength.PUSH;
      case "TOKEN", "TOKEN_HARDWARE", "TOKEN_HOTP", "TOKEN_SOFTWARE_TOTP", "WEB" -> FactorStrength.OTP;
      case "SMS", "CALL", "EMAIL" -> FactorStrength.OUT_OF_BAND;
      case "QUESTION" -> FactorStrength.KNOWLEDGE;
      default -> FactorStrength.UNKNOWN;
    };
  }

  /**
   * Derives a version-1 scope grant's access from its scope's name, as version 1 did.
   *
   * @param scope e.g. {@code okta.users.manage}
   * @return {@link AccessMode#WRITE} for a scope ending in {@code .manage}, else {@link
   *     AccessMode#READ}
   */
  public static AccessMode access(String scope) {
    return scope.endsWith(".manage") ? AccessMode.WRITE : AccessMode.READ;
  }

  /**
   * Returns a raw value for a version-1 value, which may be missing.
   *
   * @param value the value written, or {@code null}
   * @return the value, or {@code UNKNOWN}
   */
  public static String raw(@Nullable String value) {
    return value == null || value.isBlank() ? "UNKNOWN" : value;
  }

  // The choice between the versions, field by field, for ModelJsonReader.

  static IdentityStatus identityStatus(JsonNode node) {
    return node.has("rawStatus") ? IdentityStatus.parse(text(node, "status"))
        : identityStatus(text(node, "status"));
  }

  static String rawStatus(JsonNode node) {
    return node.has("rawStatus") ? text(node, "rawStatus") : raw(text(node, "status"));
  }

  static AppProtocol protocol(JsonNode node) {
    return node.has("protocol") ? AppProtocol.parse(text(node, "protocol"))
        : protocol(optText(node, "signOnMode"));
  }

  static PrivilegeLevel privilege(JsonNode node) {
    return node.has("privilege") ? PrivilegeLevel.parse(text(node, "privilege"))
        : privilege(optText(node, "type"));
  }

  static String providerType(JsonNode node) {
    return node.has("providerType") ? text(node, "providerType") : raw(optText(node, "type"));
  }

  static FactorStrength strength(JsonNode node) {
    return node.has("strength") ? FactorStrength.parse(text(node, "strength"))
        : strength(optText(node, "type"));
  }

  static String rawFactorType(JsonNode node) {
    return node.has("rawType") ? text(node, "rawType") : raw(optText(node, "type"));
  }

  static AccessMode access(JsonNode scopeGrant) {
    return scopeGrant.hasNonNull("access") ? AccessMode.parse(text(scopeGrant, "access"))
        : access(text(scopeGrant, "scope"));
  }

  private static String key(@Nullable String value) {
    return value == null ? "" : value.trim().toUpperCase(Locale.ROOT).replace('-', '_')
        .replace(':', '_').replace(' ', '_');
  }
}
