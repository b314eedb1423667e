package dev.governance.core.review;

import dev.governance.core.model.Application;
import dev.governance.core.model.AppProtocol;
import dev.governance.core.model.ApplicationStatus;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.GroupType;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.RuleStatus;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small tenant with every kind of path: ann holds CRM directly and through Sales (which also
 * gives Wiki), bob reaches VPN through an imported group, Git through a group an active rule fills
 * by department, and everyone reaches Chat through the built-in group.
 */
public final class ReviewFixture {
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

  private ReviewFixture() {}

  public static Snapshot snapshot() {
    return builder().build();
  }

  public static SnapshotBuilder builder() {
    SnapshotBuilder b = Snapshot.builder("https://acme.example.com", "test").clock(CLOCK);
    b.entity(person("u1", "ann@acme.com", Map.of("managerId", "u3", "department", "Sales")));
    b.entity(person("u2", "bob@acme.com", Map.of("department", "Eng")));
    b.entity(person("u3", "cat@acme.com", Map.of("department", "Eng", "manager", "ann@acme.com")));
    b.entity(Group.of("g-sales", "Sales"));
    b.entity(new Group("g-ad", "Domain Users", null, GroupType.APPLICATION_SOURCED, "a-ad", null, null, null,
        Attributes.empty()));
    b.entity(new Group("g-all", "Everyone", null, GroupType.BUILT_IN, null, null, null, null, Attributes.empty()));
    b.entity(Group.of("g-eng", "Engineering"));
    b.entity(new GroupRule("r-eng", "Engineering by department", RuleStatus.ACTIVE, List.of("g-eng"),
        "user.department==\"Eng\"", Set.of()));
    b.entity(new Application("a-crm", "crm", "CRM", ApplicationStatus.ACTIVE, AppProtocol.SAML, "SAML_2_0", null,
        null, false, Attributes.of(Map.of("owner", "cat@acme.com"))));
    for (String[] app : new String[][] {{"a-wiki", "Wiki"}, {"a-vpn", "VPN"}, {"a-chat", "Chat"}, {"a-git", "Git"},
        {"a-ad", "Active Directory"}}) {
      b.entity(Application.of(app[0], app[1]));
    }
    b.grant(Grant.AppAssignment.direct(EntityKind.IDENTITY, "u1", "a-crm"));
    member(b, "u1", "g-sales");
    member(b, "u2", "g-ad");
    member(b, "u2", "g-eng");
    member(b, "u3", "g-eng");
    for (String u : List.of("u1", "u2", "u3")) {
      member(b, u, "g-all");
    }
    groupApp(b, "g-sales", "a-crm");
    groupApp(b, "g-sales", "a-wiki");
    groupApp(b, "g-ad", "a-vpn");
    groupApp(b, "g-all", "a-chat");
    groupApp(b, "g-eng", "a-git");
    return b;
  }

  static Identity person(String id, String login, Map<String, ?> attributes) {
    return new Identity(id, login, login, null, IdentityStatus.ACTIVE, null, null,
        Instant.parse("2026-11-01T08:00:00Z"), null, Attributes.of(attributes));
  }

  public static void member(SnapshotBuilder b, String user, String group) {
    b.grant(Grant.Membership.of(user, group));
  }

  static void groupApp(SnapshotBuilder b, String group, String app) {
    b.grant(Grant.AppAssignment.direct(EntityKind.GROUP, group, app));
  }

  /** A review of every application with the manager, then named, reviewer rules. */
  public static Review review(Snapshot snapshot) {
    return ReviewEngine.create(snapshot, ReviewOptions.builder("acme", "000001-s", ReviewScope.Applications.all())
        .reviewer(new ReviewerRule.Manager("managerId"))
        .reviewer(new ReviewerRule.TargetOwnerAttribute("owner"))
        .clock(CLOCK).createdBy("cat@acme.com").id("r-1").build());
  }

  public static String item(String user, String app) {
    return ReviewItem.idOf(EntityKind.IDENTITY, user, TargetKind.APPLICATION, app);
  }

  public static Decision decide(String item, Verdict verdict) {
    return new Decision(item, verdict, "cat@acme.com", CLOCK.instant(), null, "000001-s");
  }
}
