package dev.governance.okta.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.Secret;
import dev.governance.core.integration.CredentialReference;
import dev.governance.core.integration.IntegrationSpec;
import dev.governance.core.integration.SecretResolver;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaConnectorProvider;
import dev.governance.okta.OktaPrivateKey;
import dev.governance.okta.catalog.OktaScope;
import dev.governance.testkit.faults.CapturedLog;
import dev.governance.testkit.faults.CaseResult;
import dev.governance.testkit.faults.FaultMatrix;
import dev.governance.testkit.faults.FaultMatrixReport;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.OktaFaultTarget;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantFixtures;
import dev.governance.testkit.okta.TenantShape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * The fault matrix's set-up for the Okta connector: the demo tenant with enough more users, groups
 * and group rules that those lists take two pages, the connector opened by {@link
 * OktaConnectorProvider} through the integration registry with an API token or a service app, and
 * the trace log of the {@code trace-logging} surefire execution searched for secrets.
 */
final class OktaFaultMatrices {

  /** The connector's read timeout, which the latency fault exceeds. */
  static final Duration READ_TIMEOUT = Duration.ofMillis(500);
  private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";
  private static final String CREDENTIAL = "OKTA_CREDENTIAL";

  private OktaFaultMatrices() {}

  /** The demo shape, plus 200 users, 200 empty groups and 200 group rules: three lists page. */
  static FakeOktaTenant pagedDemo(long seed) {
    FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).seed(seed)
        .rateLimits(RateLimits.disabled()).start();
    TenantFixtures f = tenant.fixtures();
    String group = null;
    for (int i = 0; i < 200; i++) {
      f.addUser("paged.user" + i + "@example.com");
      group = f.addGroup("Paged group " + i, OktaGroupType.OKTA_GROUP);
    }
    for (int i = 0; i < 200; i++) {
      f.addGroupRule("Paged rule " + i, "user.department == \"P" + i + "\"", List.of(group));
    }
    return tenant;
  }

  /**
   * Fast, deterministic options: one request at a time, short back-off and read timeout, and a
   * sync deadline of a few seconds, which a 429 on every attempt exhausts.
   */
  static OktaConnectorOptions options() {
    return OktaConnectorOptions.builder().bucketShare(1.0).readPrincipalRateLimit(false).maxRetries(2)
        .concurrency(1).retryBackoff(Duration.ofMillis(1)).readTimeout(READ_TIMEOUT)
        .syncDeadline(Duration.ofSeconds(4)).build();
  }

  /** A matrix over an API-token integration. */
  static FaultMatrix.Builder apiToken(FakeOktaTenant tenant, Path dir) {
    IntegrationSpec spec = spec(tenant).build();
    OktaFaultTarget target = OktaFaultTarget.builder(tenant).readTimeout(READ_TIMEOUT).build();
    return matrix(spec, target, tenant.apiToken(), dir);
  }

  /** A matrix over a service-app integration (private_key_jwt, every read scope, READ_ONLY_ADMIN). */
  static FaultMatrix.Builder serviceApp(FakeOktaTenant tenant, Path dir) {
    KeyPair keys = rsa();
    String app = ServiceApps.readOnlyAdmin(tenant, keys.getPublic(), "k1");
    String scopes = ServiceApps.readScopes().stream().map(OktaScope::value).collect(Collectors.joining(" "));
    String pem = OktaPrivateKey.of(keys.getPrivate()).toPem().reveal();
    IntegrationSpec spec = spec(tenant).setting("clientId", app).setting("keyId", "k1")
        .setting("scopes", scopes).build();
    OktaFaultTarget target = OktaFaultTarget.builder(tenant).readTimeout(READ_TIMEOUT)
        .secret("the private key (PEM)", Secret.of(pem))
        .secret("the private key (base64)", Secret.of(pem.replaceAll("-----[A-Z ]+-----", "")
            .replaceAll("\\s", "")))
        .build();
    return matrix(spec, target, pem, dir);
  }

  private static IntegrationSpec.Builder spec(FakeOktaTenant tenant) {
    return IntegrationSpec.builder("okta", tenant.orgUrl()).id("demo").setting("allowLoopback", "true")
        .credential(CredentialReference.environmentVariable(CREDENTIAL)).primaryOwner("owner@example.com");
  }

  private static FaultMatrix.Builder matrix(IntegrationSpec spec, OktaFaultTarget target, String secret, Path dir) {
    ConnectorProvider provider = new OktaConnectorProvider(Map.<String, String>of()::get);
    return FaultMatrix.builder(provider, spec, target)
        .secretResolver(SecretResolver.of(Map.of(CREDENTIAL, secret)::get, name -> Optional.empty()))
        .connectorContext((integration, context) -> context.service(OktaConnectorOptions.class, options()))
        .directory(dir)
        .log(traceLog())
        .caseTimeout(Duration.ofMinutes(2));
  }

  /** The log the trace-logging execution writes every logger to at TRACE, checked to be so. */
  static CapturedLog traceLog() {
    String file = System.getProperty(LOG_FILE);
    assertThat(file).as("run through the trace-logging surefire execution, which sends the log to a file")
        .isNotNull();
    assertThat(LoggerFactory.getLogger("org.apache.hc.client5.http.wire").isTraceEnabled())
        .as("HttpClient's wire logger is at TRACE").isTrue();
    return CapturedLog.file(Path.of(file));
  }

  /** Prints a line every {@code every} cases, for a long run's progress. */
  static Consumer<CaseResult> progressEvery(int every, String name) {
    int[] n = new int[1];
    return result -> {
      if (++n[0] % every == 0) {
        System.out.println(name + ": " + n[0] + " cases, last " + result);
      }
    };
  }

  /** Writes every case of a report to {@code target/fault-matrix-<name>.txt}. */
  static void write(FaultMatrixReport report, String name) {
    try {
      Files.writeString(Path.of("target", "fault-matrix-" + name + ".txt"), report.describeCases() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
