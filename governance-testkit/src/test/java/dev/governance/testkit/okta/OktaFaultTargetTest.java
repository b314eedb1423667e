package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiException;
import dev.governance.core.Secret;
import dev.governance.testkit.faults.FaultCase;
import dev.governance.testkit.faults.FaultKind;
import dev.governance.testkit.faults.FaultPosition;
import dev.governance.testkit.faults.FaultSite;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake tenant's fault target: sites from the journal, faults by position, the tenant restored. */
class OktaFaultTargetTest {

  private FakeOktaTenant tenant;
  private OktaFaultTarget target;
  private String sales;
  private String finance;

  @BeforeEach
  void start() throws Exception {
    tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).rateLimits(RateLimits.disabled()).start();
    sales = tenant.fixtures().addGroup("Sales team", OktaGroupType.OKTA_GROUP);
    finance = tenant.fixtures().addGroup("Finance team", OktaGroupType.OKTA_GROUP);
    target = OktaFaultTarget.builder(tenant).readTimeout(Duration.ofMillis(200))
        .secret("the private key", Secret.of("not-a-real-key-but-secret")).build();
    get("/api/v1/groups");  // before the good sync: not a site
    target.beginGoodSync();
    listUsers(30);          // 50 users: two pages
    get("/api/v1/groups/" + sales + "/users");
    get("/api/v1/groups/" + finance + "/users");
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  @Test
  void sitesAreTheGoodSyncsEndpointsWithTheirIdsReplacedAndTheirLaterPagesCounted() {
    assertThat(target.sites()).containsExactly(
        new FaultSite("GET /api/v1/users", 2, 1),
        new FaultSite("GET /api/v1/groups/*/users", 2, 0));
    assertThat(OktaFaultTarget.template("/api/v1/groups/00g1a2b3c4d5e6f7g8h9/roles/ra1a2b3c4d5e6f7g8h9i/targets/groups"))
        .isEqualTo("/api/v1/groups/*/roles/*/targets/groups");
    assertThat(OktaFaultTarget.template("/oauth2/v1/token")).isEqualTo("/oauth2/v1/token");
  }

  @Test
  void everyFaultOfTheFakeThatLeavesTheTenantAsItWasIsAKind() {
    assertThat(target.kinds()).extracting(FaultKind::name).containsExactly("429 (reset in 1000 ms)",
        "500", "502", "503", "504", "connection reset", "truncated body", "malformed JSON",
        "revoked token", "latency 400 ms, past the read timeout");
    assertThat(target.kinds()).filteredOn(FaultKind::mustBeAbsorbed).hasSize(8);
  }

  @Test
  void aLaterPageFaultLetsTheFirstPageThrough() throws Exception {
    target.install(faultCase("503", target.sites().get(0), FaultPosition.LATER_PAGE_EVERY_ATTEMPT));

    assertThatThrownBy(() -> listUsers(30)).isInstanceOf(ApiException.class);
    assertThat(listUsers(100)).isEqualTo(1);   // one page: no later page to fault
    target.clear();
    assertThat(listUsers(30)).isEqualTo(2);
  }

  @Test
  void anEveryAttemptFaultFailsOneRequestAndServesTheOthers() throws Exception {
    target.install(faultCase("502", target.sites().get(1), FaultPosition.FIRST_REQUEST_EVERY_ATTEMPT));

    assertThat(get("/api/v1/groups/" + finance + "/users")).isEqualTo(502);
    assertThat(get("/api/v1/groups/" + sales + "/users")).isEqualTo(200);
    assertThat(get("/api/v1/groups/" + finance + "/users")).isEqualTo(502);
  }

  @Test
  void clearingARevokedTokenFaultMakesTheTokenValidAgain() throws Exception {
    target.install(faultCase("revoked token", target.sites().get(1), FaultPosition.FIRST_REQUEST));
    assertThat(get("/api/v1/groups/" + sales + "/users")).isEqualTo(401);
    assertThat(get("/api/v1/users")).isEqualTo(401);

    target.clear();

    assertThat(get("/api/v1/users")).isEqualTo(200);
  }

  @Test
  void theSecretsAreTheTokenTheGivenOnesAndWhatTheTenantSawSinceTheLastCall() {
    assertThat(target.secrets()).containsOnlyKeys("the API token", "the private key");
    assertThat(target.secrets().get("the API token")).isEqualTo(Secret.of(tenant.apiToken()));
  }

  private FaultCase faultCase(String kind, FaultSite site, FaultPosition position) {
    FaultKind k = target.kinds().stream().filter(x -> x.name().equals(kind)).findFirst().orElseThrow();
    return new FaultCase(1, k, site, position, 42);
  }

  private int listUsers(int limit) throws ApiException {
    UserApi api = new UserApi(SdkClients.ssws(tenant, tenant.apiToken(), 0));
    int[] pages = new int[1];
    List<?> all = SdkClients.allPages(a -> api.listUsers(null, null, a, limit, null, null, null, null), pages);
    assertThat(all).isNotEmpty();
    return pages[0];
  }

  private int get(String path) throws Exception {
    return RawHttp.send(tenant.orgUrl(), "GET", path, "SSWS " + tenant.apiToken(), null).status();
  }
}
