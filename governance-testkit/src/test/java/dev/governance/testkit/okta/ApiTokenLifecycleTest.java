package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.okta.sdk.resource.api.ApiTokenApi;
import com.okta.sdk.resource.api.UserLifecycleApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.model.ApiToken;
import dev.governance.okta.catalog.StandardAdminRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * okta-sdk-java 24.0.0's typed API token API lists, reads and revokes tokens as Okta does, and the
 * list follows its owners: deactivating a user deprovisions its tokens, which stay gone after a
 * reactivation.
 */
class ApiTokenLifecycleTest {
  FakeOktaTenant tenant;
  TenantFixtures f;
  ApiClient client;
  ApiTokenApi tokens;

  @BeforeEach
  void start() {
    tenant = FakeOktaTenant.builder().rateLimits(RateLimits.disabled()).start();
    f = tenant.fixtures();
    client = SdkClients.ssws(tenant, tenant.apiToken(), 0);
    tokens = new ApiTokenApi(client);
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  @Test
  void tokensAreListedReadAndRevoked() throws Exception {
    String alice = f.addUser("alice@example.com");
    IssuedToken t = f.addApiToken(alice, "Sync job");

    assertThat(tokens.listApiTokens()).extracting(ApiToken::getName).contains("Sync job");
    ApiToken read = tokens.getApiToken(t.id());
    assertThat(read.getUserId()).isEqualTo(alice);
    assertThat(read.getName()).isEqualTo("Sync job");

    tokens.revokeApiToken(t.id());

    assertThat(tokens.listApiTokens()).extracting(ApiToken::getId).doesNotContain(t.id());
    assertThatThrownBy(() -> tokens.getApiToken(t.id())).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.getCode()).isEqualTo(404));
    assertThatThrownBy(() -> tokens.revokeApiToken(t.id())).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.getCode()).isEqualTo(404));
  }

  @Test
  void deactivatingTheOwnerDeprovisionsItsTokensForGood() throws Exception {
    String alice = f.addUser("alice@example.com");
    f.assignRole(AdminRole.user(StandardAdminRole.READ_ONLY_ADMIN, alice));
    IssuedToken t = f.addApiToken(alice, "Alice's script");
    IssuedToken other = f.addApiToken(tenant.adminUserId(), "Admin's script");
    ApiTokenApi asAlice = new ApiTokenApi(SdkClients.ssws(tenant, t.secret(), 0));
    assertThat(asAlice.listApiTokens()).isNotEmpty();

    new UserLifecycleApi(client).deactivateUser(alice, false, null);

    assertThat(tokens.listApiTokens()).extracting(ApiToken::getId).doesNotContain(t.id()).contains(other.id());
    assertThatThrownBy(() -> tokens.getApiToken(t.id())).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.getCode()).isEqualTo(404));
    assertThatThrownBy(asAlice::listApiTokens).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.getCode()).isEqualTo(401));

    new UserLifecycleApi(client).activateUser(alice, false);

    assertThat(tokens.listApiTokens()).extracting(ApiToken::getId).doesNotContain(t.id());
    assertThatThrownBy(asAlice::listApiTokens).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.getCode()).isEqualTo(401));
  }
}
