package dev.governance.testkit.faults;

import dev.governance.core.Connectors;
import dev.governance.core.integration.Integration;
import dev.governance.core.integration.IntegrationSpec;
import dev.governance.core.integration.Integrations;
import dev.governance.core.integration.SecretResolver;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.store.SnapshotStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs a connector through every fault a {@link FaultTarget} can put at every endpoint it read, and
 * judges each sync by one promise: a sync never loses data silently.
 *
 * <pre>{@code
 * FaultMatrixReport report = FaultMatrix.builder(provider, spec, target)
 *     .secretResolver(resolver)
 *     .directory(tempDir)
 *     .log(CapturedLog.file(Path.of("target/trace.log")))
 *     .seed(7)
 *     .build()
 *     .run();
 * report.assertNoViolations();
 * }</pre>
 *
 * <p>The connector is opened as the integration registry opens it: the provider is registered with
 * an {@link Integrations} registry in {@link Builder#directory(Path)}, the integration is added from
 * its spec, and every sync is {@link Integrations#sync}. Two syncs without faults come first; the
 * second is the good one every case is compared with, and the fields that changed between the two
 * (timestamps a sync moves) are ignored. Then, for every kind of fault, at every site the good sync
 * read, at every {@link FaultPosition} that applies there, the target installs the fault, one sync
 * runs, and it is judged:
 *
 * <ul>
 *   <li>a fault the connector must absorb (see {@link FaultCase#mustBeAbsorbed()}) ends as the good
 *       sync: every collection with its coverage and its content;
 *   <li>any other ends either in error with a reason, or with every collection it calls complete
 *       holding what the good sync read and the others marked with a reason (a snapshot saved by a
 *       sync ending in error is judged the same way);
 *   <li>always: the snapshot saved before loads and equals what was saved, and no secret of the
 *       target appears in the captured log, an exception, the status or a coverage reason.
 * </ul>
 *
 * <p>Deterministic: cases are ordered, sampled and given their own seeds from {@link
 * Builder#seed(long)}. A final sync without faults checks that the target restored the tenant.
 * Runs on the calling thread; not thread-safe.
 *
 * @since 0.1
 */
public final class FaultMatrix {

  /** Who the registry records as running the matrix's syncs. */
  static final String ACTOR = "fault-matrix";

  /** What a run needs from the builder. */
  record Settings(
      FaultTarget target, CapturedLog log, long seed, int sample, Set<FaultPosition> positions,
      SyncPlan plan, Duration caseTimeout, Clock clock, Consumer<CaseResult> progress) {}

  private final Builder b;
  private final Path directory;
  private final Settings settings;

  private FaultMatrix(Builder b, Path directory) {
    this.b = b;
    this.directory = directory;
    this.settings = new Settings(b.target, b.log, b.seed, b.sample, Set.copyOf(b.positions), b.plan,
        b.caseTimeout, b.clock, b.progress);
  }

  /**
   * Starts a builder.
   *
   * @param provider opens the connector; registered with the registry the matrix syncs through
   * @param integration the integration to add, with the provider's id
   * @param target the faked tenant the connector reads
   * @return a new builder
   */
  public static Builder builder(ConnectorProvider provider, IntegrationSpec integration, FaultTarget target) {
    return new Builder(provider, integration, target);
  }

  /**
   * Lists the cases a run would make, in the order it would run them, from the target's sites and
   * kinds: every kind at every site at every position that applies, shuffled by the seed, then
   * sampled when a sample size is set.
   *
   * @param sites the sites
   * @param kinds the kinds
   * @return the cases, numbered from 1
   */
  public List<FaultCase> cases(List<FaultSite> sites, List<FaultKind> kinds) {
    return CaseOrder.of(sites, kinds, settings.positions(), settings.seed(), settings.sample());
  }

  /**
   * Runs the matrix.
   *
   * @return the report
   * @throws IllegalStateException if the syncs without faults fail or disagree, so that nothing can
   *     be judged
   */
  public FaultMatrixReport run() {
    Instant start = b.clock.instant();
    createDirectory(directory);
    Integrations registry = Integrations.builder(directory)
        .connectors(Connectors.builder().register(b.provider).serviceLoader(false).build())
        .secretResolver(b.secrets)
        .connectorContext(b.context)
        .build();
    String id = registry.add(b.integration, ACTOR).id();
    SnapshotStore store = registry.store();
    ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "fault-matrix-watchdog");
      t.setDaemon(true);
      return t;
    });
    try {
      return new MatrixRun(settings, registry, store, id, watchdog).all(start);
    } finally {
      watchdog.shutdownNow();
    }
  }

  private static void createDirectory(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the matrix's directory " + directory, e);
    }
  }

  /** Configures a {@link FaultMatrix}. */
  public static final class Builder {
    /** How long one case may run before it is cancelled, by default. */
    public static final Duration DEFAULT_CASE_TIMEOUT = Duration.ofMinutes(2);

    private final ConnectorProvider provider;
    private final IntegrationSpec integration;
    private final FaultTarget target;
    private SecretResolver secrets = SecretResolver.standard();
    private BiConsumer<Integration, ConnectorContext.Builder> context = (i, c) -> {};
    private @Nullable Path directory;
    private CapturedLog log = CapturedLog.none();
    private long seed = 1;
    private int sample;
    private Set<FaultPosition> positions = EnumSet.allOf(FaultPosition.class);
    private SyncPlan plan = SyncPlan.everything();
    private Duration caseTimeout = DEFAULT_CASE_TIMEOUT;
    private Clock clock = Clock.systemUTC();
    private Consumer<CaseResult> progress = r -> {};

    private Builder(ConnectorProvider provider, IntegrationSpec integration, FaultTarget target) {
      this.provider = Objects.requireNonNull(provider, "provider");
      this.integration = Objects.requireNonNull(integration, "integration");
      this.target = Objects.requireNonNull(target, "target");
      if (!provider.id().equals(integration.providerId())) {
        throw new IllegalArgumentException("The integration is for provider '"
            + integration.providerId() + "', the provider given is '" + provider.id() + "'");
      }
    }

    /**
     * Sets how the registry reads the integration's credential; by default environment variables
     * and files.
     *
     * @param value the resolver
     * @return this builder
     */
    public Builder secretResolver(SecretResolver value) {
      this.secrets = Objects.requireNonNull(value, "secretResolver");
      return this;
    }

    /**
     * Adds services or settings to the connector's context, as {@link
     * dev.governance.core.integration.IntegrationsBuilder#connectorContext} does.
     *
     * @param value called with the integration and the context being built
     * @return this builder
     */
    public Builder connectorContext(BiConsumer<Integration, ConnectorContext.Builder> value) {
      this.context = Objects.requireNonNull(value, "connectorContext");
      return this;
    }

    /**
     * Sets the directory the registry and its snapshots live in; required, and best empty.
     *
     * @param value the directory, created if missing
     * @return this builder
     */
    public Builder directory(Path value) {
      this.directory = Objects.requireNonNull(value, "directory");
      return this;
    }

    /**
     * Sets where to read what each sync logged, to search it for secrets; by default nothing is
     * read and the report says so.
     *
     * @param value the log
     * @return this builder
     */
    public Builder log(CapturedLog value) {
      this.log = Objects.requireNonNull(value, "log");
      return this;
    }

    /**
     * Sets the seed that orders and samples the cases and seeds each one; 1 by default.
     *
     * @param value the seed
     * @return this builder
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * Runs a sample of the cases instead of all: at least one case of every kind, every site and
     * every position, then more up to {@code size}, chosen by the seed. 0, the default, runs all.
     *
     * @param size how many cases at most, beyond those needed to cover every kind, site and
     *     position once
     * @return this builder
     */
    public Builder sample(int size) {
      if (size < 0) {
        throw new IllegalArgumentException("sample must be 0 (all cases) or positive, got " + size);
      }
      this.sample = size;
      return this;
    }

    /**
     * Limits the positions tried; all by default.
     *
     * @param value at least one position
     * @return this builder
     */
    public Builder positions(Set<FaultPosition> value) {
      if (value.isEmpty()) {
        throw new IllegalArgumentException("give at least one position");
      }
      this.positions = EnumSet.copyOf(value);
      return this;
    }

    /**
     * Sets what every sync reads; everything by default.
     *
     * @param value the plan
     * @return this builder
     */
    public Builder plan(SyncPlan value) {
      this.plan = Objects.requireNonNull(value, "plan");
      return this;
    }

    /**
     * Sets how long one sync may run before it is cancelled and judged a violation; two minutes
     * by default. A sync still running twice as long has its thread interrupted.
     *
     * @param value a positive duration
     * @return this builder
     */
    public Builder caseTimeout(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("caseTimeout must be positive, got " + value);
      }
      this.caseTimeout = value;
      return this;
    }

    /**
     * Sets the clock the report's durations are measured by.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Sets a listener told each case's result as soon as it is judged, for progress.
     *
     * @param value the listener
     * @return this builder
     */
    public Builder progress(Consumer<CaseResult> value) {
      this.progress = Objects.requireNonNull(value, "progress");
      return this;
    }

    /**
     * Builds the matrix.
     *
     * @return the matrix
     * @throws IllegalStateException if no directory was set
     */
    public FaultMatrix build() {
      Path dir = directory;
      if (dir == null) {
        throw new IllegalStateException("Give the matrix a directory for its registry and"
            + " snapshots: builder(...).directory(tempDir)");
      }
      return new FaultMatrix(this, dir);
    }
  }
}
