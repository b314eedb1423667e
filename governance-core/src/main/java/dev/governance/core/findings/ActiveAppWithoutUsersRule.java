package dev.governance.core.findings;

import dev.governance.core.model.Application;
import dev.governance.core.model.ApplicationStatus;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An active application that no identity able to sign in reaches, directly or through groups.
 *
 * <p>Applications that act on their own rather than for users are left out: those granted OAuth
 * scopes or holding an admin role (service applications), and those that source groups (directory
 * integrations). An identity the snapshot does not hold counts as able to sign in, so that missing
 * identities never produce a finding.
 */
final class ActiveAppWithoutUsersRule implements FindingRule {

  private static final RuleMetadata METADATA = new RuleMetadata(
      BuiltInRules.ACTIVE_APP_WITHOUT_USERS,
      "Active application nobody can use",
      Severity.LOW,
      List.of(
          RuleInput.read(InventoryCollection.APPLICATIONS),
          RuleInput.complete(InventoryCollection.APP_ASSIGNMENTS),
          RuleInput.complete(InventoryCollection.MEMBERSHIPS),
          RuleInput.read(InventoryCollection.IDENTITIES)));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public List<Finding> evaluate(FindingContext ctx) {
    Set<String> actsOnItsOwn = new HashSet<>();
    ctx.grantsByKind().scopeGrants().forEach(s -> actsOnItsOwn.add(s.applicationId()));
    ctx.grantsByKind().roleAssignments().stream()
        .filter(r -> r.assigneeKind() == EntityKind.APPLICATION)
        .forEach(r -> actsOnItsOwn.add(r.assigneeId()));
    for (Group g : ctx.snapshot().groups()) {
      if (g.sourceApplicationId() != null) {
        actsOnItsOwn.add(g.sourceApplicationId());
      }
    }
    // An identity whose status category is not known may be able to sign in: count it as a user,
    // so that a missing fact never makes an application look unused.
    Predicate<String> canSignIn = id -> ctx.snapshot().identity(id)
        .map(i -> i.canSignIn() || i.status() == dev.governance.core.model.IdentityStatus.UNKNOWN)
        .orElse(true);
    Map<String, Boolean> groupUsable = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (Application app : ctx.snapshot().applications()) {
      if (app.status() != ApplicationStatus.ACTIVE || actsOnItsOwn.contains(app.id())) {
        continue;
      }
      int identities = 0;
      int groups = 0;
      boolean usable = false;
      for (Grant g : ctx.snapshot().grantsTo(EntityKind.APPLICATION, app.id())) {
        if (g.subjectKind() == EntityKind.IDENTITY) {
          identities++;
          usable = canSignIn.test(g.subjectId());
        } else {
          groups++;
          usable = groupUsable.computeIfAbsent(
              g.subjectId(), id -> GroupWalk.anyMember(ctx.snapshot(), id, canSignIn));
        }
        if (usable) {
          break;
        }
      }
      if (usable) {
        continue;
      }
      String how = identities + groups == 0
          ? "is assigned to nobody"
          : "none of its assignments (" + identities + (identities == 1 ? " identity, " : " identities, ") + groups
              + (groups == 1 ? " group" : " groups") + ") reaches anyone who can sign in";
      Evidence evidence = Evidence.builder()
          .put("application", app.label())
          .put("status", app.status())
          .put("signOnMode", app.signOnMode())
          .put("identityAssignments", identities)
          .put("groupAssignments", groups)
          .text(app.label() + " is active but " + how + ".");
      findings.add(METADATA.finding(
          ctx.subject(EntityKind.APPLICATION, app.id()),
          "Active application " + app.label() + " has no one who can use it",
          evidence,
          "If nobody needs the application any more, deactivate it so that its integration and"
              + " credentials stop working; otherwise assign it to the group of people who use it."));
    }
    return findings;
  }
}
