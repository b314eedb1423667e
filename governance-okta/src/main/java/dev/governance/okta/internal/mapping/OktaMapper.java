package dev.governance.okta.internal.mapping;

import com.okta.sdk.resource.model.ApiTokenNetwork;
import com.okta.sdk.resource.model.GroupRuleConditions;
import com.okta.sdk.resource.model.OAuth2ScopeConsentGrant;
import com.okta.sdk.resource.model.User;
import com.okta.sdk.resource.model.UserFactor;
import com.okta.sdk.resource.model.UserProfile;
import dev.governance.core.model.ApiToken;
import dev.governance.core.model.LastUse;
import dev.governance.core.model.LastUseSource;
import dev.governance.core.model.Application;
import dev.governance.core.model.ApplicationStatus;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.AuthFactor;
import dev.governance.core.model.ConsentSource;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.FactorStatus;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.GroupType;
import dev.governance.core.model.Identity;
import dev.governance.core.model.NetworkRestriction;
import dev.governance.core.model.Provenance;
import dev.governance.core.model.RuleStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Okta SDK model → provider-neutral model. Stateless. */
public final class OktaMapper {

  private OktaMapper() {}

  /**
   * Maps a user.
   *
   * @param u the SDK user
   * @return the identity
   */
  public static Identity identity(User u) {
    UserProfile p = u.getProfile();
    String login = p == null || p.getLogin() == null ? u.getId() : p.getLogin();
    Map<String, Object> attributes = new LinkedHashMap<>();
    String displayName = null;
    String email = null;
    if (p != null) {
      email = p.getEmail();
      displayName = p.getDisplayName();
      if (displayName == null && (p.getFirstName() != null || p.getLastName() != null)) {
        displayName = ((p.getFirstName() == null ? "" : p.getFirstName()) + " "
            + (p.getLastName() == null ? "" : p.getLastName())).trim();
      }
      putIfPresent(attributes, "department", p.getDepartment());
      putIfPresent(attributes, "title", p.getTitle());
      putIfPresent(attributes, "employeeNumber", p.getEmployeeNumber());
      putIfPresent(attributes, "managerId", p.getManagerId());
      putIfPresent(attributes, "manager", p.getManager());
      putIfPresent(attributes, "userType", p.getUserType());
      putIfPresent(attributes, "organization", p.getOrganization());
      putIfPresent(attributes, "division", p.getDivision());
      putIfPresent(attributes, "costCenter", p.getCostCenter());
      if (p.getAdditionalProperties() != null) {
        p.getAdditionalProperties().forEach((k, v) -> attributes.put(k, v));
      }
    }
    String status = u.getStatus() == null ? null : u.getStatus().getValue();
    return new Identity(
        u.getId(), login, email, displayName,
        OktaVocabulary.identityStatus(status), status == null ? "UNKNOWN" : status,
        instant(u.getCreated()), instant(u.getActivated()), instant(u.getLastLogin()),
        instant(u.getLastUpdated()), attributes(attributes));
  }

  /**
   * Maps a group.
   *
   * @param g the SDK group
   * @return the group
   */
  public static Group group(com.okta.sdk.resource.model.Group g) {
    var p = g.getProfile();
    Map<String, Object> attributes = new LinkedHashMap<>();
    String name = g.getId();
    String description = null;
    if (p != null) {
      name = p.getName() == null ? g.getId() : p.getName();
      description = p.getDescription();
      putIfPresent(attributes, "dn", p.getDn());
      putIfPresent(attributes, "samAccountName", p.getSamAccountName());
      putIfPresent(attributes, "windowsDomainQualifiedName", p.getWindowsDomainQualifiedName());
      putIfPresent(attributes, "externalId", p.getExternalId());
      if (p.getAdditionalProperties() != null) {
        p.getAdditionalProperties().forEach(attributes::put);
      }
    }
    String source = null;
    if (g.getLinks() != null && g.getLinks().getSource() != null) {
      source = lastSegment(g.getLinks().getSource().getHref());
    }
    return new Group(
        g.getId(), name, description, groupType(g.getType() == null ? null : g.getType().getValue()),
        source, instant(g.getCreated()), instant(g.getLastUpdated()),
        instant(g.getLastMembershipUpdated()), attributes(attributes));
  }

  /**
   * Maps Okta's group type.
   *
   * @param oktaType {@code OKTA_GROUP}, {@code APP_GROUP}, {@code BUILT_IN} or anything else
   * @return the neutral type
   */
  public static GroupType groupType(@Nullable String oktaType) {
    if (oktaType == null) {
      return GroupType.UNKNOWN;
    }
    return switch (oktaType) {
      case "OKTA_GROUP" -> GroupType.NATIVE;
      case "APP_GROUP" -> GroupType.APPLICATION_SOURCED;
      case "BUILT_IN" -> GroupType.BUILT_IN;
      default -> GroupType.UNKNOWN;
    };
  }

