package dev.governance.okta;

import dev.governance.okta.catalog.OktaScope;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.ActionAccess;
import dev.governance.core.spi.CollectionAccess;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.Preflight;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells what a set of credentials can do, before any call to Okta: which collections can be read,
 * which lifecycle actions applied, the resulting {@link AccessLevel}, what is missing for the next
 * level, and, in plain words, what the user loses.
 *
 * <p>Okta checks two sides, and so does this class. {@link #ofScopes(Collection)} evaluates the
 * OAuth scopes granted to a service app; {@link #ofAdminRoles(Collection)} evaluates the admin
 * roles behind an API token (or assigned to a service app). A service app needs both, which {@link
 * Result#and(Result)} combines.
 *
 * <pre>{@code
 * ScopeCheck.Result result = ScopeCheck.ofScopes("okta.users.read okta.apps.read");
 * result.level();               // PARTIAL
 * result.missingForNextLevel().scopes(); // [okta.groups.read, okta.roles.read]
 * result.losses();              // ["Without okta.groups.read, groups are not visible, ...", ...]
 * }</pre>
 *
 * @since 0.1
 */
public final class ScopeCheck {

  /** Which side of Okta's checks a result describes. */
  public enum Basis {
    /** The OAuth scopes granted to a service app. */
    OAUTH_SCOPES,
    /** The admin roles of an API token's owner or of a service app. */
    ADMIN_ROLES,
    /** Both: a service app's scopes and its admin roles. */
    SCOPES_AND_ROLES
  }

  /** Whether one collection may be read or one kind of action applied. Ordered best first. */
  public enum Status {
    /** Allowed on the whole org. */
    ALLOWED,
    /** Allowed on part of the org only: the explanation says which part. */
    LIMITED,
    /** Not allowed: the missing scopes or permissions say what to grant. */
    MISSING
  }

  /**
   * What to grant: OAuth scopes to a service app, admin permissions to a custom role. Kept apart
   * because Okta uses the same names for some scopes and permissions ({@code okta.users.read}).
   *
   * @param scopes OAuth scope names, in {@link OktaScope} order
   * @param permissions admin permission names, sorted
   */
  public record Missing(List<String> scopes, List<String> permissions) {

    private static final Missing NOTHING = new Missing(List.of(), List.of());

    /** Validates and copies the lists. */
    public Missing {
      scopes = List.copyOf(scopes);
      permissions = List.copyOf(permissions);
    }

    /**
     * Returns the empty value.
     *
     * @return nothing missing
     */
    public static Missing nothing() {
      return NOTHING;
    }

    /**
     * Tells whether nothing is missing.
     *
     * @return {@code true} if both lists are empty
     */
    public boolean isEmpty() {
      return scopes.isEmpty() && permissions.isEmpty();
    }

    /**
     * Returns the scopes, then the permissions, for messages.
     *
     * @return all names
     */
    public List<String> all() {
      return distinct(scopes, permissions);
    }

    /**
     * Returns both values together, without duplicates; a read scope is dropped when the manage
     * scope of the same resource is listed.
     *
     * @param other the other value
     * @return the union
     */
    public Missing plus(Missing other) {
      Set<OktaScope> union = EnumSet.noneOf(OktaScope.class);
      distinct(scopes, other.scopes)
          .forEach(name -> OktaScope.fromValue(name).ifPresent(union::add));
      List<String> unknown =
          distinct(scopes, other.scopes).stream()
              .filter(name -> OktaScope.fromValue(name).isEmpty())
              .toList();
      return new Missing(
          distinct(OktaPermissions.names(ScopeEvaluator.minimal(union)), unknown),
          List.copyOf(new TreeSet<>(distinct(permissions, other.permissions))));
    }
  }

  /**
   * The check's verdict on one collection: whether the credentials may read it on the whole org,
   * on part of it, or not at all, and what to grant. {@link Result#toPreflight} turns it into the
   * connector-neutral {@link CollectionAccess}, where a limited collection counts as readable.
   *
   * @param collection the collection
   * @param status allowed, limited or missing
   * @param missing what to grant, empty unless missing
   * @param explanation what is lost or limited, empty when allowed
   */
  public record CollectionVerdict(
      InventoryCollection collection, Status status, Missing missing, String explanation) {
    /** Validates the fields. */
    public CollectionVerdict {
      Objects.requireNonNull(collection, "collection");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(missing, "missing");
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /**
   * The check's verdict on one kind of lifecycle action: whether the credentials may apply it on
   * the whole org, on part of it, or not at all, and what to grant. {@link Result#toPreflight}
   * turns it into the connector-neutral {@link ActionAccess}, where a limited action counts as
   * permitted.
   *
   * @param kind the kind of action
   * @param status allowed, limited or missing
   * @param missing what to grant, empty unless missing
   * @param explanation why not, or what limits it; empty when allowed
   */
  public record ActionVerdict(
      LifecycleAction.Kind kind, Status status, Missing missing, String explanation) {
    /** Validates the fields. */
    public ActionVerdict {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(missing, "missing");
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /**
   * The outcome of a check.
   *
   * @param basis which side of Okta's checks it describes
   * @param level the access level reached
   * @param collections one entry per inventory collection, in {@link InventoryCollection} order
   * @param actions one entry per kind of lifecycle action, in {@link LifecycleAction.Kind} order
   * @param nextLevel the next level up, empty at {@link AccessLevel#LIFECYCLE}
   * @param missingForNextLevel what to grant to reach {@code nextLevel}
   * @param advice what to grant to reach {@code nextLevel}, in one sentence; empty at the top
   * @param losses what the user loses, one sentence per missing or limited item
   * @param notices remarks on the input, such as scope names Okta does not have
   */
  public record Result(
      Basis basis,
      AccessLevel level,
      List<CollectionVerdict> collections,
      List<ActionVerdict> actions,
      Optional<AccessLevel> nextLevel,
      Missing missingForNextLevel,
      String advice,
      List<String> losses,
      List<String> notices) {

    /** Validates and copies the fields. */
    public Result {
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(level, "level");
      collections = List.copyOf(collections);
      actions = List.copyOf(actions);
      Objects.requireNonNull(nextLevel, "nextLevel");
      Objects.requireNonNull(missingForNextLevel, "missingForNextLevel");
      Objects.requireNonNull(advice, "advice");
      losses = List.copyOf(losses);
      notices = List.copyOf(notices);
      if (collections.size() != InventoryCollection.values().length
          || actions.size() != LifecycleAction.Kind.values().length) {
        throw new IllegalArgumentException("a result covers every collection and every action");
      }
      for (int i = 0; i < collections.size(); i++) {
        if (collections.get(i).collection().ordinal() != i) {
          throw new IllegalArgumentException("collections must be in InventoryCollection order");
        }
      }
      for (int i = 0; i < actions.size(); i++) {
        if (actions.get(i).kind().ordinal() != i) {
          throw new IllegalArgumentException("actions must be in LifecycleAction.Kind order");
        }
      }
    }

    /**
     * Returns the access to one collection.
     *
     * @param collection the collection
     * @return its access
     */
    public CollectionVerdict collection(InventoryCollection collection) {
      return collections.get(collection.ordinal());
    }

    /**
     * Returns the access to one kind of action.
     *
     * @param kind the kind
     * @return its access
     */
    public ActionVerdict action(LifecycleAction.Kind kind) {
      return actions.get(kind.ordinal());
    }

    /**
     * Refuses an action that these credentials may not apply, before Okta is asked.
     *
     * @param kind the kind of action about to be applied
     * @throws InsufficientPermissionException if the action is {@link Status#MISSING}; it names
     *     what is missing and what to grant
     */
    public void requireAllowed(LifecycleAction.Kind kind) {
      ActionVerdict access = action(kind);
      if (access.status() == Status.MISSING) {
        throw new InsufficientPermissionException(
            kind
                + " is not allowed with these credentials. "
                + access.explanation()
                + " Grant: "
                + String.join(", ", access.missing().all())
                + ".",
            Set.copyOf(access.missing().scopes()),
            Set.copyOf(access.missing().permissions()),
            null);
      }
    }

    /**
     * Turns this result into the connector's preflight answer. Limited items count as allowed (Okta
     * refuses what lies outside the role's targets), and the advice says where they stop; missing
     * items carry their explanation and what to grant.
     *
     * @param principal who the credentials act as, e.g. {@code "API token of admin@acme.com"}
     * @param apiCalls the Okta calls the preflight made
     * @return the preflight
     */
    public Preflight toPreflight(String principal, int apiCalls) {
      Map<InventoryCollection, CollectionAccess> readable =
          new EnumMap<>(InventoryCollection.class);
      for (CollectionVerdict access : collections) {
        readable.put(
            access.collection(),
            access.status() == Status.MISSING
                ? new CollectionAccess.Forbidden(
                    access.explanation(),
                    Set.copyOf(access.missing().scopes()),
                    Set.copyOf(access.missing().permissions()))
                : CollectionAccess.allowed());
      }
      Map<LifecycleAction.Kind, ActionAccess> permitted =
          new EnumMap<>(LifecycleAction.Kind.class);
      for (ActionVerdict access : actions) {
        permitted.put(
            access.kind(),
            access.status() == Status.MISSING
                ? new ActionAccess.Denied(
                    access.explanation(),
                    Set.copyOf(access.missing().scopes()),
                    Set.copyOf(access.missing().permissions()))
                : ActionAccess.allowed());
      }
      List<String> advice = new ArrayList<>();
      if (!this.advice.isEmpty()) {
        advice.add(this.advice);
      }
      advice.addAll(losses);
      advice.addAll(notices);
      return new Preflight(principal, readable, permitted, level, advice, apiCalls);
    }

    /**
     * Combines two results on the same credentials, such as a service app's scopes and its admin
     * roles: an item is allowed only if both allow it.
     *
     * @param other the other side's result
     * @return the combined result
     */
    public Result and(Result other) {
      return ScopeCheckLevels.combine(this, other);
    }

    /**
     * Returns a short summary for a console: the level, then what is missing.
     *
     * @return one line
     */
    public String summary() {
      if (nextLevel.isEmpty()) {
        return "Access level " + level + ": everything can be read and changed.";
      }
      return "Access level "
          + level
          + "; for "
          + nextLevel.get()
          + " grant: "
          + String.join(", ", missingForNextLevel.all())
          + ".";
    }
  }

  private ScopeCheck() {}

  /**
   * Checks the OAuth scopes granted to a service app.
   *
   * @param grantedScopes scope names, as granted or as listed in a permission table; names Okta
   *     does not have ({@code okta.factors.read}) are accepted and explained in the notices
   * @return the result
   */
  public static Result ofScopes(Collection<String> grantedScopes) {
    Objects.requireNonNull(grantedScopes, "grantedScopes");
    return ScopeCheckLevels.evaluate(new ScopeEvaluator(grantedScopes));
  }

  /**
   * Checks the scopes of a token response's {@code scope} field or an {@code OKTA_CLIENT_SCOPES}
   * value.
   *
   * @param scopes scope names separated by spaces or commas
   * @return the result
   */
  public static Result ofScopes(String scopes) {
    Objects.requireNonNull(scopes, "scopes");
    return ofScopes(Arrays.asList(scopes.strip().split("[\\s,]+")));
  }

  /**
   * Checks the admin roles of an API token's owner, or of a service app.
   *
   * @param roles the roles, standard or custom
   * @return the result
   */
  public static Result ofAdminRoles(Collection<? extends AdminRoleGrant> roles) {
    Objects.requireNonNull(roles, "roles");
    return ScopeCheckLevels.evaluate(new RoleEvaluator(roles));
  }

  static List<String> distinct(List<String> first, List<String> second) {
    Set<String> all = new LinkedHashSet<>(first);
    all.addAll(second);
    return new ArrayList<>(all);
  }
}
