package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.core.diff.GrantChange;
import dev.governance.core.diff.SnapshotDiff;
import dev.governance.core.model.Application;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.Identity;
import dev.governance.core.review.ReviewItem;
import dev.governance.core.review.TargetKind;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.store.FileSnapshotStore;
import dev.governance.core.store.StoredSnapshot;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.IssuedToken;
import dev.governance.testkit.okta.TenantShape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review of every application of the {@code demo} tenant, decided by a fixture of decisions,
 * remediated against the fake tenant over HTTP with the real Okta connector.
 */
class ReviewRemediateTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;

  private FakeOktaTenant tenant;
  private Path token;
  private Snapshot before;
  private String beforeId;
  /** The decided items: user 1's Salesforce (direct and through Sales), and the rest below. */
  private String salesforce;
  private String githubByHand;
  private String githubByRule;
  private String activeDirectory;
  private String slack;
  private Identity byHand;
  private Identity byRule;

  @BeforeEach
  void scanAndReview() throws Exception {
    tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(1).start();
    token = Files.writeString(home.resolve("token"), tenant.apiToken());
    Run scan = Run.of("scan", "--org", tenant.orgUrl(), "--allow-loopback", "--token-file", token.toString(),
        "--save", "demo", "--home", home.toString(), "--out", home.resolve("report").toString(), "--no-progress");
    assertThat(scan.exitCode()).as(scan.err()).isZero();
    FileSnapshotStore store = FileSnapshotStore.builder(home.resolve("snapshots")).build();
    before = store.load("demo", store.list("demo").get(0).id());
    // The demo's Engineering members all match the group's rule; one member outside the department,
    // added by hand, is the membership an API call can remove.
    Group engineering = group("Engineering");
    Identity outsider = before.identities().stream()
        .filter(i -> i.canSignIn() && !"Engineering".equals(i.attributes().text("department").orElse("")))
        .filter(i -> before.grantsOf(EntityKind.IDENTITY, i.id()).stream().noneMatch(g ->
            g.targetId().equals(engineering.id()) || g.targetId().equals(app("GitHub").id())
                || g.targetId().equals(app("Jira").id())))
        .filter(i -> !i.login().endsWith(".1@example.com"))
        .findFirst().orElseThrow(() -> new AssertionError("seed 1 has no active user outside Engineering"));
    tenant.fixtures().addMember(engineering.id(), outsider.id());
    Run rescan = Run.of("scan", "--org", tenant.orgUrl(), "--allow-loopback", "--token-file", token.toString(),
        "--save", "demo", "--home", home.toString(), "--out", home.resolve("report").toString(), "--no-progress");
    assertThat(rescan.exitCode()).as(rescan.err()).isZero();
    beforeId = store.list("demo").get(0).id();
    before = store.load("demo", beforeId);
    List<Identity> members = before.grantsTo(EntityKind.GROUP, engineering.id()).stream()
        .map(g -> before.identity(g.subjectId()).orElseThrow())
        .filter(i -> i.canSignIn() || i.status() == dev.governance.core.model.IdentityStatus.SUSPENDED).toList();
    byHand = members.stream().filter(i -> !"Engineering".equals(i.attributes().text("department").orElse("")))
        .findFirst().orElseThrow(() -> new AssertionError("seed 1 has no Engineering member outside the department"));
    byRule = members.stream().filter(i -> "Engineering".equals(i.attributes().text("department").orElse("")))
        .findFirst().orElseThrow(() -> new AssertionError("seed 1 has no Engineering member the rule adds"));
    salesforce = item(user(1), app("Salesforce"));
    githubByHand = item(byHand, app("GitHub"));
    githubByRule = item(byRule, app("GitHub"));
    activeDirectory = item(user(8), app("Active Directory"));
    slack = item(user(3), app("Slack"));

    Run create = Run.of("review", "create", "--home", home.toString(), "--snapshot", "demo", "--id", "q4",
        "--reviewer", "owner-attribute:owner", "--reviewer", "named:auditor@example.com", "--actor", "it@example.com");
    assertThat(create.exitCode()).as(create.err()).isZero();
    Path csv = home.resolve("q4.csv");
    Run export = Run.of("review", "export", "q4", "--home", home.toString(), "--out", csv.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    Files.writeString(csv, decide(Files.readString(csv), Map.of(salesforce, "revoke", githubByHand, "revoke",
        githubByRule, "revoke", activeDirectory, "revoke", slack, "revoke", item(user(13), app("Salesforce")), "keep",
        item(user(2), app("Payroll")), "abstain")));
    Run imported = Run.of("review", "import", "q4", "--home", home.toString(), "--file", csv.toString(),
        "--actor", "manager@example.com");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("Recorded 7 decisions");
  }

  @org.junit.jupiter.api.AfterEach
  void stop() {
    tenant.close();
  }

  @Test
  void theDryRunPlanCutsEveryPathListsSideEffectsAndNamesWhatAPersonMustChange() throws Exception {
    Run dry = remediate(tenant.apiToken(), false);

    assertThat(dry.exitCode()).as(dry.err()).isZero();
    JsonNode plan = JSON.readTree(dry.out());
    assertThat(plan.path("dryRun").asBoolean()).isTrue();
    assertThat(texts(plan.path("steps"), "description")).containsExactly(
        "remove " + user(1).login() + " from the group Sales",
        "remove " + byHand.login() + " from the group Engineering",
        "unassign " + user(1).login() + " from Salesforce (direct assignment)");
    assertThat(plan.path("steps").get(2).path("dependsOn").get(0).asText()).isEqualTo("s1");
    assertThat(plan.path("steps").get(1).path("sideEffects").get(0).asText()).isEqualTo("also loses application Jira");
    assertThat(texts(plan.path("steps"), "outcome")).containsOnly("DRY_RUN");
    Map<String, JsonNode> items = byItem(plan);
    assertThat(items.get(salesforce).path("resolution").asText()).isEqualTo("AUTOMATIC");
    assertThat(items.get(githubByHand).path("resolution").asText()).isEqualTo("AUTOMATIC");
    assertThat(items.get(githubByRule).path("resolution").asText()).isEqualTo("NEEDS_PERSON");
    assertThat(items.get(githubByRule).path("manual").get(0).path("where").asText())
        .isEqualTo("group rule Engineering by department");
    assertThat(items.get(activeDirectory).path("manual").get(0).path("what").asText()).contains("Domain Users");
    assertThat(items.get(slack).path("manual").get(0).path("what").asText()).contains("Everyone is built in");
    assertThat(tenant.journal().entries()).noneMatch(r -> r.method().equals("DELETE"));
    assertThat(home.resolve("reviews/review-q4.html")).content().contains("Remediation plan").contains("Items by reviewer");
  }

  @Test
  void applyRemovesExactlyTheRevokedAccessAndASecondApplyChangesNothing() throws Exception {
    Run first = remediate(tenant.apiToken(), true);
    FileSnapshotStore store = FileSnapshotStore.builder(home.resolve("snapshots")).build();
    List<StoredSnapshot> saved = store.list("demo");
    Snapshot afterFirst = store.load("demo", saved.get(0).id());
    Run second = remediate(tenant.apiToken(), true);
    Snapshot afterSecond = store.load("demo", store.list("demo").get(0).id());

    assertThat(first.exitCode()).as(first.err() + first.out()).isZero();
    JsonNode applied = JSON.readTree(first.out());
    assertThat(texts(applied.path("steps"), "outcome")).containsOnly("APPLIED");
    Map<String, JsonNode> items = byItem(applied);
    assertThat(items.get(salesforce).path("verified").asText()).isEqualTo("REMOVED");
    assertThat(items.get(githubByHand).path("verified").asText()).isEqualTo("REMOVED");
    assertThat(items.get(githubByRule).path("verified").asText()).isEqualTo("NEEDS_PERSON");
    assertThat(items.get(activeDirectory).path("verified").asText()).isEqualTo("NEEDS_PERSON");
    SnapshotDiff diff = SnapshotDiff.between(before, afterFirst);
    Set<String> removed = new HashSet<>();
    for (GrantChange c : diff.grants()) {
      assertThat(c).as("only removals").isInstanceOf(GrantChange.Removed.class);
      removed.add(c.grant().subjectId() + ">" + c.grant().targetId());
    }
    assertThat(removed).containsExactlyInAnyOrder(user(1).id() + ">" + group("Sales").id(),
        user(1).id() + ">" + app("Salesforce").id(), byHand.id() + ">" + group("Engineering").id());
    dev.governance.core.access.AccessGraph was = dev.governance.core.access.AccessGraph.of(before);
    dev.governance.core.access.AccessGraph is = dev.governance.core.access.AccessGraph.of(afterFirst);
    assertThat(is.access(user(1).id(), EntityKind.APPLICATION, app("Salesforce").id())).isEmpty();
    assertThat(is.access(byHand.id(), EntityKind.APPLICATION, app("GitHub").id())).isEmpty();
    assertThat(is.access(byHand.id(), EntityKind.APPLICATION, app("Jira").id())).as("the listed side effect").isEmpty();
    for (Identity i : before.identities()) {
      if (!i.id().equals(user(1).id()) && !i.id().equals(byHand.id())) {
        assertThat(targets(is, i)).as(i.login()).isEqualTo(targets(was, i));
      }
    }
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(texts(JSON.readTree(second.out()).path("steps"), "outcome")).containsOnly("ALREADY_DONE");
    assertThat(SnapshotDiff.between(afterFirst, afterSecond).grants()).isEmpty();
    Run audit = Run.of("review", "show", "q4", "--home", home.toString(), "--html", home.resolve("q4.html").toString());
    assertThat(audit.exitCode()).isZero();
    assertThat(home.resolve("q4.html")).content().contains("Audit log").contains("applied").contains("already_done");
  }

  @Test
  void aReadOnlyTokenGetsTheFullPlanWithEveryStepNotAllowedAndTheScopesToAdd() throws Exception {
    java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    java.security.KeyPair key = generator.generateKeyPair();
    String app = tenant.fixtures().addServiceApp("Reviewer", key.getPublic(), "k1");
    List<String> scopes = List.of("okta.users.read", "okta.groups.read", "okta.apps.read", "okta.roles.read",
        "okta.apiTokens.read", "okta.logs.read");
    scopes.forEach(scope -> tenant.fixtures().grantScope(app, scope));
    tenant.fixtures().assignRole(dev.governance.testkit.okta.AdminRole.client(
        dev.governance.okta.catalog.StandardAdminRole.READ_ONLY_ADMIN, app));
    Path pem = Files.writeString(home.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n"
        + java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
            .encodeToString(key.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
    String auditor = user(4).id();
    IssuedToken readOnlyToken = tenant.fixtures().addApiToken(auditor, "read-only review");

    Run dry = Run.of("remediate", "--review", "q4", "--home", home.toString(), "--org", tenant.orgUrl(),
        "--allow-loopback", "--client-id", app, "--private-key-file", pem.toString(), "--key-id", "k1",
        "--scopes", String.join(" ", scopes), "--json", "--no-progress");
    Run apply = remediate(readOnlyToken.secret(), true);

    assertThat(dry.exitCode()).as(dry.err()).isZero();
    JsonNode plan = JSON.readTree(dry.out());
    assertThat(plan.path("steps")).hasSize(3);
    assertThat(plan.path("allowed").asBoolean()).isFalse();
    for (JsonNode step : plan.path("steps")) {
      assertThat(step.path("allowed").asBoolean()).isFalse();
      assertThat(step.path("outcome").asText()).isEqualTo("NOT_ALLOWED");
    }
    assertThat(texts(plan.path("missingScopes"), null)).containsExactly("okta.apps.manage", "okta.groups.manage");
    assertThat(apply.exitCode()).as(apply.err() + apply.out()).isEqualTo(ExitCodes.PERMISSION);
    assertThat(JSON.readTree(apply.out()).path("steps")).allSatisfy(step ->
        assertThat(step.path("outcome").asText()).isEqualTo("NOT_ALLOWED"));
    assertThat(tenant.journal().entries()).noneMatch(r -> r.method().equals("DELETE"));
  }

  @Test
  void aStaleOrUnknownRowIsRefusedRowByRowAndNothingIsRecorded() throws Exception {
    Path csv = home.resolve("bad.csv");
    Files.writeString(csv, "item_id,decision,snapshot_id\r\n" + slack + ",keep," + beforeId + "\r\n"
        + item(user(5), app("Slack")) + ",keep,000000-older\r\nidentity:nobody/application:x,keep," + beforeId + "\r\n");

    Run imported = Run.of("review", "import", "q4", "--home", home.toString(), "--file", csv.toString());
    Run replaced = Run.of("review", "import", "q4", "--home", home.toString(), "--file", csv.toString(), "--replace");

    assertThat(imported.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(imported.err()).contains("line 3, snapshot_id").contains("stale").contains("line 4, item_id");
    assertThat(replaced.exitCode()).isEqualTo(ExitCodes.USAGE);
    JsonNode shown = JSON.readTree(Run.of("review", "show", "q4", "--home", home.toString(), "--json").out());
    JsonNode slackItem = StreamSupport.stream(shown.path("items").spliterator(), false)
        .filter(i -> i.path("id").asText().equals(slack)).findFirst().orElseThrow();
    assertThat(slackItem.path("decision").path("verdict").asText()).isEqualTo("REVOKE");
  }

  private Run remediate(String secret, boolean apply) throws Exception {
    Path file = Files.writeString(home.resolve("t-" + Math.abs(secret.hashCode())), secret);
    List<String> args = new ArrayList<>(List.of("remediate", "--review", "q4", "--home", home.toString(), "--org",
        tenant.orgUrl(), "--allow-loopback", "--token-file", file.toString(), "--json", "--no-progress",
        "--approved-by", "ciso@example.com"));
    if (apply) {
      args.add("--apply");
    }
    return Run.of(args.toArray(String[]::new));
  }

  private static Set<String> targets(dev.governance.core.access.AccessGraph graph, Identity i) {
    Set<String> out = new HashSet<>();
    graph.accessOf(i.id()).forEach(a -> out.add(a.targetKind() + ":" + a.targetId() + ":" + a.paths().size()));
    return out;
  }

  private Identity user(int n) {
    return before.identities().stream().filter(i -> i.login().endsWith("." + n + "@example.com")).findFirst()
        .orElseThrow();
  }

  private Application app(String label) {
    return before.applications().stream().filter(a -> a.label().equals(label)).findFirst().orElseThrow();
  }

  private Group group(String name) {
    return before.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
  }

  private static String item(Identity who, Application what) {
    return ReviewItem.idOf(EntityKind.IDENTITY, who.id(), TargetKind.APPLICATION, what.id());
  }

  private static Map<String, JsonNode> byItem(JsonNode plan) {
    Map<String, JsonNode> out = new java.util.HashMap<>();
    plan.path("items").forEach(i -> out.put(i.path("itemId").asText(), i));
    return out;
  }

  private static List<String> texts(JsonNode array, @org.jspecify.annotations.Nullable String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(field == null ? n.asText() : n.path(field).asText()));
    return out;
  }

  /** Fills the decision column (the fourth from the end) of the rows of the given items. */
  private static String decide(String csv, Map<String, String> decisions) {
    StringBuilder b = new StringBuilder();
    for (String line : csv.split("\r\n")) {
      String id = line.substring(0, Math.max(0, line.indexOf(',')));
      String verdict = decisions.get(id);
      if (verdict != null) {
        int snapshot = line.lastIndexOf(',');
        String head = line.substring(0, snapshot);
        for (int i = 0; i < 3; i++) {
          head = head.substring(0, head.lastIndexOf(','));
        }
        line = head + "," + verdict + ",,fixture" + line.substring(snapshot);
      }
      b.append(line).append("\r\n");
    }
    return b.toString();
  }
}
