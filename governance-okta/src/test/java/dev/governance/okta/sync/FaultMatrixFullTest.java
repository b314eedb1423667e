package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.testkit.faults.FaultMatrix;
import dev.governance.testkit.faults.FaultMatrixReport;
import dev.governance.testkit.faults.FaultPosition;
import dev.governance.testkit.okta.FakeOktaTenant;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole fault matrix, every kind of fault at every endpoint the connector reads at every
 * position, for an API token and for a service app, with every logger at TRACE. Tagged {@code
 * long}: {@code ./mvnw -Plong verify} runs it; it takes most of an hour. Each report is written to
 * {@code governance-okta/target/fault-matrix-*.txt}.
 */
@Tag("long")
@Tag("trace-logging")
class FaultMatrixFullTest {

  private static final long SEED = 20_261_201L;

  @TempDir Path dir;

  @Test
  void everyFaultAgainstAnApiTokenIntegrationLosesNothingSilently() {
    try (FakeOktaTenant tenant = OktaFaultMatrices.pagedDemo(5)) {
      FaultMatrixReport report = run(OktaFaultMatrices.apiToken(tenant, dir), "api-token");

      report.assertNoViolations();
    }
  }

  @Test
  void everyFaultAgainstAServiceAppIntegrationLosesNothingSilently() {
    try (FakeOktaTenant tenant = OktaFaultMatrices.pagedDemo(5)) {
      FaultMatrixReport report = run(OktaFaultMatrices.serviceApp(tenant, dir), "service-app");

      assertThat(report.sites()).anyMatch(s -> s.endpoint().equals("POST /oauth2/v1/token"));
      report.assertNoViolations();
    }
  }

  private static FaultMatrixReport run(FaultMatrix.Builder matrix, String name) {
    FaultMatrixReport report = matrix.seed(SEED).progress(OktaFaultMatrices.progressEvery(25, name))
        .build().run();
    OktaFaultMatrices.write(report, name);
    System.out.println(report.summary());
    long positions = report.sites().stream().mapToLong(site -> Arrays.stream(FaultPosition.values())
        .filter(p -> p.appliesTo(site)).count()).sum();
    assertThat(report.cases()).hasSize((int) positions * report.kinds().size());
    assertThat(report.logCharacters()).isPositive();
    return report;
  }
}
