package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.UserApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeded shapes and fixture files. */
class TenantGeneratorTest {
  static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private static String usersPage(FakeOktaTenant t) throws Exception {
    return RawHttp.send(t.orgUrl(), "GET", "/api/v1/users?limit=200", "SSWS " + t.apiToken(),
        null).body().replace(t.orgUrl(), "");
  }

  @Test
  void sameSeedGivesTheSameTenant() throws Exception {
    try (FakeOktaTenant a = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(9).clock(FIXED)
            .start();
        FakeOktaTenant b = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(9).clock(FIXED)
            .start();
        FakeOktaTenant c = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(10).clock(FIXED)
            .start()) {
      assertThat(usersPage(a)).isEqualTo(usersPage(b)).isNotEqualTo(usersPage(c));
      assertThat(a.apiToken()).isEqualTo(b.apiToken()).isNotEqualTo(c.apiToken());
    }
  }

  @Test
  void demoTellsItsStory() {
    try (FakeOktaTenant t = FakeOktaTenant.builder().shape(TenantShape.DEMO).start()) {
      TenantCounts c = t.counts();
      assertThat(c.users()).isEqualTo(50);
      assertThat(c.groups()).isEqualTo(12);
      assertThat(c.apps()).isEqualTo(10);
      assertThat(c.admins()).isBetween(5, 10);
      assertThat(c.grants()).isEqualTo(10);
      assertThat(c.apiTokens()).isEqualTo(3);
    }
  }

  @Test
  void mediumHasItsSizes() throws Exception {
    try (FakeOktaTenant t = FakeOktaTenant.builder().shape(TenantShape.MEDIUM).seed(3).start()) {
      TenantCounts c = t.counts();
      assertThat(c.users()).isEqualTo(10_000);
      assertThat(c.groups()).isEqualTo(2_000);
      assertThat(c.apps()).isEqualTo(300);
      assertThat(c.memberships()).isBetween(45_000L, 55_000L);
      assertThat(c.apiTokens()).isEqualTo(50);
      assertThat(c.admins()).as("direct role holders; 15 more hold a role only through a group").isBetween(25, 30);
      UserApi api = new UserApi(SdkClients.ssws(t, t.apiToken()));
      assertThat(api.listUsers(null, null, null, 200, null, null, null, null)).hasSize(200);
    }
  }

  @Test
  void fixtureFileSeedsUsersGroupsAppsRolesAndTokens(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tenant.json");
    Files.writeString(file, """
        {
          "users": [
            {"ref": "alice", "login": "alice@example.com", "firstName": "Alice",
             "profile": {"department": "Sales", "clearance": 3}},
            {"ref": "bob", "login": "bob@example.com", "status": "SUSPENDED"}
          ],
          "groups": [{"ref": "sales", "name": "Sales", "members": ["alice", "bob"],
                      "profile": {"region": "EMEA"}}],
          "apps": [{"ref": "crm", "label": "CRM", "signOnMode": "SAML_2_0",
                    "groups": ["sales"], "users": ["bob"], "grants": []}],
          "roles": [{"type": "READ_ONLY_ADMIN", "user": "alice"},
                    {"type": "USER_ADMIN", "group": "sales", "targetGroups": ["sales"]}],
          "apiTokens": [{"user": "alice", "name": "alice token", "secret": "alice-secret-1"}],
          "factors": [{"user": "alice", "factorType": "sms",
                       "profile": {"phoneNumber": "+1 555 0100"}}],
          "groupRules": [{"name": "Sales rule", "expression": "user.department==\\"Sales\\"",
                          "groups": ["sales"]}]
        }
        """);
    try (FakeOktaTenant t = FakeOktaTenant.builder().fixtureFile(file).start()) {
      RawHttp.Response r = RawHttp.send(t.orgUrl(), "GET", "/api/v1/users",
          "SSWS alice-secret-1", null);
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.body()).contains("alice@example.com", "\"clearance\":3");
      assertThat(t.counts().memberships()).isEqualTo(3 + 2);
      assertThat(t.counts().appAssignments()).isEqualTo(2);
    }
  }

  @Test
  void fixtureFileRolesCanBeInactiveCustomWithAResourceSetOrOfANewerType(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("roles.json");
    Files.writeString(file, """
        {
          "users": [{"ref": "alice", "login": "alice@example.com"}],
          "groups": [{"ref": "sales", "name": "Sales", "members": ["alice"]}],
          "roles": [
            {"type": "READ_ONLY_ADMIN", "user": "alice", "status": "INACTIVE"},
            {"type": "WORKFLOWS_ADMIN", "user": "alice"},
            {"type": "CUSTOM", "label": "Helpdesk", "permissions": ["okta.users.read"],
             "user": "alice", "resources": ["sales"]}
          ]
        }
        """);
    try (FakeOktaTenant t = FakeOktaTenant.builder().fixtureFile(file).start()) {
      String auth = "SSWS " + t.apiToken();
      String alice = new com.fasterxml.jackson.databind.ObjectMapper().readTree(RawHttp.send(
          t.orgUrl(), "GET", "/api/v1/users?q=alice", auth, null).body()).get(0).get("id").asText();
      var roles = new com.fasterxml.jackson.databind.ObjectMapper().readTree(RawHttp.send(
          t.orgUrl(), "GET", "/api/v1/users/" + alice + "/roles", auth, null).body());
      assertThat(roles.findValuesAsText("type"))
          .containsExactly("READ_ONLY_ADMIN", "WORKFLOWS_ADMIN", "CUSTOM");
      assertThat(roles.get(0).get("status").asText()).isEqualTo("INACTIVE");
      String set = roles.get(2).get("resource-set").asText();
      assertThat(RawHttp.send(t.orgUrl(), "GET", "/api/v1/iam/resource-sets/" + set + "/resources",
          auth, null).body()).contains(":groups:");
    }
  }

  @Test
  void badFixtureFileSaysWhatIsWrong(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"users\": [{\"login\": \"x@example.com\", \"status\": \"HAPPY\"}]}");
    assertThatThrownBy(() -> FakeOktaTenant.builder().fixtureFile(file).start())
        .hasMessageContaining("'HAPPY' is not one of").hasMessageContaining("docs/fake-tenant.md");
    Files.writeString(file, "{\"people\": []}");
    assertThatThrownBy(() -> FakeOktaTenant.builder().fixtureFile(file).start())
        .hasMessageContaining("unknown section 'people'");
  }
}
