package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Every endpoint's response validates against Okta's own OpenAPI spec (the minimal variant,
 * vendored in test resources), with the spec defects of {@link OktaSpecPatches} corrected.
 */
class OpenApiConformanceTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static FakeOktaTenant tenant;
  static JsonSchemaFactory factory;
  static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
      .nullableKeywordEnabled(true).build();
  static String user;
  static String group;
  static String app;
  static String bot;
  static String token;
  static String accessToken;

  @BeforeAll
  static void start() throws Exception {
    Map<String, byte[]> docs = Map.of(
        "https://okta.test/management.json", load("okta-openapi/management-minimal.yaml"),
        "https://okta.test/oauth.json", load("okta-openapi/oauth-minimal.yaml"));
    factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, b -> b
        .metaSchema(OpenApi30.getInstance())
        .defaultMetaSchemaIri(OpenApi30.getInstance().getIri())
        .schemaLoaders(l -> l.add(iri -> docs.containsKey(iri.toString())
            ? () -> new ByteArrayInputStream(docs.get(iri.toString())) : null)));
    tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).rateLimits(RateLimits.disabled())
        .start();
    TenantFixtures f = tenant.fixtures();
    user = tenant.adminUserId();
    String auth = "SSWS " + tenant.apiToken();
    group = id(RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/groups?q=Engineering", auth, null));
    app = id(RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/apps?q=Salesforce", auth, null));
    bot = id(RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/apps?q=Automation", auth, null));
    token = id(RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/api-tokens", auth, null));
    RawHttp.send(tenant.orgUrl(), "POST", "/api/v1/users/" + f.addUser("x@example.com")
        + "/lifecycle/suspend", auth, "");
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    KeyPair keys = gen.generateKeyPair();
    String service = f.addServiceApp("Spec service", keys.getPublic(), null);
    f.grantScope(service, "okta.users.read");
    accessToken = ClientAssertions.tokenForm(tenant.orgUrl(), service, keys, "okta.users.read");
  }

  private static byte[] load(String resource) throws Exception {
    try (InputStream in = OpenApiConformanceTest.class.getClassLoader()
        .getResourceAsStream(resource)) {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(32 * 1024 * 1024);
      JsonNode spec = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build())
          .readTree(in);
      OktaSpecPatches.apply(spec);
      return JSON.writeValueAsBytes(spec);
    }
  }

  private static String id(RawHttp.Response r) throws Exception {
    return JSON.readTree(r.body()).get(0).get("id").asText();
  }

  @AfterAll
  static void stop() {
    tenant.close();
  }

  static Stream<Arguments> endpoints() {
    return Stream.of(
        Arguments.of("/api/v1/users", "/api/v1/users?limit=5", 200),
        Arguments.of("/api/v1/users", "/api/v1/users?search=status%20eq%20%22DEPROVISIONED%22", 200),
        Arguments.of("/api/v1/users/{id}", "/api/v1/users/" + user, 200),
        Arguments.of("/api/v1/users/{id}", "/api/v1/users/me", 200),
        Arguments.of("/api/v1/users/{userId}/roles", "/api/v1/users/" + user + "/roles", 200),
        Arguments.of("/api/v1/users/{userId}/factors", "/api/v1/users/@/factors", 200),
        Arguments.of("/api/v1/users/{id}/groups", "/api/v1/users/" + user + "/groups", 200),
        Arguments.of("/api/v1/groups", "/api/v1/groups?expand=stats", 200),
        Arguments.of("/api/v1/groups/rules", "/api/v1/groups/rules", 200),
        Arguments.of("/api/v1/groups/{groupId}", "/api/v1/groups/" + "#group", 200),
        Arguments.of("/api/v1/groups/{groupId}/users", "/api/v1/groups/#group/users", 200),
        Arguments.of("/api/v1/groups/{groupId}/apps", "/api/v1/groups/#group/apps", 200),
        Arguments.of("/api/v1/groups/{groupId}/roles", "/api/v1/groups/#admins/roles", 200),
        Arguments.of("/api/v1/apps", "/api/v1/apps", 200),
        Arguments.of("/api/v1/apps/{appId}", "/api/v1/apps/#app", 200),
        Arguments.of("/api/v1/apps/{appId}/users", "/api/v1/apps/#app/users", 200),
        Arguments.of("/api/v1/apps/{appId}/groups", "/api/v1/apps/#app/groups", 200),
        Arguments.of("/api/v1/apps/{appId}/grants", "/api/v1/apps/#bot/grants", 200),
        Arguments.of("/api/v1/api-tokens", "/api/v1/api-tokens", 200),
        Arguments.of("/api/v1/api-tokens/{apiTokenId}", "/api/v1/api-tokens/#token", 200),
        Arguments.of("/api/v1/iam/assignees/users", "/api/v1/iam/assignees/users", 200),
        Arguments.of("/api/v1/org", "/api/v1/org", 200),
        Arguments.of("/oauth2/v1/clients/{clientId}/roles", "/oauth2/v1/clients/#bot/roles", 200),
        Arguments.of("/api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/groups",
            "/api/v1/groups/#admins/roles/#adminsRole/targets/groups", 200),
        Arguments.of("/api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps",
            "/api/v1/users/#appAdmin/roles/#appAdminRole/targets/catalog/apps", 200),
        Arguments.of("/api/v1/iam/roles/{roleIdOrLabel}/permissions",
            "/api/v1/iam/roles/#customRole/permissions", 200),
        Arguments.of("/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources",
            "/api/v1/iam/resource-sets/#resourceSet/resources", 200),
        Arguments.of("/api/v1/logs", "/api/v1/logs", 200),
        Arguments.of("/api/v1/users/{id}", "/api/v1/users/00uNOPE", 404),
        Arguments.of("/api/v1/users", "/api/v1/users?filter=nope%20eq%201", 400));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("endpoints")
  void responseMatchesOktasSpec(String specPath, String path, int status) throws Exception {
    String groupId = group;
    String admins = JSON.readTree(RawHttp.send(tenant.orgUrl(), "GET",
        "/api/v1/groups?q=IT%20Admins", "SSWS " + tenant.apiToken(), null).body()).get(0)
        .get("id").asText();
    String actual = roles(path.replace("#adminsRole", firstRole("/api/v1/groups/" + admins, "type",
        "USER_ADMIN")))
        .replace("#group", groupId).replace("#admins", admins)
        .replace("#app", app).replace("#bot", bot).replace("#token", token)
        .replace("/@/", "/" + firstUserWithFactors() + "/");
    RawHttp.Response r = RawHttp.send(tenant.orgUrl(), "GET", actual,
        "SSWS " + tenant.apiToken(), null);
    assertThat(r.status()).isEqualTo(status);
    String pointer = status != 200 ? "/components/schemas/Error" : "/paths/"
        + specPath.replace("~", "~0").replace("/", "~1")
        + "/get/responses/200/content/application~1json/schema";
    assertValid("https://okta.test/management.json", pointer, r.body());
  }

  /** Replaces the placeholders of the demo's application admin and custom role. */
  private static String roles(String path) throws Exception {
    if (!path.contains("#appAdmin") && !path.contains("#customRole") && !path.contains("#resourceSet")) {
      return path;
    }
    String auth = "SSWS " + tenant.apiToken();
    for (JsonNode u : JSON.readTree(RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/iam/assignees/users",
        auth, null).body()).get("value")) {
      String userId = u.get("id").asText();
      for (JsonNode r : JSON.readTree(RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users/" + userId
          + "/roles", auth, null).body())) {
        String type = r.get("type").asText();
        if (type.equals("APP_ADMIN") && path.contains("#appAdmin")) {
          return path.replace("#appAdminRole", r.get("id").asText()).replace("#appAdmin", userId);
        }
        if (type.equals("CUSTOM") && !path.contains("#appAdmin")) {
          return path.replace("#customRole", r.get("role").asText())
              .replace("#resourceSet", r.get("resource-set").asText());
        }
      }
    }
    throw new IllegalStateException("the demo has an application admin and a custom role: " + path);
  }

  private static String firstRole(String principal, String field, String value) throws Exception {
    for (JsonNode r : JSON.readTree(RawHttp.send(tenant.orgUrl(), "GET", principal + "/roles",
        "SSWS " + tenant.apiToken(), null).body())) {
      if (value.equals(r.get(field).asText())) {
        return r.get("id").asText();
      }
    }
    return "none";
  }

  private static String firstUserWithFactors() throws Exception {
    for (JsonNode u : JSON.readTree(RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users",
        "SSWS " + tenant.apiToken(), null).body())) {
      String body = RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users/" + u.get("id").asText()
          + "/factors", "SSWS " + tenant.apiToken(), null).body();
      if (body.length() > 2) {
        return u.get("id").asText();
      }
    }
    throw new IllegalStateException("demo has users with factors");
  }

  /** Sends a write and checks its answer against the spec's 200 schema of that method and path. */
  private static JsonNode write(String method, String specPath, String path, String body) throws Exception {
    RawHttp.Response r = RawHttp.send(tenant.orgUrl(), method, path, "SSWS " + tenant.apiToken(), body);
    assertThat(r.status()).as("%s %s: %s", method, path, r.body()).isEqualTo(200);
    assertValid("https://okta.test/management.json", "/paths/" + specPath.replace("~", "~0").replace("/", "~1")
        + "/" + method.toLowerCase(java.util.Locale.ROOT) + "/responses/200/content/application~1json/schema",
        r.body());
    return JSON.readTree(r.body());
  }

  @org.junit.jupiter.api.Test
  void writeResponsesMatchOktasSpec() throws Exception {
    String profile = "{\"profile\":{\"login\":\"spec.writer@example.com\",\"email\":\"spec.writer@example.com\","
        + "\"firstName\":\"Spec\",\"lastName\":\"Writer\"}}";
    String user = write("POST", "/api/v1/users", "/api/v1/users?activate=false", profile).get("id").asText();
    write("POST", "/api/v1/users/{id}", "/api/v1/users/" + user, "{\"profile\":{\"nickName\":\"Spec\"}}");
    write("PUT", "/api/v1/users/{id}", "/api/v1/users/" + user, profile);
    String group = write("POST", "/api/v1/groups", "/api/v1/groups",
        "{\"profile\":{\"name\":\"Spec writers\"}}").get("id").asText();
    write("PUT", "/api/v1/groups/{groupId}", "/api/v1/groups/" + group,
        "{\"profile\":{\"name\":\"Spec writers\",\"description\":\"renamed\"}}");
    String app = write("POST", "/api/v1/apps", "/api/v1/apps", "{\"name\":\"bookmark\",\"label\":\"Spec bookmark\","
        + "\"signOnMode\":\"BOOKMARK\",\"settings\":{\"app\":{\"url\":\"https://spec.example.com\"}}}")
        .get("id").asText();
    write("POST", "/api/v1/apps/{appId}/users", "/api/v1/apps/" + app + "/users", "{\"id\":\"" + user + "\"}");
    write("PUT", "/api/v1/apps/{appId}/groups/{groupId}", "/api/v1/apps/" + app + "/groups/" + group, "{}");
    RawHttp.Response duplicate = RawHttp.send(tenant.orgUrl(), "POST", "/api/v1/users", "SSWS " + tenant.apiToken(),
        profile);
    assertThat(duplicate.status()).isEqualTo(400);
    assertValid("https://okta.test/management.json", "/components/schemas/Error", duplicate.body());
  }

  @org.junit.jupiter.api.Test
  void groupRuleResponsesMatchOktasSpec() throws Exception {
    String rule = "{\"type\":\"group_rule\",\"name\":\"Spec rule\",\"conditions\":{\"expression\":"
        + "{\"type\":\"urn:okta:expression:1.0\",\"value\":\"user.department==\\\"Spec\\\"\"},"
        + "\"people\":{\"users\":{\"exclude\":[]}}},\"actions\":{\"assignUserToGroups\":{\"groupIds\":[\""
        + group + "\"]}}}";
    JsonNode created = write("POST", "/api/v1/groups/rules", "/api/v1/groups/rules", rule);
    String id = created.get("id").asText();
    assertThat(created.get("status").asText()).isEqualTo("INACTIVE");
    write("PUT", "/api/v1/groups/rules/{groupRuleId}", "/api/v1/groups/rules/" + id,
        rule.replace("Spec rule", "Spec rule renamed"));
    RawHttp.Response one = RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/groups/rules/" + id
        + "?expand=groupIdToGroupNameMap", "SSWS " + tenant.apiToken(), null);
    assertValid("https://okta.test/management.json", "/paths/~1api~1v1~1groups~1rules~1{groupRuleId}/get/responses/200/"
        + "content/application~1json/schema", one.body());
    assertThat(RawHttp.send(tenant.orgUrl(), "POST", "/api/v1/groups/rules/" + id + "/lifecycle/activate",
        "SSWS " + tenant.apiToken(), "").status()).isEqualTo(204);
    assertThat(RawHttp.send(tenant.orgUrl(), "POST", "/api/v1/groups/rules/" + id + "/lifecycle/deactivate",
        "SSWS " + tenant.apiToken(), "").status()).isEqualTo(204);
    assertThat(RawHttp.send(tenant.orgUrl(), "DELETE", "/api/v1/groups/rules/" + id + "?removeUsers=true",
        "SSWS " + tenant.apiToken(), null).status()).isEqualTo(202);
    RawHttp.Response invalid = RawHttp.send(tenant.orgUrl(), "POST", "/api/v1/groups/rules",
        "SSWS " + tenant.apiToken(), rule.replace("==", "="));
    assertThat(invalid.status()).isEqualTo(400);
    assertValid("https://okta.test/management.json", "/components/schemas/Error", invalid.body());
  }

  @org.junit.jupiter.api.Test
  void passwordAndFactorResponsesMatchOktasSpec() throws Exception {
    TenantFixtures f = tenant.fixtures();
    String pat = f.addUser("spec.factors@example.com");
    write("POST", "/api/v1/users/{id}/lifecycle/expire_password", "/api/v1/users/" + pat
        + "/lifecycle/expire_password", "");
    write("POST", "/api/v1/users/{id}/lifecycle/expire_password_with_temp_password", "/api/v1/users/" + pat
        + "/lifecycle/expire_password_with_temp_password", "");
    write("POST", "/api/v1/users/{id}/lifecycle/reset_password", "/api/v1/users/" + pat
        + "/lifecycle/reset_password?sendEmail=false", "");
    JsonNode sms = write("POST", "/api/v1/users/{userId}/factors", "/api/v1/users/" + pat + "/factors",
        "{\"factorType\":\"sms\",\"provider\":\"OKTA\",\"profile\":{\"phoneNumber\":\"+15554151337\"}}");
    write("POST", "/api/v1/users/{userId}/factors/{factorId}/lifecycle/activate", "/api/v1/users/" + pat
        + "/factors/" + sms.get("id").asText() + "/lifecycle/activate", "{\"passCode\":\"123456\"}");
    for (String[] read : new String[][] {
        {"/api/v1/users/{userId}/factors/catalog", "/api/v1/users/" + pat + "/factors/catalog"},
        {"/api/v1/authenticators", "/api/v1/authenticators"}}) {
      RawHttp.Response r = RawHttp.send(tenant.orgUrl(), "GET", read[1], "SSWS " + tenant.apiToken(), null);
      assertThat(r.status()).as(read[1]).isEqualTo(200);
      assertValid("https://okta.test/management.json", "/paths/" + read[0].replace("/", "~1")
          + "/get/responses/200/content/application~1json/schema", r.body());
    }
    // getFactor's 200 is the shared response GetFactorResponse.
    RawHttp.Response one = RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users/" + pat + "/factors/"
        + sms.get("id").asText(), "SSWS " + tenant.apiToken(), null);
    assertValid("https://okta.test/management.json",
        "/components/responses/GetFactorResponse/content/application~1json/schema", one.body());
    RawHttp.Response wrong = RawHttp.send(tenant.orgUrl(), "POST", "/api/v1/users/" + pat + "/factors",
        "SSWS " + tenant.apiToken(), "{\"factorType\":\"sms\",\"profile\":{\"phoneNumber\":\"x\"}}");
    assertThat(wrong.status()).isEqualTo(400);
    assertValid("https://okta.test/management.json", "/components/schemas/Error", wrong.body());
  }

  /** Sends a request and checks its answer against the spec's schema of that method, path and status. */
  private static JsonNode exchange(String method, String specPath, String path, String body, int status)
      throws Exception {
    RawHttp.Response r = RawHttp.send(tenant.orgUrl(), method, path, "SSWS " + tenant.apiToken(), body);
    assertThat(r.status()).as("%s %s: %s", method, path, r.body()).isEqualTo(status);
    assertValid("https://okta.test/management.json", "/paths/" + specPath.replace("~", "~0").replace("/", "~1")
        + "/" + method.toLowerCase(java.util.Locale.ROOT) + "/responses/" + status
        + "/content/application~1json/schema", r.body());
    return JSON.readTree(r.body());
  }

  @org.junit.jupiter.api.Test
  void appLinkAndGroupOwnerResponsesMatchOktasSpec() throws Exception {
    TenantFixtures f = tenant.fixtures();
    String user = f.addUser("spec.links@example.com");
    String app = f.addApp("Spec links", OktaSignOnMode.BOOKMARK, AppStatus.ACTIVE);
    f.assignUser(app, user);
    String group = f.addGroup("Spec owned", OktaGroupType.OKTA_GROUP);
    JsonNode links = exchange("GET", "/api/v1/users/{id}/appLinks", "/api/v1/users/" + user + "/appLinks", null, 200);
    assertThat(links.findValuesAsText("label")).contains("Spec links");
    exchange("POST", "/api/v1/groups/{groupId}/owners", "/api/v1/groups/" + group + "/owners",
        "{\"id\":\"" + user + "\",\"type\":\"USER\"}", 201);
    assertThat(exchange("GET", "/api/v1/groups/{groupId}/owners", "/api/v1/groups/" + group + "/owners", null, 200))
        .hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void userGrantsForAClientMatchOktasSpec() throws Exception {
    TenantFixtures f = tenant.fixtures();
    String user = f.addUser("spec.consent@example.com");
    String client = f.addApp("Spec consent", OktaSignOnMode.OPENID_CONNECT, AppStatus.ACTIVE);
    f.consentScope(client, user, "okta.users.read");
    JsonNode grants = exchange("GET", "/api/v1/users/{userId}/clients/{clientId}/grants",
        "/api/v1/users/" + user + "/clients/" + client + "/grants?limit=5", null, 200);
    assertThat(grants.findValuesAsText("source")).containsExactly("END_USER");
  }

  @org.junit.jupiter.api.Test
  void accessManagementResponsesMatchOktasSpec() throws Exception {
    TenantFixtures f = tenant.fixtures();
    String base = tenant.orgUrl();
    String member = f.addUser("spec.admin@example.com");
    String team = f.addGroup("Spec team", OktaGroupType.OKTA_GROUP);
    f.addMember(team, member);
    String role = exchange("POST", "/api/v1/iam/roles", "/api/v1/iam/roles", "{\"label\":\"Spec role\","
        + "\"description\":\"reads\",\"permissions\":[\"okta.users.read\"]}", 200).get("id").asText();
    exchange("GET", "/api/v1/iam/roles", "/api/v1/iam/roles", null, 200);
    exchange("GET", "/api/v1/iam/roles/{roleIdOrLabel}", "/api/v1/iam/roles/" + role, null, 200);
    exchange("PUT", "/api/v1/iam/roles/{roleIdOrLabel}", "/api/v1/iam/roles/" + role,
        "{\"label\":\"Spec role\",\"description\":\"still reads\"}", 200);
    exchange("GET", "/api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}",
        "/api/v1/iam/roles/" + role + "/permissions/okta.users.read", null, 200);
    String set = exchange("POST", "/api/v1/iam/resource-sets", "/api/v1/iam/resource-sets",
        "{\"label\":\"Spec set\",\"description\":\"team\",\"resources\":[\"" + base + "/api/v1/groups/" + team
        + "\"]}", 200).get("id").asText();
    exchange("GET", "/api/v1/iam/resource-sets", "/api/v1/iam/resource-sets", null, 200);
    exchange("GET", "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}", "/api/v1/iam/resource-sets/" + set, null,
        200);
    exchange("PUT", "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}", "/api/v1/iam/resource-sets/" + set,
        "{\"label\":\"Spec set\",\"description\":\"the team\"}", 200);
    exchange("PATCH", "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources",
        "/api/v1/iam/resource-sets/" + set + "/resources", "{\"additions\":[\"" + base + "/api/v1/users\"]}", 200);
    String resource = exchange("GET", "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources",
        "/api/v1/iam/resource-sets/" + set + "/resources", null, 200).get("resources").get(0).get("id").asText();
    exchange("GET", "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources/{resourceId}",
        "/api/v1/iam/resource-sets/" + set + "/resources/" + resource, null, 200);
    String bindings = "/api/v1/iam/resource-sets/" + set + "/bindings";
    exchange("POST", "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings", bindings,
        "{\"role\":\"" + role + "\",\"members\":[\"" + base + "/api/v1/users/" + member + "\"]}", 200);
    exchange("PATCH", "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}/members",
        bindings + "/" + role + "/members", "{\"additions\":[\"" + base + "/api/v1/groups/" + team + "\"]}", 200);
    exchange("GET", "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings", bindings, null, 200);
    exchange("GET", "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}",
        bindings + "/" + role, null, 200);
    String memberId = exchange("GET",
        "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}/members",
        bindings + "/" + role + "/members", null, 200).get("members").get(0).get("id").asText();
    exchange("GET", "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}/members/{memberId}",
        bindings + "/" + role + "/members/" + memberId, null, 200);
    exchange("GET", "/api/v1/users/{userId}/roles", "/api/v1/users/" + member + "/roles", null, 200);
    String ra = exchange("POST", "/api/v1/users/{userId}/roles", "/api/v1/users/" + member + "/roles",
        "{\"type\":\"USER_ADMIN\"}", 201).get("id").asText();
    exchange("GET", "/api/v1/users/{userId}/roles/{roleAssignmentId}", "/api/v1/users/" + member + "/roles/" + ra,
        null, 200);
    String other = f.addGroup("Spec helpdesk", OktaGroupType.OKTA_GROUP);
    exchange("POST", "/api/v1/groups/{groupId}/roles", "/api/v1/groups/" + other + "/roles",
        "{\"type\":\"HELP_DESK_ADMIN\"}", 200);
    exchange("POST", "/oauth2/v1/clients/{clientId}/roles", "/oauth2/v1/clients/" + bot + "/roles",
        "{\"type\":\"REPORT_ADMIN\"}", 200);
    String crm = f.addApp("Spec CRM", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
    f.assignUser(crm, member);
    f.assignGroup(crm, team);
    exchange("GET", "/api/v1/apps/{appId}/users/{userId}", "/api/v1/apps/" + crm + "/users/" + member, null, 200);
    exchange("POST", "/api/v1/apps/{appId}/users/{userId}", "/api/v1/apps/" + crm + "/users/" + member,
        "{\"profile\":{\"title\":\"Lead\"}}", 200);
    exchange("GET", "/api/v1/apps/{appId}/groups/{groupId}", "/api/v1/apps/" + crm + "/groups/" + team, null, 200);
    String grant = exchange("POST", "/api/v1/apps/{appId}/grants", "/api/v1/apps/" + bot + "/grants",
        "{\"issuer\":\"" + base + "\",\"scopeId\":\"okta.logs.read\"}", 201).get("id").asText();
    exchange("GET", "/api/v1/apps/{appId}/grants/{grantId}", "/api/v1/apps/" + bot + "/grants/" + grant, null, 200);
    String kid = exchange("POST", "/api/v1/apps/{appId}/credentials/keys/generate", "/api/v1/apps/" + crm
        + "/credentials/keys/generate?validityYears=3", "", 201).get("kid").asText();
    exchange("GET", "/api/v1/apps/{appId}/credentials/keys", "/api/v1/apps/" + crm + "/credentials/keys", null, 200);
    exchange("GET", "/api/v1/apps/{appId}/credentials/keys/{keyId}", "/api/v1/apps/" + crm + "/credentials/keys/"
        + kid, null, 200);
  }

  @ParameterizedTest(name = "error {0}")
  @MethodSource("errors")
  void errorBodiesMatchTheErrorSchema(int status, String path, String auth) throws Exception {
    RawHttp.Response r = RawHttp.send(tenant.orgUrl(), "GET", path, auth, null);
    assertThat(r.status()).isEqualTo(status);
    assertValid("https://okta.test/management.json", "/components/schemas/Error", r.body());
  }

  static Stream<Arguments> errors() {
    return Stream.of(Arguments.of(401, "/api/v1/users", "SSWS wrong"),
        Arguments.of(404, "/api/v1/groups/00gNOPE", "SSWS " + tenant.apiToken()));
  }

  @org.junit.jupiter.api.Test
  void validatorRejectsAResponseThatBreaksTheSpec() throws Exception {
    JsonSchema schema = factory.getSchema(SchemaLocation.of("https://okta.test/management.json"
        + "#/paths/~1api~1v1~1users/get/responses/200/content/application~1json/schema"), CONFIG);
    assertThat(schema.validate(JSON.readTree("[{\"id\":\"00u1\",\"status\":\"HAPPY\","
        + "\"created\":5}]"))).isNotEmpty();
  }

  @org.junit.jupiter.api.Test
  void tokenResponseMatchesTheOAuthSpec() throws Exception {
    RawHttp.Response r = RawHttp.send(tenant.orgUrl(), "POST", "/oauth2/v1/token", null,
        accessToken);
    assertThat(r.status()).isEqualTo(200);
    assertValid("https://okta.test/oauth.json", "/paths/~1oauth2~1v1~1token/post/responses/200/"
        + "content/application~1json/schema", r.body());
  }

  private static void assertValid(String doc, String pointer, String body) throws Exception {
    JsonSchema schema = factory.getSchema(SchemaLocation.of(doc + "#" + pointer), CONFIG);
    Set<ValidationMessage> errors = schema.validate(JSON.readTree(body));
    assertThat(errors).as("validation errors for %s", pointer).isEmpty();
  }
}
