package dev.governance.core.findings;

import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An application granted OAuth scopes that change the tenant (by convention, scopes ending in
 * {@code .manage}): whoever controls the application's credentials can change users, groups,
 * applications or policies. Medium when the application is inactive.
 */
final class OAuthAppManageScopesRule implements FindingRule {

  private static final RuleMetadata METADATA = new RuleMetadata(
      BuiltInRules.OAUTH_APP_MANAGE_SCOPES,
      "OAuth application granted scopes that change the tenant",
      Severity.HIGH,
      List.of(
          RuleInput.read(InventoryCollection.SCOPE_GRANTS),
          RuleInput.optional(InventoryCollection.APPLICATIONS),
          RuleInput.optional(InventoryCollection.ROLE_ASSIGNMENTS)));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public String summarize(int subjects, int population, EntityKind kind, FindingsConfig config) {
    return FindingGroup.share(subjects, population, kind) + " may change the tenant through "
        + "scopes granted to them";
  }

  @Override
  public List<Finding> evaluate(FindingContext ctx) {
    Map<String, List<Grant.ScopeGrant>> byApp = new TreeMap<>();
    int unknownAccess = 0;
    for (Grant.ScopeGrant s : ctx.grantsByKind().scopeGrants()) {
      if (s.access() == dev.governance.core.model.AccessMode.UNKNOWN) {
        unknownAccess++;
      }
      if (s.allowsChanges()) {
        byApp.computeIfAbsent(s.applicationId(), k -> new ArrayList<>()).add(s);
      }
    }
    List<Finding> findings = new ArrayList<>();
    byApp.forEach((appId, grants) -> {
      TreeSet<String> scopes = new TreeSet<>();
      TreeSet<String> sources = new TreeSet<>();
      TreeSet<String> issuers = new TreeSet<>();
      for (Grant.ScopeGrant g : grants) {
        scopes.add(g.scope());
        sources.add(g.source().name());
        issuers.add(g.issuer());
      }
      boolean inUse = ctx.applicationInUse(appId);
      String app = ctx.name(EntityKind.APPLICATION, appId);
      TreeSet<String> adminRoles = new TreeSet<>();
      ctx.admins().applications().getOrDefault(appId, List.of()).forEach(r -> adminRoles.add(r.label()));
      Evidence.Builder builder = Evidence.builder();
      if (!adminRoles.isEmpty()) {
        builder.put("adminRoles", List.copyOf(adminRoles));
      }
      Evidence evidence = builder
          .put("application", app)
          .put("applicationStatus", ctx.snapshot().application(appId).map(a -> a.status().name()).orElse(null))
          .put("scopes", List.copyOf(scopes))
          .put("consentSources", List.copyOf(sources))
          .put("issuers", List.copyOf(issuers))
          .text(app + " is granted " + String.join(", ", scopes) + ", which let it change the tenant"
              + (inUse ? "" : " once it is active again")
              + (adminRoles.isEmpty() ? "." : ", with the reach of its admin role(s) "
                  + String.join(", ", adminRoles) + "."));
      findings.add(METADATA.finding(
          inUse ? METADATA.defaultSeverity() : Severity.MEDIUM,
          ctx.subject(EntityKind.APPLICATION, appId),
          app + " may change the tenant through " + String.join(", ", scopes),
          evidence,
          "Check with the application's owner which changes it must make. Revoke every scope that writes"
              + " and that it does not need (the matching read scope is often enough), and keep its credentials in a"
              + " secret store that few people can read."));
    });
    if (unknownAccess > 0) {
      ctx.factUnknown(unknownAccess + (unknownAccess == 1 ? " scope grant has" : " scope grants have")
          + " no access mode from the connector (UNKNOWN): not judged as allowing changes");
    }
    return findings;
  }
}
