package dev.governance.okta.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The buckets against Okta's published facts: the request-to-bucket mapping of Okta's rate-limit
 * rules as terraform-provider-okta's generated {@code rate_limit_lines.go} lists it, and the limits
 * of Okta's "Management rate limits" reference. See docs/okta-facts.md.
 */
class OktaBucketTest {

  @ParameterizedTest(name = "{0} {1} counts against {2}")
  @CsvSource({
      "GET, /api/v1/apps, /api/v1/apps*",
      "GET, /api/v1/apps?limit=200, /api/v1/apps*",
      "GET, /api/v1/apps/0oa1, /api/v1/apps/{id}",
      "PUT, /api/v1/apps/0oa1, /api/v1/apps/{id}",
      "GET, /api/v1/apps/0oa1/users, /api/v1/apps*",
      "GET, /api/v1/apps/0oa1/groups, /api/v1/apps*",
      "GET, /api/v1/apps/0oa1/grants, /api/v1/apps*",
      "DELETE, /api/v1/apps/0oa1/users/00u1, /api/v1/apps*",
      "PUT, /api/v1/apps/rampAssignmentGrant, /api/v1/apps*",
      "GET, /api/v1/groups, /api/v1/groups",
      "GET, /api/v1/groups?expand=stats&limit=200, /api/v1/groups",
      "GET, /api/v1/groups/00g1, /api/v1/groups/{id}",
      "DELETE, /api/v1/groups/00g1, /api/v1/groups/{id}",
      "GET, /api/v1/groups/00g1/users, /api/v1/groups",
      "GET, /api/v1/groups/00g1/apps, /api/v1/groups",
      "GET, /api/v1/groups/00g1/roles, /api/v1/groups",
      "GET, /api/v1/groups/00g1/roles/ra1/targets/groups, /api/v1/groups",
      "DELETE, /api/v1/groups/00g1/users/00u1, /api/v1/groups",
      "GET, /api/v1/groups/rules, /api/v1/groups",
      "POST, /api/v1/groups/rules/0pr1/lifecycle/activate, /api/v1/groups",
      "GET, /api/v1/users, /api/v1/users",
      "GET, /api/v1/users/00u1, /api/v1/users/{idOrLogin}",
      "GET, /api/v1/users/jane@example.com, /api/v1/users/{idOrLogin}",
      "POST, /api/v1/users/00u1, /api/v1/users/{id}",
      "DELETE, /api/v1/users/00u1, /api/v1/users/{id}",
      "GET, /api/v1/users/me, /api/v1/users/me",
      "POST, /api/v1/users/me, /api/v1/users",
      "GET, /api/v1/users/00u1/roles, /api/v1/users",
      "GET, /api/v1/users/00u1/roles/ra1/targets/catalog/apps, /api/v1/users",
      "GET, /api/v1/users/00u1/factors, /api/v1/users",
      "POST, /api/v1/users/00u1/lifecycle/deactivate, /api/v1/users",
      "GET, /api/v1/logs, /api/v1/logs",
      "GET, /api/v1/iam/roles/cr01/permissions, /api/v1/iam",
      "GET, /api/v1/iam/resource-sets/iam1/resources, /api/v1/iam",
      "GET, /api/v1/iam/assignees/users, /api/v1/iam",
      "GET, /api/v1/principal-rate-limits, /api/v1/principal-rate-limits",
      "GET, /oauth2/v1/clients/0oa1/roles, /oauth2/v1/clients",
      "POST, /oauth2/v1/token, /oauth2/v1/token",
      "GET, /api/v1/api-tokens, /api/v1/*",
      "GET, /api/v1/org, /api/v1/*",
      "GET, /api/v1/authenticators, /api/v1/*",
  })
  void requestsCountAgainstTheBucketOktasRulesName(String method, String path, String bucket) {
    assertThat(OktaBucket.of(method, path).pattern()).isEqualTo(bucket);
  }

  @ParameterizedTest(name = "{0}: {1} / {2} / {3} / {4} per minute")
  @CsvSource({
      "/api/v1/apps*, 20, 100, 100, 100",
      "/api/v1/apps/{id}, 100, 600, 600, 500",
      "/api/v1/groups, 100, 600, 600, 500",
      "/api/v1/groups/{id}, 100, 600, 600, 1000",
      "/api/v1/users, 100, 600, 600, 600",
      "/api/v1/users/{idOrLogin}, 100, 1000, 1000, 2000",
      "/api/v1/users/{id}, 100, 600, 600, 600",
      "/api/v1/logs, 20, 50, 50, 120",
      "/oauth2/v1/clients, 25, 100, 100, 100",
      "/oauth2/v1/token, 300, 1200, 1200, 2000",
      "/api/v1/*, 100, 600, 600, 1200",
  })
  void limitsAreThoseOktaPublishesPerPlan(String bucket, int free, int oneApp, int enterprise,
      int workforce) {
    OktaBucket b = OktaBucket.ofPattern(bucket);
    assertThat(b.limit(OktaPlan.INTEGRATOR_FREE)).isEqualTo(free);
    assertThat(b.limit(OktaPlan.ONE_APP)).isEqualTo(oneApp);
    assertThat(b.limit(OktaPlan.ENTERPRISE)).isEqualTo(enterprise);
    assertThat(b.limit(OktaPlan.WORKFORCE_IDENTITY)).isEqualTo(workforce);
  }

  @Test
  void anUnknownBucketNameIsRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> OktaBucket.ofPattern("/api/v2/x"))
        .hasMessageContaining("/api/v2/x").hasMessageContaining("/api/v1/apps*");
  }
}
