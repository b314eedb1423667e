package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.testkit.faults.CaseResult;
import dev.governance.testkit.faults.FaultKind;
import dev.governance.testkit.faults.FaultMatrixReport;
import dev.governance.testkit.faults.FaultPosition;
import dev.governance.testkit.faults.FaultSite;
import dev.governance.testkit.okta.FakeOktaTenant;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded sample of the fault matrix, every kind of fault and every endpoint the connector reads
 * at least once, for an API token and for a service app: no sync loses data silently, damages the
 * snapshot before it or logs a secret, at TRACE. An endpoint down for the whole sync is the slowest
 * position (each of its requests waits out every retry), so the sample leaves it to the full matrix,
 * {@link FaultMatrixFullTest}.
 */
@Tag("trace-logging")
class FaultMatrixSampleTest {

  private static final long SEED = 20_261_201L;
  private static final Set<FaultPosition> SAMPLED =
      EnumSet.complementOf(EnumSet.of(FaultPosition.EVERY_REQUEST));

  @TempDir Path dir;

  @Test
  void aSampleOfFaultsAgainstAnApiTokenIntegrationLosesNothingSilently() {
    try (FakeOktaTenant tenant = OktaFaultMatrices.pagedDemo(5)) {
      FaultMatrixReport report = OktaFaultMatrices.apiToken(tenant, dir).seed(SEED).positions(SAMPLED).sample(1)
          .build().run();
      OktaFaultMatrices.write(report, "sample-api-token");

      assertCoversEveryKindAndSite(report);
      assertThat(report.sites()).extracting(FaultSite::endpoint)
          .contains("GET /api/v1/users", "GET /api/v1/groups/*/users", "GET /api/v1/apps/*/users");
      report.assertNoViolations();
    }
  }

  @Test
  void aSampleOfFaultsAgainstAServiceAppIntegrationLosesNothingSilently() {
    try (FakeOktaTenant tenant = OktaFaultMatrices.pagedDemo(5)) {
      FaultMatrixReport report = OktaFaultMatrices.serviceApp(tenant, dir).seed(SEED).positions(SAMPLED).sample(1)
          .build().run();
      OktaFaultMatrices.write(report, "sample-service-app");

      assertCoversEveryKindAndSite(report);
      assertThat(report.sites()).extracting(FaultSite::endpoint).contains("POST /oauth2/v1/token");
      report.assertNoViolations();
    }
  }

  private static void assertCoversEveryKindAndSite(FaultMatrixReport report) {
    assertThat(report.cases()).extracting(c -> c.faultCase().kind()).containsAll(report.kinds());
    assertThat(report.cases()).extracting(c -> c.faultCase().site()).containsAll(report.sites());
    assertThat(report.kinds()).extracting(FaultKind::name).contains("503", "connection reset",
        "truncated body", "malformed JSON", "revoked token");
    assertThat(report.sites()).filteredOn(FaultSite::paged).extracting(FaultSite::endpoint)
        .contains("GET /api/v1/users", "GET /api/v1/groups", "GET /api/v1/groups/rules");
    assertThat(report.logCharacters()).as("the trace log was searched").isPositive();
    assertThat(report.cases()).extracting(CaseResult::faultCase).isNotEmpty();
  }
}
