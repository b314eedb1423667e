package dev.governance.okta;

import dev.governance.okta.catalog.StandardAdminRole;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.LifecycleAction;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdminRoleCheckTest {

  static Stream<Arguments> standardRoles() {
    return Stream.of(
        Arguments.of(
            List.of(AdminRoleGrant.of(StandardAdminRole.SUPER_ADMIN)), AccessLevel.LIFECYCLE),
        Arguments.of(
            List.of(AdminRoleGrant.of(StandardAdminRole.READ_ONLY_ADMIN)), AccessLevel.READ_ONLY),
        Arguments.of(
            List.of(AdminRoleGrant.of(StandardAdminRole.ORG_ADMIN)), AccessLevel.READ_ONLY),
        Arguments.of(List.of(AdminRoleGrant.of(StandardAdminRole.APP_ADMIN)), AccessLevel.PARTIAL),
        Arguments.of(
            List.of(AdminRoleGrant.targeted(StandardAdminRole.USER_ADMIN)), AccessLevel.PARTIAL),
        Arguments.of(List.of(AdminRoleGrant.of(StandardAdminRole.REPORT_ADMIN)), AccessLevel.NONE),
        Arguments.of(List.of(), AccessLevel.NONE));
  }

  @ParameterizedTest(name = "[{index}] {1}: {0}")
  @MethodSource("standardRoles")
  void standardRolesGiveAnAccessLevel(List<AdminRoleGrant> roles, AccessLevel level) {
    ScopeCheck.Result result = ScopeCheck.ofAdminRoles(roles);

    assertThat(result.level()).isEqualTo(level);
    assertThat(result.basis()).isEqualTo(ScopeCheck.Basis.ADMIN_ROLES);
  }

  @Test
  void readOnlyAdminCannotListEveryApiTokenOrChangeAnything() {
    ScopeCheck.Result result =
        ScopeCheck.ofAdminRoles(List.of(AdminRoleGrant.of(StandardAdminRole.READ_ONLY_ADMIN)));

    assertThat(result.collection(InventoryCollection.API_TOKENS).status())
        .isEqualTo(ScopeCheck.Status.MISSING);
    assertThat(result.action(LifecycleAction.Kind.DEACTIVATE_IDENTITY).explanation())
        .startsWith(
            "Without okta.users.lifecycle.deactivate (a role such as Super Administrator,"
                + " Organizational Administrator, Group Administrator)")
        .endsWith("nobody can be deactivated.");
    assertThat(result.advice())
        .isEqualTo(
            "Assign the user one of these roles, not limited to targets: Super"
                + " Administrator.");
  }

  @Test
  void targetedRolesAreLimitedToTheirTargets() {
    ScopeCheck.Result result =
        ScopeCheck.ofAdminRoles(
            List.of(
                AdminRoleGrant.of(StandardAdminRole.READ_ONLY_ADMIN),
                AdminRoleGrant.targeted(StandardAdminRole.GROUP_MEMBERSHIP_ADMIN)));

    ScopeCheck.ActionVerdict remove = result.action(LifecycleAction.Kind.REMOVE_MEMBERSHIP);
    assertThat(remove.status()).isEqualTo(ScopeCheck.Status.LIMITED);
    assertThat(remove.explanation()).contains("Group Membership Administrator");
    assertThat(result.losses())
        .anySatisfy(
            loss ->
                assertThat(loss)
                    .startsWith("REMOVE_MEMBERSHIP: Only within the groups or applications"));
    assertThat(result.collection(InventoryCollection.MEMBERSHIPS).status())
        .isEqualTo(ScopeCheck.Status.ALLOWED);
  }

  @Test
  void customRolesAreCheckedByPermissionAndManageIncludesFinerPermissions() {
    AdminRoleGrant custom =
        AdminRoleGrant.custom(
            "Governance reader",
            Set.of("okta.users.manage", "okta.groups.read", "okta.apps.read", "okta.iam.read"),
            true);

    ScopeCheck.Result result = ScopeCheck.ofAdminRoles(List.of(custom));

    assertThat(result.level()).isEqualTo(AccessLevel.READ_ONLY);
    assertThat(result.action(LifecycleAction.Kind.SUSPEND_IDENTITY).status())
        .isEqualTo(ScopeCheck.Status.ALLOWED);
    assertThat(result.action(LifecycleAction.Kind.REMOVE_MEMBERSHIP).missing().permissions())
        .containsExactly("okta.groups.members.manage");
    assertThat(result.action(LifecycleAction.Kind.REVOKE_SCOPE_GRANT).missing().all()).isEmpty();
  }

  @Test
  void customRolesOnPartOfTheOrgAndOwnTokenPermissionsAreLimited() {
    ScopeCheck.Result result =
        ScopeCheck.ofAdminRoles(
            List.of(
                AdminRoleGrant.custom(
                    "Support desk", Set.of("okta.users.read", "okta.users.apitokens.read"), false)));

    assertThat(result.collection(InventoryCollection.IDENTITIES).status())
        .isEqualTo(ScopeCheck.Status.LIMITED);
    assertThat(result.collection(InventoryCollection.IDENTITIES).explanation())
        .contains("resource set of the custom role 'Support desk'");
    assertThat(result.collection(InventoryCollection.API_TOKENS).explanation())
        .contains("sees only its own tokens");
    assertThat(result.level()).isEqualTo(AccessLevel.PARTIAL);
  }

  @Test
  void noRoleAtAllExplainsThatTokensActWithTheirOwnersRoles() {
    ScopeCheck.Result result = ScopeCheck.ofAdminRoles(List.of());

    assertThat(result.notices()).singleElement().asString().contains("admin roles of the user");
  }

  @Test
  void roleTypesAsOktaSendsThemMapToGrantsAndUnknownTypesGetANotice() {
    ScopeCheck.Result result =
        ScopeCheck.ofAdminRoles(
            List.of(
                AdminRoleGrant.ofType("READ_ONLY_ADMIN", false),
                AdminRoleGrant.ofType("FUTURE_ADMIN", false)));

    assertThat(AdminRoleGrant.ofType("USER_ADMIN", true))
        .isEqualTo(AdminRoleGrant.targeted(StandardAdminRole.USER_ADMIN));
    assertThat(result.level()).isEqualTo(AccessLevel.READ_ONLY);
    assertThat(result.notices()).singleElement().asString().contains("FUTURE_ADMIN is not known");
  }
}
