package dev.governance.core.findings;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.internal.Discovery;
import dev.governance.core.internal.Quoted;
import dev.governance.core.model.Coverage;
import dev.governance.core.snapshot.Snapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs finding rules over a snapshot.
 *
 * <p>Rules, in order: the built-in rules ({@link BuiltInRules}, unless {@link
 * Builder#builtInRules(boolean)} turns them off), those registered with {@link Builder#register},
 * then those listed in {@code META-INF/services/dev.governance.core.findings.FindingRule} (unless
 * {@link Builder#serviceLoader(boolean)} turns discovery off). Built-in and registered rules are the
 * explicit ones: two of them with one id fail at once, naming both classes, as do two discovered
 * rules with one id. An explicit rule shadows a discovered rule of the same id. A rule listed in
 * {@code META-INF/services} that fails to load fails {@link Builder#build()}: a check that silently
 * does not run would read as a clean result.
 *
 * <pre>{@code
 * FindingsEngine engine = FindingsEngine.builder()
 *     .config(FindingsConfig.builder().inactivityDays(60).build())
 *     .clock(clock)
 *     .build();
 * FindingsReport report = engine.evaluate(snapshot);
 * report.findings().forEach(f -> System.out.println(f.severity() + " " + f.title()));
 * report.gaps().forEach(o -> System.out.println(o.describe()));
 * }</pre>
 *
 * <p>An engine is immutable and may evaluate many snapshots, from several threads.
 *
 * @since 0.1
 */
public final class FindingsEngine {

  private static final Logger LOG = LoggerFactory.getLogger(FindingsEngine.class);
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

  private final List<FindingRule> rules;
  /** Each rule's metadata, read once when the engine was built, in the order of {@link #rules}. */
  private final List<RuleMetadata> metadata;
  private final FindingsConfig config;
  private final Clock clock;

  private FindingsEngine(List<FindingRule> rules, FindingsConfig config, Clock clock) {
    this.rules = List.copyOf(rules);
    this.metadata = this.rules.stream().map(FindingRule::metadata).toList();
    this.config = config;
    this.clock = clock;
  }

  /**
   * Starts a builder with the built-in rules, discovery on, the default configuration and the
   * system clock.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rules, in the order they run.
   *
   * @return the rules
   */
  public List<FindingRule> rules() {
    return rules;
  }

  /**
   * Returns the configuration.
   *
   * @return the configuration
   */
  public FindingsConfig config() {
    return config;
  }

  /**
   * Runs every rule over a snapshot, as of the clock's current instant. Reads the snapshot only.
   *
   * @param snapshot the snapshot
   * @return the findings and every rule's outcome
   */
  public FindingsReport evaluate(Snapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    Instant asOf = clock.instant();
    FindingContext context = new FindingContext(snapshot, config, asOf);
    List<Finding> findings = new ArrayList<>();
    List<RuleOutcome> outcomes = new ArrayList<>(rules.size());
    for (int i = 0; i < rules.size(); i++) {
      outcomes.add(run(rules.get(i), metadata.get(i), context, findings));
    }
    findings.sort(Finding.ORDER);
    Map<String, FindingRule> byId = new java.util.HashMap<>();
    Map<String, String> titles = new java.util.HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      byId.put(metadata.get(i).id(), rules.get(i));
      titles.put(metadata.get(i).id(), metadata.get(i).title());
    }
    List<FindingGroup> groups = FindingGroup.of(findings, titles,
        kind -> snapshot.counts().getOrDefault(kind.collection(), 0),
        (ruleId, subjects, population, kind) -> summary(Objects.requireNonNull(byId.get(ruleId)), subjects,
            population, kind));
    return new FindingsReport(snapshot.info(), asOf, findings, outcomes, groups);
  }

  /** A rule's own summary; the default one when the rule has none or its summary fails. */
  private String summary(FindingRule rule, int subjects, int population, dev.governance.core.model.EntityKind kind) {
    String fallback = FindingGroup.share(subjects, population, kind) + ": " + rule.metadata().title();
    try {
      String s = rule.summarize(subjects, population, kind, config);
      return s == null || s.isBlank() ? fallback : s;
    } catch (RuntimeException e) {
      LOG.warn("Finding rule {} could not summarize its findings", rule.metadata().id(), e);
      return fallback;
    }
  }

  private RuleOutcome run(
      FindingRule rule, RuleMetadata meta, FindingContext context, List<Finding> into) {
    if (config.disabled(meta.id())) {
      return new RuleOutcome(meta.id(), meta.title(), RuleOutcome.Status.DISABLED, 0, List.of());
    }
    List<String> missing = new ArrayList<>();
    List<String> partial = new ArrayList<>();
    for (RuleInput input : meta.inputs()) {
      Coverage coverage = context.snapshot().coverage(input.collection());
      if (coverage.isComplete()) {
        continue;
      }
      String reason = describe(input, coverage);
      boolean unread = coverage instanceof Coverage.Unavailable || coverage instanceof Coverage.NotRequested;
      switch (input.need()) {
        case COMPLETE -> missing.add(reason);
        case READ -> (unread ? missing : partial).add(reason);
        case OPTIONAL -> partial.add(reason);
      }
    }
    if (!missing.isEmpty()) {
      return new RuleOutcome(meta.id(), meta.title(), RuleOutcome.Status.SKIPPED, 0, missing);
    }
    List<Finding> found;
    context.takeUnknownFacts();
    try {
      found = rule.evaluate(context);
      for (Finding f : found) {
        if (!f.ruleId().equals(meta.id())) {
          throw new IllegalStateException(
              "the rule reported a finding under the id '" + f.ruleId() + "' rather than its own");
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("Finding rule {} ({}) failed", meta.id(), rule.getClass().getName(), e);
      String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return new RuleOutcome(meta.id(), meta.title(), RuleOutcome.Status.FAILED, 0, List.of(message));
    }
    Severity override = config.severityOverrides().get(meta.id());
    for (Finding f : found) {
      into.add(override == null ? f : f.withSeverity(override));
    }
    partial.addAll(context.takeUnknownFacts());
    RuleOutcome.Status status = partial.isEmpty() ? RuleOutcome.Status.EVALUATED : RuleOutcome.Status.PARTIAL;
    return new RuleOutcome(meta.id(), meta.title(), status, found.size(), partial);
  }

  /**
   * Describes why a collection falls short, e.g. {@code AUTH_FACTORS unavailable: missing
   * okta.users.read (403 from /factors)}.
   */
  static String describe(RuleInput input, Coverage coverage) {
    String name = input.collection().name();
    if (coverage instanceof Coverage.Unavailable u) {
      String perms = String.join(", ", new TreeSet<>(u.missingPermissions()));
      if (perms.isEmpty()) {
        return name + " unavailable: " + u.reason();
      }
      return name + " unavailable: missing " + perms
          + (u.reason().contains(perms) ? "" : " (" + u.reason() + ")");
    }
    if (coverage instanceof Coverage.Partial p) {
      return name + " partial: " + p.reason();
    }
    return name + " " + coverage.label();
  }

  /** Builds a {@link FindingsEngine}. Not thread-safe. */
  public static final class Builder {
    private static final Discovery<FindingRule> DISCOVERY =
        new Discovery<>(
            "rule",
            "finding rule",
            rule -> {
              RuleMetadata meta = rule.metadata();
              return meta == null ? null : meta.id();
            },
            id -> id != null && RULE_ID.matcher(id).matches()
                ? Optional.empty()
                : Optional.of("the id " + (id == null ? "null" : Quoted.quote(id))
                    + "; use lower case letters, digits, dots and dashes"),
            rule -> true,
            "Remove one, or give it another id");

    private final List<FindingRule> explicit = new ArrayList<>();
    private boolean builtIns = true;
    private boolean serviceLoader = true;
    private FindingsConfig config = FindingsConfig.defaults();
    private Clock clock = Clock.systemUTC();
    private Supplier<Stream<FindingRule>> discovery =
        Discovery.serviceLoader(FindingRule.class, FindingsEngine.class.getClassLoader());

    private Builder() {}

    /**
     * Sets the thresholds and switches.
     *
     * @param value the configuration
     * @return this builder
     */
    public Builder config(FindingsConfig value) {
      this.config = Objects.requireNonNull(value, "config");
      return this;
    }

    /**
     * Sets the clock whose instant, read once per evaluation, is the time rules judge against.
     *
     * @param value the clock; tests pass a fixed one
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Registers a rule explicitly.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder register(FindingRule rule) {
      explicit.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Turns the built-in rules on or off.
     *
     * @param enabled whether to run them
     * @return this builder
     */
    public Builder builtInRules(boolean enabled) {
      this.builtIns = enabled;
      return this;
    }

    /**
     * Turns discovery through {@link ServiceLoader} on or off.
     *
     * @param enabled whether to discover rules
     * @return this builder
     */
    public Builder serviceLoader(boolean enabled) {
      this.serviceLoader = enabled;
      return this;
    }

    /**
     * Replaces how rules are discovered, e.g. to use another class loader.
     *
     * @param source supplies the discovered rules
     * @return this builder
     */
    public Builder discovery(Supplier<Stream<FindingRule>> source) {
      this.discovery = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Resolves the rules and checks the configuration against them.
     *
     * @return the engine
     * @throws InvalidConfigurationException if two rules of the same source share an id, a rule's
     *     id is malformed, a rule on the class path fails to load, or the configuration names a rule
     *     that does not exist
     */
    public FindingsEngine build() {
      List<FindingRule> mine = new ArrayList<>();
      if (builtIns) {
        mine.addAll(BuiltInRules.all());
      }
      mine.addAll(explicit);
      Map<String, FindingRule> resolved =
          DISCOVERY.resolve(mine, "built in or registered", serviceLoader ? discovery : null);
      checkKnown("severityOverrides", config.severityOverrides().keySet(), resolved);
      checkKnown("disabledRules", config.disabledRules(), resolved);
      return new FindingsEngine(new ArrayList<>(resolved.values()), config, clock);
    }

    private static void checkKnown(
        String setting, java.util.Set<String> ids, Map<String, FindingRule> rules) {
      for (String id : ids) {
        if (!rules.containsKey(id)) {
          throw new InvalidConfigurationException(
              setting,
              setting + " names the rule '" + id + "', which does not exist. Known rules: "
                  + new TreeSet<>(rules.keySet()));
        }
      }
    }

  }

  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    metadata.forEach(m -> ids.add(m.id()));
    return "FindingsEngine" + Collections.unmodifiableList(ids);
  }
}
