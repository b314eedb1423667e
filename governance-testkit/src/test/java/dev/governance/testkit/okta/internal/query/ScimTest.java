package dev.governance.testkit.okta.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.testkit.okta.internal.state.OktaError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScimTest {
  static final Scim.Dialect ANY = c -> { };
  static final Map<String, Object> USER = Map.of("status", "ACTIVE", "profile.login",
      "Alice@Example.com", "lastUpdated", Instant.parse("2024-05-01T00:00:00Z").toEpochMilli(),
      "profile.level", 3L, "target.id", List.of("a", "b"));

  private static boolean matches(String expr) {
    return Scim.matches(Scim.parse(expr, ANY), USER::get);
  }

  @Test
  void comparesCaseInsensitivelyWithAndOrAndParentheses() {
    assertThat(matches("status eq \"active\"")).isTrue();
    assertThat(matches("profile.login sw \"alice\" and status eq \"SUSPENDED\"")).isFalse();
    assertThat(matches("(status eq \"SUSPENDED\" or profile.login co \"example\") and "
        + "profile.level gt 2")).isTrue();
  }

  @Test
  void comparesTimesAsInstantsAndListsByAnyElement() {
    assertThat(matches("lastUpdated gt \"2024-01-01T00:00:00.000Z\"")).isTrue();
    assertThat(matches("lastUpdated lt \"2024-01-01T00:00:00.000Z\"")).isFalse();
    assertThat(matches("target.id eq \"b\"")).isTrue();
    assertThat(matches("profile.missing pr")).isFalse();
  }

  @Test
  void rejectsMalformedExpressionsWithE0000031() {
    for (String bad : List.of("status eq", "status ne \"ACTIVE\"", "(status eq \"A\"",
        "status eq ACTIVE", "not status eq \"A\"", "")) {
      assertThatThrownBy(() -> Scim.parse(bad, ANY)).as(bad)
          .isInstanceOfSatisfying(OktaError.class, e -> assertThat(e.code).isEqualTo("E0000031"));
    }
  }
}
