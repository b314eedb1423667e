package dev.governance.testkit.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.ConnectorFailureException;
import dev.governance.core.Secret;
import dev.governance.core.integration.CredentialReference;
import dev.governance.core.integration.IntegrationSpec;
import dev.governance.core.integration.SecretResolver;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.Capabilities;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.testkit.reference.InMemoryConnector;
import dev.governance.testkit.reference.SampleFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner and its oracle, against the reference connector made to misbehave in scripted ways:
 * each broken promise is found, each kept one passes.
 */
class FaultMatrixTest {

  private static final String SECRET = "sample-secret-7Hq2vXw9Lm4Rt8Zp";

  /** What the scripted connector does while a fault of a kind is installed. */
  enum Behaviour {
    NORMAL, DROP_SILENTLY, DROP_AND_MARK, FAIL, FAIL_WITH_NPE, LEAK_IN_MESSAGE, LOG_SECRET,
    DAMAGE_STORE, HANG, ANOTHER_REASON
  }

  @TempDir Path dir;

  private final FaultSite paged = new FaultSite("read identities", 3, 1);
  private final FaultSite plain = new FaultSite("read groups", 1, 0);

  /** A target over the scripted connector: a fault kind is a behaviour. */
  private final class ScriptedTarget implements FaultTarget {
    final Map<FaultKind, Behaviour> kinds = new LinkedHashMap<>();
    volatile Behaviour current = Behaviour.NORMAL;
    boolean restores = true;

    ScriptedTarget kind(String name, boolean mustBeAbsorbed, Behaviour behaviour) {
      kinds.put(new FaultKind(name, mustBeAbsorbed), behaviour);
      return this;
    }

    @Override
    public void beginGoodSync() {}

    @Override
    public List<FaultSite> sites() {
      return List.of(paged, plain);
    }

    @Override
    public List<FaultKind> kinds() {
      return List.copyOf(kinds.keySet());
    }

