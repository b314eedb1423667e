package dev.governance.okta;

import dev.governance.okta.catalog.OktaScope;
import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.GovernanceException;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.CollectionAccess;
import dev.governance.core.spi.Preflight;
import dev.governance.okta.internal.client.OktaHttp;
import dev.governance.okta.internal.preflight.Probe;
import dev.governance.okta.internal.preflight.Probes;
import dev.governance.okta.internal.sync.Lanes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The connection preflight: who the credentials act as, what their admin roles or scopes allow by
 * Okta's rules ({@link ScopeCheck}), and what the org really answers to one cheap read per
 * collection. At most 16 calls.
 */
final class OktaPreflight {

  private OktaPreflight() {}

  static Preflight run(OktaHttp http, Lanes lanes, OktaOrg org, OktaCredentials credentials) {
    int before = total(http);
    Probes probes = new Probes(http);
    ScopeCheck.Result check;
    String principal;
    Map<InventoryCollection, Probe> answers;
    if (credentials instanceof OktaCredentials.ApiToken) {
      Probes.Answers read = probes.read(lanes, probes.me());
      answers = read.collections();
      Probes.Owner owner = Objects.requireNonNull(read.owner(), "an API token's owner");
      List<AdminRoleGrant> grants = new ArrayList<>();
      for (Probes.RoleGrant role : owner.roles()) {
        grants.add(role.custom()
            ? AdminRoleGrant.custom(role.label(), role.permissions(), !role.targeted())
            : AdminRoleGrant.ofType(role.type(), role.targeted()));
      }
      check = ScopeCheck.ofAdminRoles(grants);
      principal = "API token of " + owner.login() + " (" + owner.status() + ")"
          + (owner.roles().isEmpty() ? " holding no admin role"
              : " holding " + String.join(", ", owner.roles().stream().map(Probes.RoleGrant::label).toList()));
    } else {
      OktaCredentials.ServiceApp app = (OktaCredentials.ServiceApp) credentials;
      List<String> scopes = app.scopes().stream().map(OktaScope::value).sorted().toList();
      check = ScopeCheck.ofScopes(scopes);
      principal = "service app " + app.clientId() + " with scopes " + String.join(" ", scopes);
      answers = probes.read(lanes, null).collections();
    }
    if (credentials instanceof OktaCredentials.ServiceApp app && seesNothing(answers)) {
      throw new AuthenticationFailedException(org.baseUrl(), AuthenticationFailedException.Reason.NO_ADMIN_ROLE,
          org.baseUrl() + " gives service app " + app.clientId() + " empty lists of users and groups:"
              + " the app has no admin role. Assign it one (READ_ONLY_ADMIN for access reviews, SUPER_ADMIN"
              + " to remove access) under Security > Administrators > Roles, then check again", null);
    }
    Preflight base = check.toPreflight(principal, 0);
    Map<InventoryCollection, CollectionAccess> collections = new EnumMap<>(InventoryCollection.class);
    collections.putAll(base.collections());
    List<String> advice = new ArrayList<>(base.advice());
    answers.forEach((collection, probe) -> {
      CollectionAccess seen = seen(collection, probe, base.collection(collection));
      collections.put(collection, seen);
      if (seen instanceof CollectionAccess.EmptyButSuspicious s) {
        advice.add(s.reason());
      }
    });
    AccessLevel level = level(base.accessLevel(), collections);
    return new Preflight(principal, collections, base.actions(), level, advice, total(http) - before);
  }

  /** What a probe says about a collection, over what the roles or scopes say. */
  private static CollectionAccess seen(InventoryCollection collection, Probe probe, CollectionAccess expected) {
    GovernanceException failure = probe.failure();
    if (failure instanceof InsufficientPermissionException denied) {
      Set<String> scopes = new LinkedHashSet<>(denied.missingScopes());
      Set<String> permissions = new LinkedHashSet<>(denied.missingPermissions());
      if (expected instanceof CollectionAccess.Forbidden f) {
        scopes.addAll(f.missingScopes());
        permissions.addAll(f.missingPermissions());
      }
      return new CollectionAccess.Forbidden(
          "Okta refused to list " + name(collection) + ": " + failure.getMessage(), scopes, permissions);
    }
    if (failure != null) {
      return new CollectionAccess.Forbidden(
          "listing " + name(collection) + " failed: " + failure.getMessage(), Set.of(), Set.of());
    }
    if (probe.empty()) {
      var suspicious = OktaPermissions.forCollection(collection).emptyIsSuspicious();
      if (suspicious.isPresent()) {
        return new CollectionAccess.EmptyButSuspicious(
            "Okta listed no " + name(collection) + ": " + suspicious.get());
      }
    }
    return CollectionAccess.allowed();
  }

  /** The level by roles or scopes, lowered when the org's answers show less. */
  private static AccessLevel level(AccessLevel expected, Map<InventoryCollection, CollectionAccess> collections) {
    boolean anyReadable = false;
    boolean reviewComplete = true;
    for (CollectionRequirement r : OktaPermissions.collections()) {
      CollectionAccess a = collections.get(r.collection());
      boolean readable = a instanceof CollectionAccess.Allowed;
      anyReadable |= readable;
      if (r.neededForReview() && !readable) {
        reviewComplete = false;
      }
    }
    if (!anyReadable) {
      return AccessLevel.NONE;
    }
    if (!reviewComplete && expected.atLeast(AccessLevel.READ_ONLY)) {
      return AccessLevel.PARTIAL;
    }
    return expected == AccessLevel.NONE ? AccessLevel.PARTIAL : expected;
  }

  private static boolean seesNothing(Map<InventoryCollection, Probe> answers) {
    Probe users = answers.get(InventoryCollection.IDENTITIES);
    Probe groups = answers.get(InventoryCollection.GROUPS);
    return users != null && groups != null && users.failure() == null && users.empty()
        && groups.failure() == null && groups.empty();
  }

  private static String name(InventoryCollection c) {
    return c.name().toLowerCase().replace('_', ' ');
  }

  private static int total(OktaHttp http) {
    return http.callsPerBucket().values().stream().mapToInt(Integer::intValue).sum();
  }
}
