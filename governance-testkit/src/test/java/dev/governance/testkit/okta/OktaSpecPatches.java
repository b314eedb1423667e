package dev.governance.testkit.okta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Corrections applied to Okta's vendored OpenAPI spec before {@link OpenApiConformanceTest}
 * validates responses against it. Each patch fixes a defect of the spec itself, not of the fake;
 * the reason says why a faithful server would fail without it.
 */
final class OktaSpecPatches {
  private OktaSpecPatches() {}

  /**
   * One correction.
   *
   * @param pointer JSON pointer of the schema node to change
   * @param action what to do
   * @param reason why the spec is wrong
   */
  record Patch(String pointer, Action action, String reason) {}

  /** What a patch does to its node. */
  enum Action {
    /** Removes {@code pattern}. */
    DROP_PATTERN,
    /** Turns {@code oneOf} into {@code anyOf}. */
    ONE_OF_TO_ANY_OF
  }

  static final List<Patch> PATCHES = List.of(
      new Patch("/components/schemas/TimeDuration", Action.DROP_PATTERN,
          "The pattern ^P(?:$)(\\d+Y)?... forces end-of-string right after 'P', so no real "
              + "duration such as P30D (the API token window Okta returns) can ever match."),
      new Patch("/paths/~1api~1v1~1users~1{userId}~1roles/get/responses/200/content/"
          + "application~1json/schema/items", Action.ONE_OF_TO_ANY_OF,
          "StandardRole and CustomRole have no additionalProperties:false, so every standard "
              + "role assignment matches both branches and fails oneOf; even the spec's own "
              + "examples fail."),
      new Patch("/paths/~1api~1v1~1groups~1{groupId}~1roles/get/responses/200/content/"
          + "application~1json/schema/items", Action.ONE_OF_TO_ANY_OF,
          "Same oneOf ambiguity between StandardRole and CustomRole as for user roles."),
      new Patch("/paths/~1oauth2~1v1~1clients~1{clientId}~1roles/get/responses/200/content/"
          + "application~1json/schema/items", Action.ONE_OF_TO_ANY_OF,
          "Same oneOf ambiguity between StandardRole and CustomRole as for user roles."),
      single("/api/v1/users/{userId}/roles", "post", 201),
      single("/api/v1/users/{userId}/roles/{roleAssignmentId}", "get", 200),
      single("/api/v1/groups/{groupId}/roles", "post", 200),
      single("/api/v1/groups/{groupId}/roles/{roleAssignmentId}", "get", 200),
      single("/oauth2/v1/clients/{clientId}/roles", "post", 200),
      single("/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}", "get", 200));

  /** The same oneOf ambiguity in the answer of one role assignment. */
  private static Patch single(String path, String method, int status) {
    return new Patch("/paths/" + path.replace("/", "~1") + "/" + method + "/responses/" + status
        + "/content/application~1json/schema", Action.ONE_OF_TO_ANY_OF,
        "Same oneOf ambiguity between StandardRole and CustomRole as for the role lists.");
  }

  static void apply(JsonNode spec) {
    for (Patch p : PATCHES) {
      JsonNode node = spec.at(p.pointer());
      if (node.isMissingNode()) {
        continue;
      }
      ObjectNode obj = (ObjectNode) node;
      switch (p.action()) {
        case DROP_PATTERN -> obj.remove("pattern");
        case ONE_OF_TO_ANY_OF -> {
          if (obj.has("oneOf")) {
            obj.set("anyOf", obj.remove("oneOf"));
          }
        }
        default -> throw new IllegalStateException(p.action().name());
      }
    }
  }
}
