package dev.governance.okta;

import dev.governance.okta.catalog.StandardAdminRole;
import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.LifecycleAction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OktaPermissionsTest {

  @Test
  void lookupsReturnTheRequirementOfTheGivenCollectionOrAction() {
    for (InventoryCollection collection : InventoryCollection.values()) {
      assertThat(OktaPermissions.forCollection(collection).collection()).isEqualTo(collection);
    }
    for (LifecycleAction.Kind kind : LifecycleAction.Kind.values()) {
      assertThat(OktaPermissions.forAction(kind).kind()).isEqualTo(kind);
    }
  }

  @Test
  void anOperationIsDescribedTheSameWayWhereverItIsUsed() {
    assertThat(
            OktaPermissions.all().stream()
                .flatMap(requirement -> requirement.operations().stream())
                .collect(Collectors.groupingBy(OktaOperation::operationId, Collectors.toSet())))
        .allSatisfy((id, variants) -> assertThat(variants).as(id).hasSize(1));
  }

  @Test
  void collectionsThatNeverAreEmptyInARealOrgSaySo() {
    assertThat(OktaPermissions.forCollection(InventoryCollection.IDENTITIES).emptyIsSuspicious())
        .hasValueSatisfying(why -> assertThat(why).contains("super admin"));
    assertThat(OktaPermissions.forCollection(InventoryCollection.GROUPS).emptyIsSuspicious())
        .hasValueSatisfying(why -> assertThat(why).contains("Everyone"));
    assertThat(OktaPermissions.forCollection(InventoryCollection.API_TOKENS).emptyIsSuspicious())
        .isEmpty();
  }

  @Test
  void everyRequirementNamesWhatIsLostWithoutIt() {
    assertThat(OktaPermissions.all())
        .allSatisfy(
            requirement -> {
              assertThat(requirement.withoutIt()).isNotBlank().doesNotEndWith(".");
              assertThat(requirement.grantingRoles()).contains(StandardAdminRole.SUPER_ADMIN);
            });
  }
}
