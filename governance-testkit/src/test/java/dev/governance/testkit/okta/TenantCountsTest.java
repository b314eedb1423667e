package dev.governance.testkit.okta;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every count a tenant reports equals what its API lists. */
class TenantCountsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> list(FakeOktaTenant t, String pathAndQuery) throws Exception {
    RawHttp.Response r = RawHttp.send(t.orgUrl(), "GET", pathAndQuery, "SSWS " + t.apiToken(),
        null);
    assertThat(r.status()).as(pathAndQuery).isEqualTo(200);
    assertThat(r.all("link")).as(pathAndQuery + " fits one page").noneMatch(l -> l.contains("next"));
    JsonNode body = JSON.readTree(r.body());
    JsonNode items = body.isArray() ? body : body.get("value");
    List<JsonNode> out = new ArrayList<>();
    items.forEach(out::add);
    return out;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42})
  void demoCountsEqualWhatTheApiLists(long seed) throws Exception {
    try (FakeOktaTenant t = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(seed)
        .rateLimits(RateLimits.disabled()).start()) {
      TenantCounts c = t.counts();
      List<JsonNode> groups = list(t, "/api/v1/groups?limit=200");
      List<JsonNode> apps = list(t, "/api/v1/apps?limit=200");
      long memberships = 0;
      for (JsonNode g : groups) {
        memberships += list(t, "/api/v1/groups/" + g.get("id").asText() + "/users?limit=1000")
            .size();
      }
      long assignments = 0;
      int grants = 0;
      for (JsonNode a : apps) {
        String id = a.get("id").asText();
        assignments += list(t, "/api/v1/apps/" + id + "/users?limit=500").stream()
            .filter(u -> "USER".equals(u.get("scope").asText())).count();
        assignments += list(t, "/api/v1/apps/" + id + "/groups?limit=200").size();
        grants += list(t, "/api/v1/apps/" + id + "/grants").size();
      }

      assertThat(c.users()).isEqualTo(list(t, "/api/v1/users?limit=200&search=status%20pr").size());
      assertThat(c.groups()).isEqualTo(groups.size());
      assertThat(c.apps()).isEqualTo(apps.size());
      assertThat(c.memberships()).isEqualTo(memberships);
      assertThat(c.appAssignments()).isEqualTo(assignments);
      assertThat(c.grants()).isEqualTo(grants);
      assertThat(c.apiTokens()).isEqualTo(list(t, "/api/v1/api-tokens?limit=200").size());
      assertThat(c.admins()).isEqualTo(list(t, "/api/v1/iam/assignees/users?limit=100").size());
    }
  }
}
