package dev.governance.okta;

import dev.governance.okta.catalog.OktaScope;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.LifecycleAction;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;

/** Golden test: every operation in the permission table, checked against Okta's own spec. */
class OktaPermissionsOpenApiTest {

  private static final String SPEC = "/okta-openapi/management-minimal.yaml";
  private static JsonNode spec;

  @BeforeAll
  static void readSpec() throws Exception {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(16 * 1024 * 1024);
    ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
    try (InputStream in = OktaPermissionsOpenApiTest.class.getResourceAsStream(SPEC)) {
      assertThat(in).as("test resource %s", SPEC).isNotNull();
      spec = yaml.readTree(in);
    }
  }

  static Stream<OktaOperation> operations() {
    return OktaPermissions.operations().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyOperationExistsInOktasSpecWithTheScopeItLists(OktaOperation operation) {
    JsonNode specOperation =
        spec.path("paths").path(operation.path()).path(operation.method().toLowerCase(Locale.ROOT));

    assertThat(specOperation.isMissingNode())
        .as("%s is not in Okta's spec", operation.endpoint())
        .isFalse();
    assertThat(specOperation.path("operationId").asText()).isEqualTo(operation.operationId());
    assertThat(securityScopes(specOperation))
        .as("OAuth scopes that Okta's spec lists for %s", operation.operationId())
        .containsExactly(operation.scope().value());
    assertThat(specOperation.path("security").findValues("apiToken"))
        .as("%s also accepts an API token", operation.operationId())
        .hasSize(1);
  }

  @Test
  void theTableCoversEveryOperationTheConnectorCalls() {
    assertThat(OktaPermissions.operations())
        .extracting(OktaOperation::operationId)
        .containsExactlyInAnyOrder(
            "listUsers",
            "getUser",
            "listFactors",
            "listAssignedRolesForUser",
            "listGroups",
            "listGroupUsers",
            "listAssignedApplicationsForGroup",
            "listGroupAssignedRoles",
            "listGroupRules",
            "listApplications",
            "listApplicationUsers",
            "listApplicationGroupAssignments",
            "listScopeConsentGrants",
            "listApiTokens",
            "listUsersWithRoleAssignments",
            "listRolesForClient",
            "listGroupTargetsForRole",
            "listApplicationTargetsForApplicationAdministratorRoleForUser",
            "listGroupTargetsForGroupRole",
            "listApplicationTargetsForApplicationAdministratorRoleForGroup",
            "listGroupTargetRoleForClient",
            "listAppTargetRoleToClient",
            "listRolePermissions",
            "listResourceSetResources",
            "getOrgSettings",
            "listLogEvents",
            "unassignUserFromGroup",
            "unassignUserFromApplication",
            "revokeScopeConsentGrant",
            "revokeApiToken",
            "deactivateUser",
            "activateUser",
            "suspendUser",
            "unsuspendUser");
  }

  @Test
  void everyScopeOfTheSdkIsAScopeOktaDefinesAndFactorAndLogManageScopesAreNot() {
    Set<String> defined = new TreeSet<>();
    spec.path("components")
        .path("securitySchemes")
        .path("oauth2")
        .path("flows")
        .forEach(flow -> flow.path("scopes").fieldNames().forEachRemaining(defined::add));

    assertThat(defined).hasSizeGreaterThan(100);
    assertThat(Stream.of(OktaScope.values()).map(OktaScope::value)).allMatch(defined::contains);
    assertThat(defined)
        .doesNotContain("okta.factors.read", "okta.factors.manage", "okta.logs.manage");
  }

  @Test
  void tablesFollowTheOrderOfCoreEnumsSoLookupsByOrdinalHold() {
    assertThat(OktaPermissions.collections())
        .extracting(CollectionRequirement::collection)
        .containsExactly(InventoryCollection.values());
    assertThat(OktaPermissions.actions())
        .extracting(ActionRequirement::kind)
        .containsExactly(LifecycleAction.Kind.values());
  }

  @Test
  void actionsUseManageScopesAndReadsUseReadScopes() {
    assertThat(OktaPermissions.actions())
        .allSatisfy(action -> assertThat(action.scopes()).allMatch(OktaScope::isManage));
    assertThat(OktaPermissions.collections())
        .allSatisfy(
            collection ->
                assertThat(collection.operations())
                    .allMatch(operation -> operation.method().equals("GET")));
  }

  private static List<String> securityScopes(JsonNode operation) {
    List<String> scopes = new ArrayList<>();
    operation
        .path("security")
        .forEach(
            requirement -> requirement.path("oauth2").forEach(scope -> scopes.add(scope.asText())));
    return scopes;
  }
}
