package dev.governance.okta.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.InventoryCollection;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageDependenciesTest {

  @Test
  void aRowFedByACollectionComesAfterEveryRowThatChangesThatCollection() {
    List<CoverageDependencies.Row> rows = CoverageDependencies.ROWS;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).input() instanceof CoverageDependencies.Input.Collection in) {
        for (int later = i + 1; later < rows.size(); later++) {
          assertThat(rows.get(later).collection()).as("row %d feeds from %s, which row %d changes", i,
              in.collection(), later).isNotEqualTo(in.collection());
        }
      }
    }
  }

  @Test
  void noCollectionFeedsItself() {
    assertThat(CoverageDependencies.ROWS).noneMatch(r -> r.input() instanceof CoverageDependencies.Input.Collection in
        && in.collection() == r.collection());
  }

  @Test
  void everyRowThatThinsSaysWhatIsMissingAndEveryRowThatLosesDoesNot() {
    assertThat(CoverageDependencies.ROWS).allSatisfy(r -> assertThat(r.reason() != null)
        .as(r.toString()).isEqualTo(r.effect() == CoverageDependencies.Effect.THINS));
  }

  @Test
  void everySurveyInputIsAListTheSurveyReadsBeforeWhatItFeeds() {
    assertThat(CoverageDependencies.ROWS).allSatisfy(r -> {
      if (r.input() instanceof CoverageDependencies.Input.Survey s) {
        assertThat(s.name()).isIn(SurveyStage.GROUPS, SurveyStage.APPLICATIONS, SurveyStage.ADMINS);
      }
    });
  }

  @Test
  void rolesAndTheAdminsFactorsFollowTheRoleReads() {
    assertThat(CoverageDependencies.ROWS).filteredOn(r -> r.input().equals(
            new CoverageDependencies.Input.Collection(InventoryCollection.ROLE_ASSIGNMENTS)))
        .extracting(CoverageDependencies.Row::collection)
        .contains(InventoryCollection.ROLES, InventoryCollection.AUTH_FACTORS);
  }
}