  /**
   * Reads the statistics {@code expand=stats} embeds in a group.
   *
   * @param g the SDK group
   * @return the statistics, or empty when the group carries none
   */
  public static Optional<GroupStats> stats(com.okta.sdk.resource.model.Group g) {
    Map<String, Object> embedded = g.getEmbedded();
    if (embedded == null || !(embedded.get("stats") instanceof Map<?, ?> stats)) {
      return Optional.empty();
    }
    return Optional.of(new GroupStats(
        count(stats.get("usersCount")), count(stats.get("appsCount")),
        Boolean.TRUE.equals(stats.get("hasAdminPrivilege"))
            || Boolean.TRUE.equals(stats.get("hasAdminPrivlege"))));
  }

  /**
   * Maps an application.
   *
   * @param a the SDK application (a subclass chosen by its sign-on mode)
   * @return the application
   */
  public static Application application(com.okta.sdk.resource.model.Application a) {
    String mode = a.getSignOnMode() == null ? null : a.getSignOnMode().getValue();
    String name = applicationName(a).orElse(a.getLabel() == null ? a.getId() : a.getLabel());
    boolean oauth = "OPENID_CONNECT".equals(mode) || "oidc_client".equals(name);
    return new Application(
        a.getId(), name, a.getLabel() == null ? name : a.getLabel(),
        ApplicationStatus.parse(a.getStatus() == null ? null : a.getStatus().getValue()),
        OktaVocabulary.protocol(mode), mode == null ? "UNKNOWN" : mode, instant(a.getCreated()), instant(a.getLastUpdated()), oauth,
        Attributes.empty());
  }

  /**
   * Returns the client id of an OAuth service app: an OpenID Connect client whose {@code
   * settings.oauthClient.application_type} is {@code service}, which can hold admin roles. The
   * client id is {@code credentials.oauthClient.client_id}, which an app may be created with; the
   * app's id when absent.
   *
   * @param a the SDK application
   * @return the client id, or empty for any other application
   */
  public static Optional<String> serviceClientId(com.okta.sdk.resource.model.Application a) {
    if (!(a instanceof com.okta.sdk.resource.model.OpenIdConnectApplication oidc)) {
      return Optional.empty();
    }
    var settings = oidc.getSettings();
    if (settings == null || settings.getOauthClient() == null || settings.getOauthClient().getApplicationType()
        != com.okta.sdk.resource.model.OpenIdConnectApplicationType.SERVICE) {
      return Optional.empty();
    }
    var credentials = oidc.getCredentials();
    String clientId = credentials == null || credentials.getOauthClient() == null
        ? null : credentials.getOauthClient().getClientId();
    return Optional.of(clientId == null || clientId.isBlank() ? a.getId() : clientId);
  }

  private static Optional<String> applicationName(com.okta.sdk.resource.model.Application a) {
    try {
      Object name = a.getClass().getMethod("getName").invoke(a);
      return Optional.ofNullable(name).map(Object::toString).filter(s -> !s.isBlank());
    } catch (ReflectiveOperationException e) {
      return Optional.empty();
    }
  }

  /**
   * Maps a row of an application's users: scope {@code USER} is a direct assignment, scope {@code
   * GROUP} one inherited through a group Okta does not name.
   *
   * @param row the row, read as its id and scope
   * @param applicationId the application
   * @return the assignment
   */
  public static Grant.AppAssignment appAssignment(OktaRef row, String applicationId) {
    return new Grant.AppAssignment(EntityKind.IDENTITY, row.id(), applicationId,
        row.inherited() ? Provenance.viaUnnamedGroup() : Provenance.direct());
  }

  /**
   * Maps an API token.
   *
   * @param t the SDK token
   * @return the token
   */
  public static ApiToken apiToken(com.okta.sdk.resource.model.ApiToken t) {
    ApiTokenNetwork n = t.getNetwork();
    NetworkRestriction network = n == null || n.getConnection() == null
        ? NetworkRestriction.anywhere()
        : new NetworkRestriction(n.getConnection(),
            n.getInclude() == null ? Set.of() : Set.copyOf(n.getInclude()),
            n.getExclude() == null ? Set.of() : Set.copyOf(n.getExclude()));
    Instant expires = instant(t.getExpiresAt());
    Duration window = tokenWindow(t.getTokenWindow());
    LastUse lastUse = expires == null || window == null ? null
        : new LastUse(expires.minus(window), LastUseSource.EXPIRY);
    return new ApiToken(t.getId(), t.getName() == null ? t.getId() : t.getName(), t.getUserId(),
        t.getClientName(), instant(t.getCreated()), expires, instant(t.getLastUpdated()), network, lastUse);
  }

