package dev.governance.core.model;

import dev.governance.core.model.AccessMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelValidationTest {

  @Test
  void identityRefusesABlankIdAndNamesTheField() {
    assertThatThrownBy(() -> Identity.of(" ", "a@example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank");
    assertThatNullPointerException().isThrownBy(() -> Identity.of("u1", null)).withMessage("login");
  }

  @Test
  void identityTurnsBlankOptionalTextIntoAbsent() {
    Identity identity =
        new Identity("u1", "a@x", " ", "", IdentityStatus.ACTIVE, null, null, null, null, Attributes.empty());
    assertThat(identity.email()).isNull();
    assertThat(identity.displayName()).isNull();
  }

  @Test
  void onlyActiveAndLockedIdentitiesHoldUsableAccess() {
    Identity active = Identity.of("u1", "a@x");
    assertThat(active.canSignIn()).isTrue();
    assertThat(active.withStatus(IdentityStatus.SUSPENDED).canSignIn()).isFalse();
    assertThat(active.withStatus(IdentityStatus.DEACTIVATED).canSignIn()).isFalse();
    assertThat(active.withStatus(IdentityStatus.PENDING).canSignIn()).isFalse();
    assertThat(active.withStatus(IdentityStatus.UNKNOWN).canSignIn()).isFalse();
    assertThat(active.withStatus(IdentityStatus.LOCKED).canSignIn()).isTrue();
  }

  @Test
  void anIdentityKeepsTheProvidersRawStatusBesideItsCategory() {
    Identity locked = Identity.of("u1", "a@x").withStatus(IdentityStatus.LOCKED, "LOCKED_OUT");
    assertThat(locked.status()).isEqualTo(IdentityStatus.LOCKED);
    assertThat(locked.rawStatus()).isEqualTo("LOCKED_OUT");
    assertThat(Identity.of("u2", "b@x").rawStatus()).isEqualTo("ACTIVE");
    assertThatThrownBy(() -> locked.withStatus(IdentityStatus.ACTIVE, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rawStatus");
  }

  @Test
  void theNeutralValuesAndTheRawOnesAreBothRequired() {
    assertThatThrownBy(() -> new AuthFactor("f1", "u1", FactorStrength.OTP, "", null, FactorStatus.ACTIVE,
        null, null)).hasMessageContaining("rawType");
    assertThatThrownBy(() -> new Application("a1", "n", "l", ApplicationStatus.ACTIVE, AppProtocol.SAML, " ",
        null, null, false, Attributes.empty())).hasMessageContaining("signOnMode");
    assertThatThrownBy(() -> new Role("r1", "R", PrivilegeLevel.SCOPED_ADMIN, "", Set.of(), null))
        .hasMessageContaining("providerType");
    assertThat(new AuthFactor("f1", "u1", FactorStrength.OTP, "token:software:totp", "GOOGLE",
        FactorStatus.ACTIVE, null, null).displayLabel()).isEqualTo("token:software:totp (GOOGLE)");
  }

  @Test
  void onlyTenantAndScopedAdminsAreKnownToChangeThings() {
    assertThat(PrivilegeLevel.TENANT_ADMIN.canChange()).isTrue();
    assertThat(PrivilegeLevel.SCOPED_ADMIN.canChange()).isTrue();
    assertThat(PrivilegeLevel.READ_ONLY_ADMIN.canChange()).isFalse();
    assertThat(PrivilegeLevel.CUSTOM.canChange()).isNull();
    assertThat(PrivilegeLevel.UNKNOWN.canChange()).isNull();
  }

  @Test
  void everyStatusAndTypeEnumHasAnUnknownCase() {
    List<Class<? extends Enum<?>>> enums =
        List.of(IdentityStatus.class, GroupType.class, ApplicationStatus.class, AppProtocol.class,
            PrivilegeLevel.class, FactorStrength.class, AccessMode.class, FactorStatus.class, RuleStatus.class,
            ConsentSource.class);
    for (Class<? extends Enum<?>> type : enums) {
      assertThat(type.getEnumConstants()).extracting(Enum::name).as(type.getSimpleName()).contains("UNKNOWN");
    }
  }

  @Test
  void attributesNormaliseNumbersDropNullsAndKeepOrder() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("zeta", 1);
    raw.put("alpha", 2.5f);
    raw.put("gone", null);
    raw.put("list", List.of("a", 3));
    raw.put("big", new BigDecimal("1.10"));
    Attributes attributes = Attributes.of(raw);
    assertThat(attributes.names()).containsExactly("zeta", "alpha", "list", "big");
    assertThat(attributes.get("zeta")).contains(1L);
    assertThat(attributes.get("alpha")).contains(2.5d);
    assertThat(attributes.get("list")).contains(List.of("a", 3L));
    assertThat(attributes.text("big")).contains("1.10");
    assertThat(attributes.get("gone")).isEmpty();
  }

  @Test
  void attributesRefuseValuesThatAreNotJsonLikeAndSayWhatToUse() {
    assertThatThrownBy(() -> Attributes.of(Map.of("when", new Object())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attribute 'when'")
        .hasMessageContaining("use a string, boolean, number or a list of those");
    assertThatThrownBy(() -> Attributes.of(Map.of("nested", List.of(List.of("x")))))
        .hasMessageContaining("nested list");
  }

  @Test
  void attributesAreACopyThatCannotBeChangedAfterwards() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("a", "1");
    Attributes attributes = Attributes.of(raw);
    raw.put("b", "2");
    assertThat(attributes.names()).containsExactly("a");
    assertThatThrownBy(() -> attributes.asMap().put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void recordsCopyTheirCollectionsDefensively() {
    Set<String> permissions = new HashSet<>(Set.of("okta.users.read"));
    Role role = Role.custom("cr1", "Helpdesk", permissions);
    permissions.add("okta.users.manage");
    assertThat(role.permissions()).containsExactly("okta.users.read");

    List<String> targets = new ArrayList<>(List.of("g1"));
    GroupRule rule = new GroupRule("r1", "Rule", RuleStatus.ACTIVE, targets, "true", Set.of());
    targets.add("g2");
    assertThat(rule.targetGroupIds()).containsExactly("g1");
    assertThatThrownBy(() -> rule.targetGroupIds().add("g3")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void standardRoleIsIdentifiedByItsTypeAndCustomRoleNeedsItsOwnFactory() {
    Role standard = Role.standard("SUPER_ADMIN", PrivilegeLevel.TENANT_ADMIN, "Super Administrator");
    assertThat(standard.id()).isEqualTo("SUPER_ADMIN");
    assertThat(standard.providerType()).isEqualTo("SUPER_ADMIN");
    assertThatThrownBy(() -> Role.standard("X", PrivilegeLevel.CUSTOM, "x")).hasMessageContaining("use custom()");
    assertThat(Role.custom("cr1", "Helpdesk", Set.of()).providerType()).isEqualTo("CUSTOM");
    assertThat(Role.custom("cr1", "Helpdesk", Set.of("b", "a")).permissions()).containsExactly("a", "b");
  }

  @Test
  void grantsRefuseSubjectsOfTheWrongKind() {
    assertThatThrownBy(() -> new Grant.Membership(EntityKind.APPLICATION, "a1", "g1", Provenance.direct()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("memberKind must be one of [IDENTITY, GROUP], not APPLICATION");
    assertThatThrownBy(() -> Grant.AppAssignment.direct(EntityKind.ROLE, "r", "a1"))
        .hasMessageContaining("assigneeKind");
  }

  @Test
  void grantsExposeSubjectTargetAndCollectionUniformly() {
    Grant membership = Grant.Membership.of("u1", "g1");
    assertThat(membership.subjectKind()).isEqualTo(EntityKind.IDENTITY);
    assertThat(membership.targetKind()).isEqualTo(EntityKind.GROUP);
    assertThat(membership.collection()).isEqualTo(InventoryCollection.MEMBERSHIPS);

    Grant.ScopeGrant scope = new Grant.ScopeGrant("a1", "okta.users.manage", AccessMode.WRITE, "https://x", null,
        ConsentSource.ADMIN, null, null, Provenance.direct());
    assertThat(scope.targetKind()).isNull();
    assertThat(scope.targetId()).isEqualTo("okta.users.manage");
    assertThat(scope.allowsChanges()).isTrue();
  }

  @Test
  void provenanceTellsDirectFromInherited() {
    assertThat(Provenance.direct().isDirect()).isTrue();
    assertThat(Provenance.viaGroup("g1").isDirect()).isFalse();
    assertThat(Provenance.viaGroupRule("r1")).hasToString("via group rule r1");
    assertThatThrownBy(() -> Provenance.viaGroup("")).hasMessage("groupId must not be blank");
  }

  @Test
  void networkRestrictionKnowsWhenATokenWorksFromAnywhere() {
    assertThat(NetworkRestriction.anywhere().unrestricted()).isTrue();
    assertThat(new NetworkRestriction("ZONE", Set.of("nzo1"), Set.of()).unrestricted()).isFalse();
  }
}