    @Override
    public void install(FaultCase faultCase) {
      current = kinds.get(faultCase.kind());
      if (current == Behaviour.DAMAGE_STORE) {
        try (Stream<Path> files = Files.walk(dir.resolve("registry").resolve("snapshots"))) {
          for (Path f : files.filter(Files::isRegularFile).toList()) {
            Files.writeString(f, "not a snapshot");
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    public void clear() {
      if (restores) {
        current = Behaviour.NORMAL;
      }
    }

    @Override
    public Map<String, Secret> secrets() {
      return Map.of("the sample token", Secret.of(SECRET));
    }
  }

  private final ScriptedTarget target = new ScriptedTarget();

  private final ConnectorProvider provider = new ConnectorProvider() {
    @Override
    public String id() {
      return InMemoryConnector.ID;
    }

    @Override
    public Connector open(ConnectorContext context) {
      InMemoryConnector real = new InMemoryConnector(SampleFixture.create(), context.clock());
      return new Connector() {
        @Override
        public String id() {
          return real.id();
        }

        @Override
        public String tenant() {
          return real.tenant();
        }

        @Override
        public Capabilities capabilities() {
          return real.capabilities();
        }

        @Override
        public Preflight check() {
          return real.check();
        }

        @Override
        public SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext ctx) {
          return scripted(target.current, real, plan, sink, ctx);
        }

        @Override
        public void close() {
          real.close();
        }
      };
    }
  };

  private SyncResult scripted(Behaviour b, InMemoryConnector real, SyncPlan plan, InventorySink sink,
      SyncContext ctx) {
    switch (b) {
      case FAIL -> throw new ConnectorFailureException("the tenant answered 503 on every retry", true, null);
      case FAIL_WITH_NPE -> throw new NullPointerException("a bug");
      case LEAK_IN_MESSAGE -> throw new ConnectorFailureException("refused the token " + SECRET, false, null);
      case LOG_SECRET -> log("DEBUG Authorization: SSWS " + SECRET);
      case HANG -> {
        while (!ctx.cancellation().isCancelled()) {
          LockSupport.parkNanos(1_000_000);
        }
        ctx.cancellation().throwIfCancelled("the scripted sync");
      }
      default -> { }
    }
    log("DEBUG collected " + plan.collections().size() + " collections");
    AtomicBoolean dropped = new AtomicBoolean();
    boolean drop = b == Behaviour.DROP_SILENTLY || b == Behaviour.DROP_AND_MARK;
    // Group rules are partial in every sync, as factors are for Okta: read for admins only.
    return real.collect(plan, new InventorySink() {
      @Override
      public void entity(Entity entity) {
        sink.entity(entity);
      }

      @Override
      public void grant(Grant grant) {
        if (drop && grant instanceof Grant.Membership && dropped.compareAndSet(false, true)) {
          return;
        }
        sink.grant(grant);
      }

      @Override
      public void coverage(InventoryCollection collection, Coverage coverage) {
        if (collection == InventoryCollection.GROUP_RULES) {
          sink.coverage(collection, Coverage.partial(b == Behaviour.ANOTHER_REASON
              ? "a read of group rules failed" : "group rules of admins only",
              b == Behaviour.ANOTHER_REASON ? Coverage.Cause.FAULT : Coverage.Cause.BY_DESIGN));
        } else if (b == Behaviour.DROP_AND_MARK && collection == InventoryCollection.MEMBERSHIPS) {
          sink.coverage(collection, Coverage.partial("a page of members failed on every retry", Coverage.Cause.FAULT));
        } else {
          sink.coverage(collection, coverage);
        }
      }
    }, ctx);
  }

  private Path logFile() {
    return dir.resolve("connector.log");
  }

  private void log(String line) {
    try {
      Files.writeString(logFile(), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private FaultMatrix.Builder matrix() {
    IntegrationSpec spec = IntegrationSpec.builder(InMemoryConnector.ID, SampleFixture.TENANT)
        .id("sample").credential(CredentialReference.environmentVariable("SAMPLE_TOKEN"))
        .primaryOwner("alice@example.com").build();
    return FaultMatrix.builder(provider, spec, target)
        .secretResolver(SecretResolver.of(Map.of("SAMPLE_TOKEN", SECRET)::get, n -> Optional.empty()))
        .directory(dir.resolve("registry"))
        .log(CapturedLog.file(logFile()))
        .positions(EnumSet.of(FaultPosition.FIRST_REQUEST));
  }

  private static List<CaseResult> of(FaultMatrixReport report, String kind) {
    return report.cases().stream().filter(c -> c.faultCase().kind().name().equals(kind)).toList();
  }

  private static Set<Class<?>> violationTypes(List<CaseResult> results) {
    Set<Class<?>> types = new HashSet<>();
    results.forEach(r -> r.violations().forEach(v -> types.add(v.getClass())));
    return types;
  }

  @Test
  void eachBrokenPromiseIsFoundAndNamed() {
    target.kind("silent drop", false, Behaviour.DROP_SILENTLY)
        .kind("bug", false, Behaviour.FAIL_WITH_NPE)
        .kind("leak", false, Behaviour.LEAK_IN_MESSAGE)
        .kind("log", false, Behaviour.LOG_SECRET)
        .kind("damage", false, Behaviour.DAMAGE_STORE)
        .kind("marked but transient", true, Behaviour.DROP_AND_MARK);

    FaultMatrixReport report = matrix().build().run();

    assertThat(report.cases()).hasSize(12);
    assertThat(of(report, "silent drop")).allSatisfy(r -> {
      assertThat(r.outcome()).isInstanceOf(CaseOutcome.Differs.class);
      assertThat(r.violations()).singleElement().isInstanceOfSatisfying(Violation.SilentLoss.class, v -> {
        assertThat(v.collection()).isEqualTo(InventoryCollection.MEMBERSHIPS);
        assertThat(v.missing()).isEqualTo(1);
        assertThat(v.examples()).singleElement().asString().startsWith("Membership IDENTITY");
      });
    });
    assertThat(of(report, "bug")).allSatisfy(r -> {
      assertThat(r.outcome()).isInstanceOfSatisfying(CaseOutcome.Error.class,
          e -> assertThat(e.reason()).contains("NullPointerException"));
      assertThat(r.violations()).singleElement().isInstanceOfSatisfying(Violation.UnexpectedException.class,
          v -> assertThat(v.type()).isEqualTo(NullPointerException.class.getName()));
    });
    assertThat(violationTypes(of(report, "leak"))).containsExactly(Violation.SecretLeaked.class);
    assertThat(of(report, "leak").get(0).violations()).extracting(v -> ((Violation.SecretLeaked) v).where())
        .containsExactlyInAnyOrder("the exception", "the integration's status");
    assertThat(of(report, "log")).allSatisfy(r -> {
      assertThat(r.outcome()).isInstanceOf(CaseOutcome.Equal.class);
      assertThat(r.violations()).containsExactly(new Violation.SecretLeaked("the sample token", "the log"));
    });
    assertThat(of(report, "damage")).allSatisfy(r -> assertThat(r.violations())
        .hasAtLeastOneElementOfType(Violation.PreviousSnapshotChanged.class));
    assertThat(of(report, "marked but transient")).allSatisfy(r -> {
      // A collection lost to a fault makes the sync an error that keeps its marked snapshot.
      assertThat(r.outcome()).isInstanceOfSatisfying(CaseOutcome.Error.class,
          e -> assertThat(e.marked()).containsOnlyKeys(InventoryCollection.MEMBERSHIPS));
      assertThat(r.violations()).singleElement().isInstanceOf(Violation.NotAbsorbed.class);
    });
    assertThat(report.baseline()).isEmpty();
    assertThat(report.violationCount()).isEqualTo(14);
    assertThat(report.describeViolations()).doesNotContain(SECRET).contains("refused the token ****");
  }

  @Test
  void aConnectorThatMarksOrFailsWithAReasonKeepsThePromise() {
    target.kind("absorbed", true, Behaviour.NORMAL)
        .kind("marked", false, Behaviour.DROP_AND_MARK)
        .kind("failed", false, Behaviour.FAIL);

    FaultMatrixReport report = matrix().build().run();

    assertThat(report.counts()).containsExactly(Map.entry("equal", 2), Map.entry("marked", 0),
        Map.entry("differs", 0), Map.entry("error", 4));
    assertThat(of(report, "marked")).allSatisfy(r -> assertThat(r.outcome())
        .isInstanceOfSatisfying(CaseOutcome.Error.class, e -> {
          assertThat(e.marked()).containsOnlyKeys(InventoryCollection.MEMBERSHIPS);
          assertThat(e.reason()).startsWith("the sync lost 1 collection to failures (MEMBERSHIPS partial");
        }));
    assertThat(of(report, "failed")).allSatisfy(r -> assertThat(r.outcome().describe())
        .isEqualTo("error (ConnectorFailureException): the tenant answered 503 on every retry"));
    assertThat(report.logCharacters()).isPositive();
    assertThat(report.summary()).startsWith("fault matrix, seed 1: 6 cases at 2 sites, 3 kinds, in ")
        .endsWith(": 2 equal, 0 marked, 0 differs, 4 error; no violations");
    report.assertNoViolations();
  }

  @Test
  void aCollectionLostForAnotherReasonThanTheGoodSyncsPartialIsMarked() {
    target.kind("another reason", true, Behaviour.ANOTHER_REASON);

    FaultMatrixReport report = matrix().build().run();

    assertThat(report.cases()).allSatisfy(r -> {
      assertThat(r.outcome()).isInstanceOfSatisfying(CaseOutcome.Error.class, e -> assertThat(e.marked())
          .containsExactly(Map.entry(InventoryCollection.GROUP_RULES, Coverage.partial("a read of group rules failed", Coverage.Cause.FAULT))));
      assertThat(r.violations()).singleElement().isInstanceOf(Violation.NotAbsorbed.class);
    });
  }

  @Test
  void theReportFailsListingEveryViolationWithItsCase() {
    target.kind("silent drop", false, Behaviour.DROP_SILENTLY);

    FaultMatrixReport report = matrix().build().run();

    assertThat(report.summary()).endsWith("; 2 violations in 2 cases");
    assertThatThrownBy(report::assertNoViolations).isInstanceOf(AssertionError.class)
        .hasMessageContaining("silent drop at read identities, first request [same coverage as the good sync,"
            + " other content in [MEMBERSHIPS]]: silent loss in MEMBERSHIPS: 1 missing")
        .hasMessageContaining("silent drop at read groups, first request");
  }

  @Test
  void aSyncThatOutlastsItsTimeIsCancelledAndJudged() {
    target.kind("hang", false, Behaviour.HANG);

    FaultMatrixReport report = matrix().caseTimeout(Duration.ofMillis(300)).build().run();

    assertThat(report.cases()).allSatisfy(r -> {
      assertThat(r.outcome()).isInstanceOfSatisfying(CaseOutcome.Error.class,
          e -> assertThat(e.exceptionType()).isEqualTo("CancelledException"));
      assertThat(r.violations()).containsExactly(new Violation.TimedOut(Duration.ofMillis(300)));
    });
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void aTargetThatDoesNotRestoreTheTenantIsCaughtByTheFinalSync() {
    target.kind("marked", false, Behaviour.DROP_AND_MARK);
    target.restores = false;

    FaultMatrixReport report = matrix().build().run();

    assertThat(report.failures()).isEmpty();
    assertThat(report.baseline()).singleElement().isInstanceOfSatisfying(Violation.NotAbsorbed.class,
        v -> assertThat(v.outcome()).contains("after the matrix", "did not restore the tenant"));
  }

  @Test
  void aGoodSyncThatFailsStopsTheMatrixBeforeAnyCase() {
    target.kind("failed", false, Behaviour.FAIL);
    target.current = Behaviour.FAIL;
    target.restores = false;

    assertThatThrownBy(() -> matrix().build().run()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the first sync without faults of integration 'sample' did not succeed");
  }

  @Test
  void casesAreOrderedSeededAndSampledByTheSeed() {
    FaultKind a = new FaultKind("a", true);
    FaultKind b = new FaultKind("b", false);
    FaultKind c = new FaultKind("c", false);
    FaultSite third = new FaultSite("read roles", 4, 2);
    List<FaultSite> sites = List.of(paged, plain, third);
    List<FaultKind> kinds = List.of(a, b, c);
    FaultMatrix.Builder all = matrix().positions(EnumSet.allOf(FaultPosition.class));

    List<FaultCase> seven = all.seed(7).build().cases(sites, kinds);
    List<FaultCase> again = all.seed(7).build().cases(sites, kinds);
    List<FaultCase> eight = all.seed(8).build().cases(sites, kinds);
    List<FaultCase> sample = all.seed(7).sample(1).build().cases(sites, kinds);

    // 3 kinds x (5 positions at each paged site + 3 at the plain one).
    assertThat(seven).hasSize(3 * (5 + 3 + 5)).isEqualTo(again).isNotEqualTo(eight);
    assertThat(seven).extracting(FaultCase::number).startsWith(1, 2, 3);
    assertThat(seven).filteredOn(x -> x.site().equals(plain))
        .noneMatch(x -> x.position().needsPaging());
    assertThat(eight).extracting(x -> x.kind().name() + x.site() + x.position())
        .containsExactlyInAnyOrderElementsOf(seven.stream()
            .map(x -> x.kind().name() + x.site() + x.position()).toList());
    assertThat(sample).extracting(FaultCase::kind).containsAll(kinds);
    assertThat(sample).extracting(FaultCase::site).containsAll(sites);
    assertThat(sample).extracting(FaultCase::position).containsAll(EnumSet.allOf(FaultPosition.class));
    assertThat(sample.size()).isLessThan(seven.size());
    assertThat(seven).filteredOn(FaultCase::mustBeAbsorbed)
        .allMatch(x -> x.kind().equals(a) && x.position().once());
  }

  @Test
  void theSearchFindsASecretWrappedAcrossLines() {
    String key = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKjMzEfYyjiWA4R4/M2bS1GB4t7"
        + "NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvuNMoSfm76oqFvAp8Gy0iz5sxjZmSnXyCdPEovGhLa0VzMaQ8s"
        + "+CLOyS56YyCFGeJZqgtzJ6GR3eqoYSW9b9UMvkBpZODSctWSNGj3P7jRFDO5VoTwCQAWbFnOjDfH5Ulgp2PKSQnS";
    StringBuilder pem = new StringBuilder("-----BEGIN PRIVATE KEY-----\n");
    for (int i = 0; i < key.length(); i += 64) {
      pem.append(key, i, Math.min(key.length(), i + 64)).append('\n');
    }
    Map<String, Secret> secrets = Map.of("the private key", Secret.of(key));

    assertThat(new SecretScan().add("the log", "DEBUG loaded " + pem).find(secrets))
        .containsExactly(new Violation.SecretLeaked("the private key", "the log"));
    assertThat(new SecretScan().add("the log", "DEBUG loaded the key from key.pem").find(secrets)).isEmpty();
  }
}