  /** Okta's API token window when a token does not name one: "The 30-day period is currently fixed". */
  public static final Duration DEFAULT_TOKEN_WINDOW = Duration.ofDays(30);

  /**
   * Reads a token's {@code tokenWindow}, an ISO-8601 duration such as {@code P30D} or {@code PT5M}.
   *
   * @param raw the value, or {@code null} when Okta sent none
   * @return the window (Okta's fixed 30 days when none was sent), or {@code null} if it is not a
   *     duration of days, hours, minutes and seconds
   */
  public static @Nullable Duration tokenWindow(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return DEFAULT_TOKEN_WINDOW;
    }
    try {
      Duration d = Duration.parse(raw.strip());
      return d.isNegative() || d.isZero() ? null : d;
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Maps a factor.
   *
   * @param f the SDK factor
   * @param identityId its user
   * @return the factor
   */
  public static AuthFactor factor(UserFactor f, String identityId) {
    String type = f.getFactorType() == null ? null : f.getFactorType().getValue();
    return new AuthFactor(f.getId(), identityId,
        OktaVocabulary.strength(type), type == null ? "UNKNOWN" : type,
        f.getProvider() == null ? null : f.getProvider().getValue(),
        FactorStatus.parse(f.getStatus() == null ? null : f.getStatus().getValue()),
        instant(f.getCreated()), instant(f.getLastUpdated()));
  }

  /**
   * Maps a group rule.
   *
   * @param r the SDK rule
   * @return the rule
   */
  public static GroupRule groupRule(com.okta.sdk.resource.model.GroupRule r) {
    List<String> targets = r.getActions() == null || r.getActions().getAssignUserToGroups() == null
        || r.getActions().getAssignUserToGroups().getGroupIds() == null
        ? List.of() : r.getActions().getAssignUserToGroups().getGroupIds();
    GroupRuleConditions c = r.getConditions();
    String expression = c == null || c.getExpression() == null ? null : c.getExpression().getValue();
    Set<String> excluded = c == null || c.getPeople() == null || c.getPeople().getUsers() == null
        || c.getPeople().getUsers().getExclude() == null
        ? Set.of() : Set.copyOf(c.getPeople().getUsers().getExclude());
    return new GroupRule(r.getId(), r.getName() == null ? r.getId() : r.getName(),
        RuleStatus.parse(r.getStatus() == null ? null : r.getStatus().getValue()), targets, expression, excluded);
  }

  /**
   * Maps an OAuth scope consent grant; revoked grants map to nothing.
   *
   * @param g the SDK grant
   * @param applicationId the application it was listed for
   * @return the grant, or empty when revoked
   */
  public static Optional<Grant.ScopeGrant> scopeGrant(OAuth2ScopeConsentGrant g, String applicationId) {
    if (g.getStatus() != null && "REVOKED".equals(g.getStatus().getValue())) {
      return Optional.empty();
    }
    ConsentSource source = ConsentSource.parse(g.getSource() == null ? null : g.getSource().getValue());
    return Optional.of(new Grant.ScopeGrant(applicationId, g.getScopeId(),
        OktaVocabulary.scopeAccess(g.getScopeId()), g.getIssuer() == null ? "unknown" : g.getIssuer(), g.getId(), source,
        source == ConsentSource.END_USER ? g.getUserId() : null, instant(g.getCreated()), Provenance.direct()));
  }

  private static Attributes attributes(Map<String, Object> raw) {
    Map<String, Object> supported = new LinkedHashMap<>();
    raw.forEach((k, v) -> {
      if (k != null && !k.isBlank() && v != null && !(v instanceof Map)) {
        supported.put(k, v instanceof List<?> l && l.stream().anyMatch(x -> x instanceof Map || x instanceof List)
            ? String.valueOf(v) : v);
      }
    });
    return Attributes.of(supported);
  }

  private static void putIfPresent(Map<String, Object> map, String key, String value) {
    if (value != null && !value.isBlank()) {
      map.put(key, value);
    }
  }

  private static int count(@Nullable Object value) {
    return value instanceof Number n ? n.intValue() : 0;
  }

  private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  static @Nullable String lastSegment(@Nullable String href) {
    if (href == null || href.isBlank()) {
      return null;
    }
    String h = href.endsWith("/") ? href.substring(0, href.length() - 1) : href;
    return h.substring(h.lastIndexOf('/') + 1);
  }
}
