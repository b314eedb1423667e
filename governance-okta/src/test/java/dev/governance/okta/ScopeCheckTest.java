package dev.governance.okta;

import dev.governance.okta.catalog.StandardAdminRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.CollectionAccess;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.Preflight;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScopeCheckTest {

  private static final String READ_ONLY =
      "okta.users.read okta.groups.read okta.apps.read okta.roles.read";
  private static final String FULL_READ =
      READ_ONLY + " okta.appGrants.read okta.apiTokens.read okta.logs.read okta.orgs.read";
  private static final String LIFECYCLE =
      "okta.users.manage okta.groups.manage okta.apps.manage okta.roles.read okta.appGrants.manage"
          + " okta.apiTokens.manage okta.logs.read okta.orgs.read";

  static Stream<Arguments> levels() {
    return Stream.of(
        Arguments.of(
            "",
            AccessLevel.NONE,
            List.of("okta.users.read", "okta.groups.read", "okta.apps.read", "okta.roles.read")),
        Arguments.of(
            "okta.logs.read",
            AccessLevel.NONE,
            List.of("okta.users.read", "okta.groups.read", "okta.apps.read", "okta.roles.read")),
        Arguments.of(
            "okta.users.read okta.apps.read",
            AccessLevel.PARTIAL,
            List.of("okta.groups.read", "okta.roles.read")),
        Arguments.of(
            "okta.users.read,okta.groups.read,okta.apps.read",
            AccessLevel.PARTIAL,
            List.of("okta.roles.read")),
        Arguments.of(
            READ_ONLY,
            AccessLevel.READ_ONLY,
            List.of(
                "okta.users.manage",
                "okta.groups.manage",
                "okta.apps.manage",
                "okta.appGrants.manage",
                "okta.apiTokens.manage")),
        Arguments.of(
            FULL_READ,
            AccessLevel.READ_ONLY,
            List.of(
                "okta.users.manage",
                "okta.groups.manage",
                "okta.apps.manage",
                "okta.appGrants.manage",
                "okta.apiTokens.manage")),
        Arguments.of(
            "okta.users.manage okta.groups.manage okta.apps.manage okta.roles.read",
            AccessLevel.READ_ONLY,
            List.of("okta.appGrants.manage", "okta.apiTokens.manage")),
        Arguments.of(LIFECYCLE, AccessLevel.LIFECYCLE, List.of()));
  }

  @ParameterizedTest(name = "[{index}] {1}: {0}")
  @MethodSource("levels")
  void grantedScopesGiveAnAccessLevelAndWhatTheNextLevelNeeds(
      String scopes, AccessLevel level, List<String> missing) {
    ScopeCheck.Result result = ScopeCheck.ofScopes(scopes);

    assertThat(result.level()).isEqualTo(level);
    assertThat(result.missingForNextLevel().scopes()).containsExactlyElementsOf(missing);
    assertThat(result.missingForNextLevel().permissions()).isEmpty();
    assertThat(result.basis()).isEqualTo(ScopeCheck.Basis.OAUTH_SCOPES);
  }

  @Test
  void fullReadOnlyReadsEveryCollectionAndAppliesNoAction() {
    ScopeCheck.Result result = ScopeCheck.ofScopes(FULL_READ);

    assertThat(result.collections())
        .allSatisfy(access -> assertThat(access.status()).isEqualTo(ScopeCheck.Status.ALLOWED));
    assertThat(result.actions())
        .allSatisfy(access -> assertThat(access.status()).isEqualTo(ScopeCheck.Status.MISSING));
    assertThat(result.action(LifecycleAction.Kind.REMOVE_MEMBERSHIP).missing().scopes())
        .containsExactly("okta.groups.manage");
    assertThat(result.nextLevel()).contains(AccessLevel.LIFECYCLE);
    assertThat(result.advice()).contains("Grant okta.users.manage").contains("Okta API Scopes");
    assertThat(result.notices()).isEmpty();
  }

  @Test
  void lifecycleAllowsEveryActionAndNeedsNothingMore() {
    ScopeCheck.Result result = ScopeCheck.ofScopes(LIFECYCLE);

    assertThat(result.actions())
        .allSatisfy(access -> assertThat(access.status()).isEqualTo(ScopeCheck.Status.ALLOWED));
    assertThat(result.nextLevel()).isEmpty();
    assertThat(result.advice()).isEmpty();
    assertThat(result.losses()).isEmpty();
    assertThat(result.summary()).contains("LIFECYCLE");
  }

  @Test
  void manageScopesIncludeTheirReadScopes() {
    ScopeCheck.Result result = ScopeCheck.ofScopes("okta.groups.manage");

    assertThat(result.collection(InventoryCollection.MEMBERSHIPS).status())
        .isEqualTo(ScopeCheck.Status.ALLOWED);
    assertThat(result.action(LifecycleAction.Kind.REMOVE_MEMBERSHIP).status())
        .isEqualTo(ScopeCheck.Status.ALLOWED);
    assertThat(result.level()).isEqualTo(AccessLevel.PARTIAL);
  }

  @Test
  void partialScopesSayInPlainWordsWhatIsLost() {
    ScopeCheck.Result result =
        ScopeCheck.ofScopes("okta.users.read okta.apps.read okta.roles.read");

    assertThat(result.level()).isEqualTo(AccessLevel.PARTIAL);
    assertThat(result.collection(InventoryCollection.MEMBERSHIPS).explanation())
        .isEqualTo(
            "Without okta.groups.read, group members are unknown, so only direct app"
                + " assignments are visible.");
    assertThat(result.collection(InventoryCollection.MEMBERSHIPS).missing().scopes())
        .containsExactly("okta.groups.read");
    assertThat(result.losses())
        .contains(
            "Without okta.groups.read, group members are unknown, so only direct app"
                + " assignments are visible.")
        .anySatisfy(loss -> assertThat(loss).startsWith("Without okta.appGrants.read,"))
        .anySatisfy(loss -> assertThat(loss).startsWith("Without okta.logs.read,"));
    assertThat(result.summary())
        .isEqualTo("Access level PARTIAL; for READ_ONLY grant: okta.groups.read.");
  }

  @Test
  void scopeGrantsNeedBothApplicationsAndGrantScopes() {
    ScopeCheck.Result result = ScopeCheck.ofScopes("okta.appGrants.read");

    assertThat(result.collection(InventoryCollection.SCOPE_GRANTS).missing().scopes())
        .containsExactly("okta.apps.read");
  }

  @Test
  void factorScopeNamesAreAcceptedAsUserScopesWithANotice() {
    ScopeCheck.Result result =
        ScopeCheck.ofScopes(
            List.of("okta.factors.read", "okta.groups.read", "okta.apps.read", "okta.roles.read"));

    assertThat(result.level()).isEqualTo(AccessLevel.READ_ONLY);
    assertThat(result.collection(InventoryCollection.AUTH_FACTORS).status())
        .isEqualTo(ScopeCheck.Status.ALLOWED);
    assertThat(result.notices())
        .singleElement()
        .asString()
        .contains("okta.factors.read is not an Okta scope")
        .contains("okta.users.read");
  }

  @Test
  void factorManageIsCountedAsUserManageWithANotice() {
    ScopeCheck.Result result = ScopeCheck.ofScopes("okta.factors.manage");

    assertThat(result.action(LifecycleAction.Kind.SUSPEND_IDENTITY).status())
        .isEqualTo(ScopeCheck.Status.ALLOWED);
    assertThat(result.notices())
        .singleElement()
        .asString()
        .contains("okta.factors.manage")
        .contains("okta.users.manage");
  }

  @Test
  void unknownScopesAreIgnoredWithANotice() {
    ScopeCheck.Result result = ScopeCheck.ofScopes("openid okta.userTypes.read okta.users.read");

    assertThat(result.notices())
        .containsExactly("Not used by this SDK, so ignored: okta.userTypes.read, openid.");
    assertThat(result.collection(InventoryCollection.IDENTITIES).status())
        .isEqualTo(ScopeCheck.Status.ALLOWED);
  }

  @Test
  void scopesAndRolesCombineToTheWeakerSide() {
    ScopeCheck.Result scopes = ScopeCheck.ofScopes(LIFECYCLE);
    ScopeCheck.Result roles =
        ScopeCheck.ofAdminRoles(List.of(AdminRoleGrant.of(StandardAdminRole.READ_ONLY_ADMIN)));

    ScopeCheck.Result both = scopes.and(roles);

    assertThat(both.basis()).isEqualTo(ScopeCheck.Basis.SCOPES_AND_ROLES);
    assertThat(both.level()).isEqualTo(AccessLevel.READ_ONLY);
    assertThat(both.action(LifecycleAction.Kind.SUSPEND_IDENTITY).status())
        .isEqualTo(ScopeCheck.Status.MISSING);
    assertThat(both.advice()).contains("Assign the user one of these roles");
  }

  @Test
  void requireAllowedRefusesAMissingActionWithWhatToGrant() {
    ScopeCheck.Result result = ScopeCheck.ofScopes(READ_ONLY);

    assertThatThrownBy(() -> result.requireAllowed(LifecycleAction.Kind.SUSPEND_IDENTITY))
        .isInstanceOfSatisfying(
            InsufficientPermissionException.class,
            e -> {
              assertThat(e.missingScopes()).containsExactly("okta.users.manage");
              assertThat(e.missingPermissions()).isEmpty();
            })
        .hasMessageContaining("SUSPEND_IDENTITY is not allowed")
        .hasMessageContaining("Grant: okta.users.manage.");
    ScopeCheck.ofScopes(LIFECYCLE).requireAllowed(LifecycleAction.Kind.SUSPEND_IDENTITY);
  }

  @Test
  void combinedResultsKeepScopesAndPermissionsApartThoughOktaReusesNames() {
    ScopeCheck.Result both =
        ScopeCheck.ofScopes("okta.groups.read")
            .and(
                ScopeCheck.ofAdminRoles(List.of(AdminRoleGrant.custom("Groups", List.of(), true))));

    ScopeCheck.CollectionVerdict identities = both.collection(InventoryCollection.IDENTITIES);
    assertThat(identities.missing().scopes()).containsExactly("okta.users.read");
    assertThat(identities.missing().permissions()).containsExactly("okta.users.read");
    assertThat(both.missingForNextLevel().scopes())
        .containsExactly("okta.users.read", "okta.apps.read", "okta.roles.read");
    assertThat(both.missingForNextLevel().permissions())
        .containsExactly("okta.apps.read", "okta.groups.read", "okta.iam.read", "okta.users.read");
  }

  @Test
  void resultsBecomeTheConnectorsPreflightAnswer() {
    Preflight preflight =
        ScopeCheck.ofScopes("okta.users.read okta.apps.read okta.roles.read")
            .toPreflight("service app 0oa1", 1);

    assertThat(preflight.accessLevel()).isEqualTo(AccessLevel.PARTIAL);
    assertThat(preflight.collection(InventoryCollection.IDENTITIES).readable()).isTrue();
    assertThat(preflight.collection(InventoryCollection.MEMBERSHIPS))
        .isInstanceOfSatisfying(
            CollectionAccess.Forbidden.class,
            forbidden -> {
              assertThat(forbidden.missingScopes()).containsExactly("okta.groups.read");
              assertThat(forbidden.reason()).contains("only direct app assignments are visible");
            });
    assertThat(preflight.action(LifecycleAction.Kind.SUSPEND_IDENTITY).permitted()).isFalse();
    assertThat(preflight.advice()).first().asString().startsWith("Grant okta.groups.read");
    assertThat(preflight.apiCalls()).isEqualTo(1);
  }
}
