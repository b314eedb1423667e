package dev.governance.okta;

import dev.governance.okta.catalog.OktaScope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.spi.AccessLevel;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OktaScopeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "okta.users.read,       USERS_READ,        false, USERS_MANAGE",
    "okta.users.manage,     USERS_MANAGE,      true,  USERS_MANAGE",
    "okta.groups.read,      GROUPS_READ,       false, GROUPS_MANAGE",
    "okta.apps.manage,      APPS_MANAGE,       true,  APPS_MANAGE",
    "okta.roles.read,       ROLES_READ,        false, ROLES_MANAGE",
    "okta.appGrants.read,   APP_GRANTS_READ,   false, APP_GRANTS_MANAGE",
    "okta.apiTokens.manage, API_TOKENS_MANAGE, true,  API_TOKENS_MANAGE",
    "okta.logs.read,        LOGS_READ,         false, ",
    "okta.orgs.read,        ORGS_READ,         false, ",
  })
  void scopesAreNamedAsOktaSpellsThemAndPairedWithTheirManageScope(
      String value, OktaScope scope, boolean manage, OktaScope manageScope) {
    assertThat(OktaScope.fromValue(value)).contains(scope);
    assertThat(scope.value()).isEqualTo(value).isEqualTo(scope.toString());
    assertThat(scope.isManage()).isEqualTo(manage);
    assertThat(scope.manageScope().orElse(null)).isEqualTo(manageScope);
    assertThat(scope.readScope().isManage()).isFalse();
  }

  @ParameterizedTest(name = "{0} satisfied by {1}: {2}")
  @CsvSource({
    "USERS_READ,   USERS_READ,   true",
    "USERS_READ,   USERS_MANAGE, true",
    "USERS_MANAGE, USERS_READ,   false",
    "GROUPS_READ,  USERS_MANAGE, false",
    "LOGS_READ,    LOGS_READ,    true",
  })
  void manageScopesSatisfyTheReadScopeOfTheSameResourceOnly(
      OktaScope required, OktaScope granted, boolean satisfied) {
    assertThat(required.isSatisfiedBy(Set.of(granted))).isEqualTo(satisfied);
  }

  @Test
  void factorScopeNamesAreAliasesAndOktaHasNoLogsManageScope() {
    assertThat(OktaScope.fromValue("okta.factors.read")).isEmpty();
    assertThat(OktaScope.alias("okta.factors.read")).contains(OktaScope.USERS_READ);
    assertThat(OktaScope.alias("okta.factors.manage")).contains(OktaScope.USERS_MANAGE);
    assertThat(OktaScope.alias("okta.users.read")).isEmpty();
    assertThat(OktaScope.fromValue("okta.logs.manage")).isEmpty();
  }

  @Test
  void scopesForALevelAreTheSmallestSetThatReachesIt() {
    assertThat(OktaPermissions.scopesFor(AccessLevel.PARTIAL)).isEmpty();
    assertThat(OktaPermissions.scopesFor(AccessLevel.READ_ONLY))
        .containsExactly(
            OktaScope.USERS_READ, OktaScope.GROUPS_READ, OktaScope.APPS_READ, OktaScope.ROLES_READ);
    assertThat(OktaPermissions.scopesFor(AccessLevel.LIFECYCLE))
        .containsExactly(
            OktaScope.USERS_MANAGE,
            OktaScope.GROUPS_MANAGE,
            OktaScope.APPS_MANAGE,
            OktaScope.ROLES_READ,
            OktaScope.APP_GRANTS_MANAGE,
            OktaScope.API_TOKENS_MANAGE);
    assertThat(
            ScopeCheck.ofScopes(
                    OktaPermissions.scopesFor(AccessLevel.LIFECYCLE).stream()
                        .map(OktaScope::value)
                        .toList())
                .level())
        .isEqualTo(AccessLevel.LIFECYCLE);
  }
}
