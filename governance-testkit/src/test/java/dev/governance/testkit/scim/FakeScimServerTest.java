package dev.governance.testkit.scim;

import static dev.governance.testkit.scim.ScimHttpClient.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.governance.testkit.scim.ScimHttpClient.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The fake SCIM server's RFC 7643/7644 behaviour, over real HTTP. */
class FakeScimServerTest {
  private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
  private static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
  private static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

  static String patch(String... operations) {
    return "{\"schemas\":[\"" + PATCH + "\"],\"Operations\":[" + String.join(",", operations) + "]}";
  }

  static void assertError(Answer a, int status, String scimType) {
    assertThat(a.status()).isEqualTo(status);
    assertThat(a.json().path("schemas").get(0).asText()).isEqualTo(ERROR);
    assertThat(a.json().path("status").asText()).isEqualTo(Integer.toString(status));
    if (scimType == null) {
      assertThat(a.json().has("scimType")).isFalse();
    } else {
      assertThat(a.json().path("scimType").asText()).isEqualTo(scimType);
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Reading {
    FakeScimServer server;
    ScimHttpClient http;

    @BeforeAll
    void start() {
      server = FakeScimServer.builder().shape(ScimShape.SMALL).seed(3).start();
      http = ScimHttpClient.bearer(server, server.token());
    }

    @AfterAll
    void stop() {
      server.close();
    }

    @Test
    void serviceProviderConfigSaysWhatIsSupported() {
      JsonNode spc = http.get("/ServiceProviderConfig").json();
      assertThat(spc.path("filter").path("supported").asBoolean()).isTrue();
      assertThat(spc.path("filter").path("maxResults").asInt()).isEqualTo(200);
      assertThat(spc.path("patch").path("supported").asBoolean()).isTrue();
      assertThat(spc.path("etag").path("supported").asBoolean()).isTrue();
      assertThat(spc.path("bulk").path("supported").asBoolean()).isFalse();
    }

    @Test
    void resourceTypesAndSchemasDescribeUsersGroupsAndTheExtension() {
      JsonNode types = http.get("/ResourceTypes").json();
      assertThat(types.path("totalResults").asInt()).isEqualTo(2);
      assertThat(types.path("Resources").findValuesAsText("endpoint")).containsExactly("/Users", "/Groups");
      assertThat(types.path("Resources").get(0).path("schemaExtensions").get(0).path("schema").asText())
          .isEqualTo(ENTERPRISE);
      JsonNode schemas = http.get("/Schemas").json();
      assertThat(schemas.path("Resources").findValuesAsText("id")).contains(ENTERPRISE,
          "urn:ietf:params:scim:schemas:core:2.0:User", "urn:ietf:params:scim:schemas:core:2.0:Group");
      assertThat(http.get("/Schemas/" + ENTERPRISE).json().path("name").asText()).isEqualTo("EnterpriseUser");
    }

    @Test
    void pagesAreOneBasedWithTotalAndItemsPerPage() {
      JsonNode first = http.get("/Users?startIndex=1&count=5").json();
      assertThat(first.path("totalResults").asInt()).isEqualTo(12);
      assertThat(first.path("itemsPerPage").asInt()).isEqualTo(5);
      assertThat(first.path("startIndex").asInt()).isEqualTo(1);
      JsonNode last = http.get("/Users?startIndex=11&count=5").json();
      assertThat(last.path("itemsPerPage").asInt()).isEqualTo(2);
      assertThat(last.path("startIndex").asInt()).isEqualTo(11);
      List<String> ids = new ArrayList<>();
      for (int start = 1; start <= 12; start += 5) {
        http.get("/Users?startIndex=" + start + "&count=5").json().path("Resources")
            .forEach(u -> ids.add(u.path("id").asText()));
      }
      assertThat(ids).doesNotHaveDuplicates().containsExactlyElementsOf(server.fixtures().userIds());
      assertThat(http.get("/Users?count=0").json().path("Resources")).isEmpty();
      assertThat(http.get("/Users?startIndex=0&count=1").json().path("startIndex").asInt()).isEqualTo(1);
    }

    @Test
    void filtersCompareAttributesIgnoringCase() {
      assertThat(users("userName eq \"ADA.LOVELACE@example.com\"")).containsExactly("ada.lovelace@example.com");
      assertThat(users("userName sw \"grace\"")).containsExactly("grace.hopper@example.com");
      assertThat(users("emails.value co \"turing\"")).containsExactly("alan.turing@example.com");
      assertThat(users("name.givenName eq \"Ada\" or name.givenName eq \"Ken\"")).hasSize(2);
      assertThat(users("active eq false")).hasSize(1);
      assertThat(users("roles pr")).hasSize(2);
      assertThat(users("roles pr and roles.value eq \"admin\"")).containsExactly("ada.lovelace@example.com");
      assertThat(users(ENTERPRISE + ":employeeNumber eq \"1003\"")).containsExactly("edsger.dijkstra@example.com");
      assertThat(users("groups.display eq \"Admins\"")).hasSize(2);
    }

    private List<String> users(String filter) {
      return http.get("/Users?filter=" + q(filter)).json().path("Resources").findValuesAsText("userName");
    }

    @Test
    void aFilterThatDoesNotParseIsInvalidFilter() {
      assertError(http.get("/Users?filter=" + q("userName eq")), 400, "invalidFilter");
      assertError(http.get("/Users?filter=" + q("userName ne \"x\"")), 400, "invalidFilter");
      assertError(http.get("/Users?filter=" + q("emails[type eq \"work\"]")), 400, "invalidFilter");
      assertError(http.get("/Users?filter=" + q("not (active eq true)")), 400, "invalidFilter");
    }

    @Test
    void attributesAndExcludedAttributesShapeEachResource() {
      JsonNode u = http.get("/Users?count=1&attributes=userName,name.givenName," + ENTERPRISE
          + ":department").json().path("Resources").get(0);
      assertThat(u.has("id")).isTrue();
      assertThat(u.has("schemas")).isTrue();
      assertThat(u.has("userName")).isTrue();
      assertThat(u.path("name").has("givenName")).isTrue();
      assertThat(u.path("name").has("formatted")).isFalse();
      assertThat(u.path(ENTERPRISE).has("department")).isTrue();
      assertThat(u.path(ENTERPRISE).has("employeeNumber")).isFalse();
      assertThat(u.has("emails")).isFalse();
      JsonNode g = http.get("/Groups?count=1&excludedAttributes=members,id").json().path("Resources").get(0);
      assertThat(g.has("members")).isFalse();
      assertThat(g.has("id")).isTrue();
      assertThat(g.has("displayName")).isTrue();
    }

    @Test
    void groupsListMembersWithRefAndTypeAndUsersListTheirGroups() {
      String allStaff = server.fixtures().groupId("All Staff");
      String engineering = server.fixtures().groupId("Engineering");
      JsonNode g = http.get("/Groups/" + allStaff).json();
      JsonNode nested = g.path("members").get(0);
      assertThat(nested.path("value").asText()).isEqualTo(engineering);
      assertThat(nested.path("type").asText()).isEqualTo("Group");
      assertThat(nested.path("$ref").asText()).isEqualTo(server.baseUrl() + "/Groups/" + engineering);
      assertThat(g.path("members").get(1).path("type").asText()).isEqualTo("User");
      String ada = server.fixtures().userId("ada.lovelace@example.com");
      JsonNode user = http.get("/Users/" + ada).json();
      assertThat(user.path("groups").findValuesAsText("display")).containsExactly("Engineering", "Admins");
      assertThat(user.path("meta").path("location").asText()).isEqualTo(server.baseUrl() + "/Users/" + ada);
      assertThat(user.path("meta").path("resourceType").asText()).isEqualTo("User");
    }

    @Test
    void anUnknownResourceIsA404ScimError() {
      assertError(http.get("/Users/nope"), 404, null);
      assertThat(http.get("/Users/nope").header("Content-Type")).isEqualTo("application/scim+json");
    }
  }

  @Nested
  class Capabilities {
    @Test
    void aCapSilentlyShortensPagesAndIsAdvertisedWhenTold() {
      try (FakeScimServer s = FakeScimServer.builder().shape(ScimShape.SMALL)
          .features(ScimFeatures.builder().pageSizeCap(4).advertiseCap(false).build()).start()) {
        ScimHttpClient http = ScimHttpClient.bearer(s, s.token());
        JsonNode page = http.get("/Users?startIndex=1&count=10").json();
        assertThat(page.path("itemsPerPage").asInt()).isEqualTo(4);
        assertThat(page.path("totalResults").asInt()).isEqualTo(12);
        assertThat(http.get("/ServiceProviderConfig").json().path("filter").path("maxResults").asInt())
            .isEqualTo(ScimFeatures.MAX_PAGE_SIZE_CAP);
      }
      try (FakeScimServer s = FakeScimServer.builder()
          .features(ScimFeatures.builder().pageSizeCap(4).build()).start()) {
        assertThat(ScimHttpClient.bearer(s, s.token()).get("/ServiceProviderConfig").json()
            .path("filter").path("maxResults").asInt()).isEqualTo(4);
      }
    }

    @Test
    void aServerWithoutGroupsOffersNoGroupResourceType() {
      try (FakeScimServer s = FakeScimServer.builder()
          .features(ScimFeatures.builder().groups(false).roles(false).build()).start()) {
        ScimHttpClient http = ScimHttpClient.bearer(s, s.token());
        assertThat(http.get("/ResourceTypes").json().path("Resources").findValuesAsText("name"))
            .containsExactly("User");
        assertError(http.get("/Groups"), 404, null);
        JsonNode userSchema = http.get("/Schemas/urn:ietf:params:scim:schemas:core:2.0:User").json();
        assertThat(userSchema.path("attributes").findValuesAsText("name")).doesNotContain("roles", "groups")
            .contains("entitlements");
      }
    }

    @Test
    void aServerWithoutFiltersRefusesThem() {
      try (FakeScimServer s = FakeScimServer.builder().features(ScimFeatures.builder().filter(false).build())
          .start()) {
        ScimHttpClient http = ScimHttpClient.bearer(s, s.token());
        assertThat(http.get("/ServiceProviderConfig").json().path("filter").path("supported").asBoolean()).isFalse();
        assertError(http.get("/Users?filter=" + q("userName pr")), 400, "invalidFilter");
      }
    }

    @Test
    void aServerWithoutPatchAnswers501() {
      try (FakeScimServer s = FakeScimServer.builder().features(ScimFeatures.builder().patch(false).build())
          .start()) {
        String id = s.fixtures().addUser("x@example.com");
        Answer a = ScimHttpClient.bearer(s, s.token()).send("PATCH", "/Users/" + id,
            patch("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}"));
        assertError(a, 501, null);
      }
    }
  }

  @Nested
  class Writing {
    @Test
    void patchRemovesAMemberByValueFilterAndSaysNoTargetWhenAbsent() {
      try (FakeScimServer s = FakeScimServer.start()) {
        ScimFixtures f = s.fixtures();
        String a = f.addUser("a@example.com");
        String b = f.addUser("b@example.com");
        String g = f.addGroup("G");
        f.addMember(g, a);
        f.addMember(g, b);
        ScimHttpClient http = ScimHttpClient.bearer(s, s.token());
        String remove = patch("{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + a + "\\\"]\"}");
        Answer done = http.send("PATCH", "/Groups/" + g, remove);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().path("members").findValuesAsText("value")).containsExactly(b);
        assertThat(f.members(g)).containsExactly(b);
        assertError(http.send("PATCH", "/Groups/" + g, remove), 400, "noTarget");
      }
    }

    @Test
    void patchAddsMembersReplacesActiveAndAppliesAllOrNothing() {
      try (FakeScimServer s = FakeScimServer.start()) {
        ScimFixtures f = s.fixtures();
        String a = f.addUser("a@example.com");
        String g = f.addGroup("G");
        ScimHttpClient http = ScimHttpClient.bearer(s, s.token());
        assertThat(http.send("PATCH", "/Groups/" + g, patch("{\"op\":\"add\",\"path\":\"members\","
            + "\"value\":[{\"value\":\"" + a + "\"}]}")).status()).isEqualTo(200);
        assertThat(f.members(g)).containsExactly(a);
        Answer off = http.send("PATCH", "/Users/" + a, patch("{\"op\":\"Replace\",\"path\":\"active\",\"value\":false}"));
        assertThat(off.json().path("active").asBoolean(true)).isFalse();
        assertThat(f.isActive(a)).isFalse();
        Answer noPath = http.send("PATCH", "/Users/" + a, patch("{\"op\":\"replace\",\"value\":{\"active\":true,"
            + "\"displayName\":\"A\"}}"));
        assertThat(noPath.json().path("displayName").asText()).isEqualTo("A");
        Answer half = http.send("PATCH", "/Users/" + a, patch(
            "{\"op\":\"replace\",\"path\":\"active\",\"value\":false}",
            "{\"op\":\"replace\",\"path\":\"id\",\"value\":\"other\"}"));
        assertError(half, 400, "mutability");
        assertThat(f.isActive(a)).as("the first operation was not kept").isTrue();
        assertError(http.send("PATCH", "/Users/" + a, patch("{\"op\":\"move\",\"path\":\"active\"}")), 400,
            "invalidSyntax");
        assertError(http.send("PATCH", "/Users/" + a, "{\"Operations\":[]}"), 400, "invalidSyntax");
      }
    }

    @Test
    void createReplaceAndDeleteKeepUserNamesUnique() {
      try (FakeScimServer s = FakeScimServer.start()) {
        ScimHttpClient http = ScimHttpClient.bearer(s, s.token());
        Answer created = http.send("POST", "/Users", "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
            + "\"userName\":\"new@example.com\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(created.header("Location")).isEqualTo(s.baseUrl() + "/Users/" + id);
        assertThat(created.header("ETag")).isEqualTo(created.json().path("meta").path("version").asText());
        assertError(http.send("POST", "/Users", "{\"userName\":\"NEW@example.com\"}"), 409, "uniqueness");
        assertError(http.send("POST", "/Users", "{\"displayName\":\"no name\"}"), 400, "invalidValue");
        assertError(http.send("POST", "/Users", "{"), 400, "invalidSyntax");
        Answer put = http.send("PUT", "/Users/" + id, "{\"userName\":\"renamed@example.com\",\"active\":false}");
        assertThat(put.json().path("userName").asText()).isEqualTo("renamed@example.com");
        assertThat(put.json().path("meta").path("created").asText())
            .isEqualTo(created.json().path("meta").path("created").asText());
        assertThat(http.send("DELETE", "/Users/" + id, null).status()).isEqualTo(204);
        assertError(http.get("/Users/" + id), 404, null);
      }
    }
  }

  @Nested
  class Versions {
    @Test
    void ifMatchWithAnOldVersionIs412AndIfNoneMatchWithTheCurrentIs304() {
      try (FakeScimServer s = FakeScimServer.start()) {
        String id = s.fixtures().addUser("a@example.com");
        ScimHttpClient http = ScimHttpClient.bearer(s, s.token());
        Answer first = http.get("/Users/" + id);
        String v1 = first.header("ETag");
        assertThat(v1).startsWith("W/\"").isEqualTo(first.json().path("meta").path("version").asText());
        assertThat(http.get("/Users/" + id, "If-None-Match", v1).status()).isEqualTo(304);
        String off = patch("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}");
        Answer changed = http.send("PATCH", "/Users/" + id, off, "If-Match", v1);
        assertThat(changed.status()).isEqualTo(200);
        String v2 = changed.header("ETag");
        assertThat(v2).isNotEqualTo(v1);
        assertError(http.send("PATCH", "/Users/" + id, off, "If-Match", v1), 412, null);
        assertThat(http.get("/Users/" + id, "If-None-Match", v1).status()).isEqualTo(200);
        assertThat(http.send("DELETE", "/Users/" + id, null, "If-Match", "*").status()).isEqualTo(204);
      }
    }

    @Test
    void aServerWithoutEtagsHasNoVersionsAndIgnoresIfMatch() {
      try (FakeScimServer s = FakeScimServer.builder().features(ScimFeatures.builder().etag(false).build()).start()) {
        String id = s.fixtures().addUser("a@example.com");
        ScimHttpClient http = ScimHttpClient.bearer(s, s.token());
        Answer a = http.get("/Users/" + id);
        assertThat(a.header("ETag")).isNull();
        assertThat(a.json().path("meta").has("version")).isFalse();
        assertThat(http.send("PATCH", "/Users/" + id, patch("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}"),
            "If-Match", "W/\"old\"").status()).isEqualTo(200);
      }
    }
  }

  @Nested
  class Authentication {
    @Test
    void missingOrUnknownCredentialsAre401() {
      try (FakeScimServer s = FakeScimServer.builder().basicAuth("svc", "s3cret").start()) {
        Answer none = new ScimHttpClient(s.baseUrl(), null).get("/Users");
        assertError(none, 401, null);
        assertThat(none.header("WWW-Authenticate")).contains("Bearer").contains("Basic");
        assertError(ScimHttpClient.bearer(s, "wrong").get("/Users"), 401, null);
        String good = java.util.Base64.getEncoder().encodeToString("svc:s3cret".getBytes());
        String bad = java.util.Base64.getEncoder().encodeToString("svc:nope".getBytes());
        assertThat(new ScimHttpClient(s.baseUrl(), "Basic " + good).get("/Users").status()).isEqualTo(200);
        assertError(new ScimHttpClient(s.baseUrl(), "Basic " + bad).get("/Users"), 401, null);
        String token = s.issueToken(ScimAccess.full());
        assertThat(ScimHttpClient.bearer(s, token).get("/Users").status()).isEqualTo(200);
        s.revokeToken(token);
        assertError(ScimHttpClient.bearer(s, token).get("/Users"), 401, null);
      }
    }

    @Test
    void aReadOnlyTokenGets403OnWritesAndALimitedTokenOnOtherTypes() {
      try (FakeScimServer s = FakeScimServer.builder().shape(ScimShape.SMALL).start()) {
        String id = s.fixtures().userIds().get(0);
        ScimHttpClient reader = ScimHttpClient.bearer(s, s.issueToken(ScimAccess.readOnly()));
        assertThat(reader.get("/Users/" + id).status()).isEqualTo(200);
        assertError(reader.send("PATCH", "/Users/" + id, patch("{\"op\":\"replace\",\"path\":\"active\",\"value\":false}")),
            403, null);
        ScimHttpClient usersOnly = ScimHttpClient.bearer(s, s.issueToken(ScimAccess.only("User")));
        assertThat(usersOnly.get("/Users").status()).isEqualTo(200);
        assertError(usersOnly.get("/Groups"), 403, null);
        assertThat(usersOnly.get("/ResourceTypes").status()).isEqualTo(200);
      }
    }
  }

  @Nested
  class FaultsAndJournal {
    @Test
    void rateLimitedAnswersCarryRetryAfterAndLaterPagesCanFail() {
      try (FakeScimServer s = FakeScimServer.builder().shape(ScimShape.SMALL)
          .fault(ScimFaultRule.nth("/Users", 1, new ScimFault.RateLimited(Duration.ofMillis(1500))))
          .fault(ScimFaultRule.always("/Users", new ScimFault.Status(503)).laterPages())
          .start()) {
        ScimHttpClient http = ScimHttpClient.bearer(s, s.token());
        Answer limited = http.get("/Users?count=5");
        assertError(limited, 429, null);
        assertThat(limited.header("Retry-After")).isEqualTo("2");
        assertThat(http.get("/Users?count=5").status()).isEqualTo(200);
        assertError(http.get("/Users?startIndex=6&count=5"), 503, null);
        assertThat(s.journal().entries()).extracting(ScimJournalEntry::status).containsExactly(429, 200, 503);
        assertThat(s.journal().entries().get(2).query()).isEqualTo("startIndex=6&count=5");
        s.clearFaults();
        assertThat(http.get("/Users?startIndex=6&count=5").status()).isEqualTo(200);
      }
    }

    @Test
    void aChangeBetweenPagesMovesTheTotal() {
      try (FakeScimServer s = FakeScimServer.builder().shape(ScimShape.SMALL)
          .fault(ScimFaultRule.nth("/Users", 2, new ScimFault.Change(f -> f.addUser("late@example.com"))))
          .start()) {
        ScimHttpClient http = ScimHttpClient.bearer(s, s.token());
        assertThat(http.get("/Users?count=5").json().path("totalResults").asInt()).isEqualTo(12);
        assertThat(http.get("/Users?startIndex=6&count=5").json().path("totalResults").asInt()).isEqualTo(13);
      }
    }

    @Test
    void faultRulesRefuseBadPathsAndCounts() {
      assertThatThrownBy(() -> ScimFaultRule.nth("Users", 1, new ScimFault.ConnectionReset()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new ScimFault.Status(200)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theMediumShapeHasThousandsOfUsersAndIsTheSameForTheSameSeed() {
    try (FakeScimServer a = FakeScimServer.builder().shape(ScimShape.MEDIUM).seed(9).start();
        FakeScimServer b = FakeScimServer.builder().shape(ScimShape.MEDIUM).seed(9).start()) {
      assertThat(a.fixtures().userCount()).isEqualTo(3_000);
      assertThat(a.fixtures().groupCount()).isEqualTo(300);
      assertThat(a.fixtures().userIds()).isEqualTo(b.fixtures().userIds());
      assertThat(a.token()).isEqualTo(b.token());
      String g = a.fixtures().groupIds().get(0);
      assertThat(a.fixtures().members(g)).isEqualTo(b.fixtures().members(g));
      JsonNode page = ScimHttpClient.bearer(a, a.token()).get("/Users?count=1000").json();
      assertThat(page.path("itemsPerPage").asInt()).isEqualTo(200);
      assertThat(page.path("totalResults").asInt()).isEqualTo(3_000);
    }
  }

  @Test
  void fixturesRefuseUnknownIds() {
    try (FakeScimServer s = FakeScimServer.start()) {
      assertThatThrownBy(() -> s.fixtures().addMember("nope", "nope")).isInstanceOf(IllegalArgumentException.class);
      assertThat(s.fixtures().addUser("u", "U V", true, Map.of())).isNotBlank();
    }
  }
}
