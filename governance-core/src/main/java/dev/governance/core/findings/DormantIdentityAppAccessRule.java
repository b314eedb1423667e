package dev.governance.core.findings;

import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An identity that can sign in but has not for {@link FindingsConfig#inactivityDays()} days (or
 * never has, and was created that long ago) still reaches applications in use.
 *
 * <p>Only the applications are needed here, not the paths, so the rule walks memberships without
 * building access paths: on a large tenant most identities may be dormant.
 */
final class DormantIdentityAppAccessRule implements FindingRule {

  private static final RuleMetadata METADATA = new RuleMetadata(
      BuiltInRules.DORMANT_IDENTITY_APP_ACCESS,
      "Dormant identity keeps application access",
      Severity.MEDIUM,
      List.of(
          RuleInput.read(InventoryCollection.IDENTITIES),
          RuleInput.read(InventoryCollection.APP_ASSIGNMENTS),
          RuleInput.optional(InventoryCollection.MEMBERSHIPS),
          RuleInput.optional(InventoryCollection.APPLICATIONS)));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public String summarize(int subjects, int population, EntityKind kind, FindingsConfig config) {
    return FindingGroup.share(subjects, population, kind) + " "
        + FindingGroup.verb(subjects, "has", "have") + " not signed in for " + config.inactivityDays()
        + " days and " + FindingGroup.verb(subjects, "keeps", "keep") + " application access";
  }

  @Override
  public List<Finding> evaluate(FindingContext ctx) {
    int days = ctx.config().inactivityDays();
    Instant cutoff = ctx.asOf().minus(Duration.ofDays(days));
    int limit = ctx.config().evidenceLimit();
    List<Finding> findings = new ArrayList<>();
    Set<String> reached = new HashSet<>();
    int unknownStatus = 0;
    for (Identity identity : ctx.snapshot().identities()) {
      if (identity.status() == dev.governance.core.model.IdentityStatus.UNKNOWN) {
        unknownStatus++;
      }
      if (!identity.canSignIn()) {
        continue;
      }
      Instant lastLogin = identity.lastLogin();
      Instant since = lastLogin != null ? lastLogin : identity.created();
      if (since == null || since.isAfter(cutoff)) {
        continue;
      }
      reached.clear();
      GroupWalk.applicationsOf(ctx.snapshot(), identity.id(), reached);
      List<String> apps = new ArrayList<>(reached.size());
      for (String appId : reached) {
        if (ctx.applicationInUse(appId)) {
          apps.add(ctx.name(EntityKind.APPLICATION, appId));
        }
      }
      if (apps.isEmpty()) {
        continue;
      }
      long idle = ctx.daysSince(since);
      boolean never = lastLogin == null;
      String what = never
          ? "has never signed in (created " + idle + " days ago)"
          : "has not signed in for " + idle + " days";
      List<String> sortedApps = FindingContext.sorted(apps);
      Evidence evidence = Evidence.builder()
          .put("identity", identity.login())
          .put("status", identity.status())
          .put("lastLogin", lastLogin == null ? "never" : lastLogin.toString())
          .put("created", identity.created())
          .put("daysInactive", idle)
          .put("inactivityDays", days)
          .put("applicationCount", apps.size())
          .putList("applications", sortedApps, limit)
          .text(identity.login() + " " + what + " but still reaches " + apps.size()
              + (apps.size() == 1 ? " application: " : " applications: ")
              + String.join(", ", sortedApps.subList(0, Math.min(limit, sortedApps.size())))
              + (sortedApps.size() > limit ? " and " + (sortedApps.size() - limit) + " more." : "."));
      findings.add(METADATA.finding(
          ctx.subject(EntityKind.IDENTITY, identity.id()),
          identity.login() + " " + what + " but keeps access to " + apps.size()
              + (apps.size() == 1 ? " application" : " applications"),
          evidence,
          "Ask the identity's manager whether the access is still needed. If not, suspend or deactivate"
              + " the identity, or remove the assignments and group memberships that give the access."));
    }
    ctx.unknownStatuses(unknownStatus, "they were not judged");
    return findings;
  }
}
