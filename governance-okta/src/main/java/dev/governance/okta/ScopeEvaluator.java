package dev.governance.okta;

import dev.governance.okta.catalog.OktaScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Evaluates requirements against the OAuth scopes granted to a service app. */
final class ScopeEvaluator implements RequirementEvaluator {

  private final Set<OktaScope> granted = EnumSet.noneOf(OktaScope.class);
  private final List<String> notices = new ArrayList<>();

  ScopeEvaluator(Collection<String> grantedNames) {
    Set<String> unknown = new TreeSet<>();
    for (String raw : grantedNames) {
      String name = raw == null ? "" : raw.strip();
      if (name.isEmpty()) {
        continue;
      }
      Optional<OktaScope> exact = OktaScope.fromValue(name);
      Optional<OktaScope> alias = OktaScope.alias(name);
      if (exact.isPresent()) {
        granted.add(exact.get());
      } else if (alias.isPresent()) {
        granted.add(alias.get());
        notices.add(
            name
                + " is not an Okta scope: Okta reads and manages factors with "
                + alias.get().value()
                + ", so it is counted as "
                + alias.get().value()
                + ". Grant and request "
                + alias.get().value()
                + " instead.");
      } else {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      notices.add("Not used by this SDK, so ignored: " + String.join(", ", unknown) + ".");
    }
  }

  @Override
  public Evaluation evaluate(PermissionRequirement requirement) {
    List<String> missing = OktaPermissions.names(missingScopes(requirement));
    if (missing.isEmpty()) {
      return new Evaluation(ScopeCheck.Status.ALLOWED, ScopeCheck.Missing.nothing(), "");
    }
    return new Evaluation(
        ScopeCheck.Status.MISSING,
        new ScopeCheck.Missing(missing, List.of()),
        "Without " + String.join(" and ", missing) + ", " + requirement.withoutIt() + ".");
  }

  @Override
  public ScopeCheck.Basis basis() {
    return ScopeCheck.Basis.OAUTH_SCOPES;
  }

  @Override
  public List<String> notices() {
    return List.copyOf(notices);
  }

  @Override
  public String advice(List<PermissionRequirement> unmet) {
    Set<OktaScope> scopes = EnumSet.noneOf(OktaScope.class);
    unmet.forEach(requirement -> scopes.addAll(missingScopes(requirement)));
    List<String> names = OktaPermissions.names(minimal(scopes));
    if (names.isEmpty()) {
      return "";
    }
    return "Grant "
        + String.join(", ", names)
        + " to the service app (Okta API Scopes tab, by a"
        + " Super Administrator) and add them to the requested scopes.";
  }

  Set<OktaScope> granted() {
    return Set.copyOf(granted);
  }

  private Set<OktaScope> missingScopes(PermissionRequirement requirement) {
    Set<OktaScope> missing = EnumSet.noneOf(OktaScope.class);
    requirement.scopes().stream()
        .filter(scope -> !scope.isSatisfiedBy(granted))
        .forEach(missing::add);
    return missing;
  }

  /** Drops read scopes whose manage scope is also listed: manage includes read. */
  static Set<OktaScope> minimal(Set<OktaScope> scopes) {
    Set<OktaScope> minimal = EnumSet.noneOf(OktaScope.class);
    minimal.addAll(scopes);
    scopes.stream()
        .filter(OktaScope::isManage)
        .forEach(manage -> minimal.remove(manage.readScope()));
    return minimal;
  }
}
