package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Header names, paging links, dates and errors on the wire, read over a raw socket. */
class WireFormatTest {
  static FakeOktaTenant tenant;

  @BeforeAll
  static void start() {
    tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).rateLimits(RateLimits.disabled())
        .start();
  }

  @AfterAll
  static void stop() {
    tenant.close();
  }

  private static RawHttp.Response get(String path) throws Exception {
    return RawHttp.send(tenant.orgUrl(), "GET", path, "SSWS " + tenant.apiToken(), null);
  }

  @Test
  void linkHeadersAreLowerCaseSeparateAndAbsolute() throws Exception {
    RawHttp.Response r = get("/api/v1/users?limit=5");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.all("link")).hasSize(2);
    assertThat(r.all("Link")).isEmpty();
    assertThat(r.all("link").get(0)).isEqualTo("<" + tenant.orgUrl()
        + "/api/v1/users?limit=5>; rel=\"self\"");
    assertThat(r.all("link").get(1)).matches("<" + tenant.orgUrl()
        + "/api/v1/users\\?after=00u\\w+&limit=5>; rel=\"next\"");
  }

  @Test
  void lastPageHasOnlySelfLink() throws Exception {
    RawHttp.Response r = get("/api/v1/groups?limit=100");
    assertThat(r.all("link")).hasSize(1).allMatch(l -> l.endsWith("rel=\"self\""));
  }

  @Test
  void everyResponseCarriesOktaHeaders() throws Exception {
    RawHttp.Response r = get("/api/v1/apps");
    assertThat(r.first("Content-Type")).isEqualTo("application/json");
    assertThat(r.first("x-okta-request-id")).isNotBlank();
    // Limits are off in this tenant: the headers say so with a limit no client reaches.
    assertThat(r.first("x-rate-limit-limit")).isEqualTo("1000000");
    assertThat(r.first("x-rate-limit-remaining")).isNotBlank();
    assertThat(Long.parseLong(r.first("x-rate-limit-reset")))
        .isGreaterThan(System.currentTimeMillis() / 1000 - 1);
    assertThat(r.first("Date")).endsWith("GMT");
    assertThat(r.body()).startsWith("[{");
  }

  @Test
  void datesHaveMillisecondsAndZ() throws Exception {
    assertThat(get("/api/v1/users/me").body())
        .containsPattern("\"created\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\"");
  }

  @Test
  void wrongTokenGets401E0000011() throws Exception {
    RawHttp.Response r = RawHttp.send(tenant.orgUrl(), "GET", "/api/v1/users", "SSWS nope", null);
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.body()).contains("\"errorCode\":\"E0000011\"", "\"errorCauses\":[]");
  }

  @Test
  void unknownUserGets404E0000007() throws Exception {
    RawHttp.Response r = get("/api/v1/users/00uNOPE");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body()).contains("E0000007");
  }

  @Test
  void unsupportedFilterGets400E0000031() throws Exception {
    RawHttp.Response r = get("/api/v1/users?filter=profile.department%20eq%20%22Sales%22");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("E0000031", "filter does not support 'profile.department'");
    RawHttp.Response ne = get("/api/v1/users?search=status%20ne%20%22ACTIVE%22");
    assertThat(ne.status()).isEqualTo(400);
  }

  @Test
  void searchReachesCustomAttributesAndDeprovisionedUsers() throws Exception {
    assertThat(get("/api/v1/users?search=profile.badgeActive%20eq%20false").body())
        .contains("\"badgeActive\":false").doesNotContain("\"badgeActive\":true");
    assertThat(get("/api/v1/users?filter=status%20eq%20%22DEPROVISIONED%22").body())
        .contains("DEPROVISIONED");
  }

  @Test
  void qIsNotPagedAndHidesDeprovisioned() throws Exception {
    RawHttp.Response r = get("/api/v1/users?q=a");
    assertThat(r.all("link")).hasSize(1);
    assertThat(r.body()).doesNotContain("DEPROVISIONED");
  }

  @Test
  void searchSortsByAnAttributeAcrossPages() throws Exception {
    String path = "/api/v1/users?search=status%20eq%20%22ACTIVE%22&sortBy=profile.login"
        + "&sortOrder=desc&limit=20";
    java.util.List<String> logins = new java.util.ArrayList<>();
    RawHttp.Response r = get(path);
    while (true) {
      for (com.fasterxml.jackson.databind.JsonNode u : new com.fasterxml.jackson.databind
          .ObjectMapper().readTree(r.body())) {
        logins.add(u.path("profile").path("login").asText());
      }
      if (r.all("link").size() < 2) {
        break;
      }
      r = get(r.all("link").get(1).replaceAll("<([^>]+)>.*", "$1")
          .substring(tenant.orgUrl().length()));
    }
    assertThat(logins).hasSizeGreaterThan(20).doesNotHaveDuplicates()
        .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
  }

  @Test
  void appSourcedGroupsEmbedTheirApp() throws Exception {
    assertThat(get("/api/v1/groups?expand=app&filter=type%20eq%20%22APP_GROUP%22").body())
        .contains("\"_embedded\":{\"app\":{", "\"label\":\"Active Directory\"");
  }

  @Test
  void adminPathsServeJournalAndCountsWithoutBeingJournaled() throws Exception {
    RawHttp.send(tenant.orgUrl(), "DELETE", "/__admin/journal", null, null);
    get("/api/v1/logs");
    RawHttp.Response journal = RawHttp.send(tenant.orgUrl(), "GET", "/__admin/journal", null,
        null);
    assertThat(journal.status()).isEqualTo(200);
    assertThat(journal.body()).contains("\"total\":1", "\"LOGS\":1", "\"path\":\"/api/v1/logs\"");
    assertThat(RawHttp.send(tenant.orgUrl(), "GET", "/__admin/counts", null, null).body())
        .contains("\"users\":50", "\"groups\":12");
    assertThat(RawHttp.send(tenant.orgUrl(), "GET", "/__admin/nope", null, null).status())
        .isEqualTo(404);
  }

  @Test
  void groupStatsCarryCountsAndAdminPrivilege() throws Exception {
    String body = get("/api/v1/groups?expand=stats&search=profile.name%20eq%20%22IT%20Admins%22")
        .body();
    assertThat(body).contains("\"usersCount\":2", "\"appsCount\":0",
        "\"hasAdminPrivlege\":true");
  }
}
