package dev.governance.okta.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurveyStageTest {

  // The medium tenant: 1,343 members calls, 300 applications, 303 calls from the applications'
  // side, 524 from the groups' side; a token's half of Okta's Workforce limits.
  private static final double APPS_PER_MINUTE = 50;
  private static final double GROUP_BY_ID_PER_MINUTE = 500;

  @Test
  void underWorkforceLimitsTheGroupsSideMakesTheShorterSync() {
    assertThat(SurveyStage.appSideIsShorter(1_343, 300, 303, 524, APPS_PER_MINUTE, GROUP_BY_ID_PER_MINUTE))
        .isFalse();
  }

  @Test
  void whenApplicationsAreFewAndGroupsManyTheApplicationsSideIsShorter() {
    assertThat(SurveyStage.appSideIsShorter(100, 5, 5, 10_000, APPS_PER_MINUTE, GROUP_BY_ID_PER_MINUTE))
        .isTrue();
  }
}
