package dev.governance.core.findings;

import dev.governance.core.InvalidConfigurationException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Thresholds and switches for the rules. Immutable and validated: a value out of range fails with
 * {@link InvalidConfigurationException} naming the setting.
 *
 * <pre>{@code
 * FindingsConfig config = FindingsConfig.builder()
 *     .superAdminThreshold(2)
 *     .inactivityDays(60)
 *     .severity("direct-assignment-bypasses-groups", Severity.MEDIUM)
 *     .disable("api-token-unrestricted-network")
 *     .build();
 * }</pre>
 *
 * @param superAdminThreshold how many super admins are acceptable; more is a finding (0 or more,
 *     default 3)
 * @param inactivityDays after how many days without a sign-in an identity counts as dormant (1 to
 *     3650, default 90)
 * @param tokenExpiryWindowDays how many days before it expires an unused API token is reported (1
 *     to 365, default 7)
 * @param evidenceLimit how many items (identities, groups, paths) a finding's evidence lists
 *     before it only counts the rest (1 to 10,000, default 25)
 * @param severityOverrides severities that replace those a rule reports, by rule id
 * @param disabledRules ids of rules not to run
 * @since 0.1
 */
public record FindingsConfig(
    int superAdminThreshold,
    int inactivityDays,
    int tokenExpiryWindowDays,
    int evidenceLimit,
    Map<String, Severity> severityOverrides,
    Set<String> disabledRules) {

  /** The default number of acceptable super admins. */
  public static final int DEFAULT_SUPER_ADMIN_THRESHOLD = 3;

  /** The default number of days without a sign-in after which an identity is dormant. */
  public static final int DEFAULT_INACTIVITY_DAYS = 90;

  /** The default number of days before expiry at which an unused API token is reported. */
  public static final int DEFAULT_TOKEN_EXPIRY_WINDOW_DAYS = 7;

  /** The default number of items a finding's evidence lists. */
  public static final int DEFAULT_EVIDENCE_LIMIT = 25;

  private static final FindingsConfig DEFAULTS = builder().build();

  /** Validates the values and copies the map and set into sorted, unmodifiable ones. */
  public FindingsConfig {
    range("superAdminThreshold", superAdminThreshold, 0, 100_000);
    range("inactivityDays", inactivityDays, 1, 3650);
    range("tokenExpiryWindowDays", tokenExpiryWindowDays, 1, 365);
    range("evidenceLimit", evidenceLimit, 1, 10_000);
    TreeMap<String, Severity> overrides = new TreeMap<>();
    Objects.requireNonNull(severityOverrides, "severityOverrides")
        .forEach(
            (id, s) -> {
              ruleId("severityOverrides", id);
              if (s == null) {
                throw new InvalidConfigurationException(
                    "severityOverrides", "The severity override for rule '" + id + "' is missing");
              }
              overrides.put(id, s);
            });
    severityOverrides = Collections.unmodifiableMap(overrides);
    TreeSet<String> disabled = new TreeSet<>();
    for (String id : Objects.requireNonNull(disabledRules, "disabledRules")) {
      disabled.add(ruleId("disabledRules", id));
    }
    disabledRules = Collections.unmodifiableSet(disabled);
  }

  /**
   * Returns the defaults.
   *
   * @return the default configuration
   */
  public static FindingsConfig defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder with this configuration's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.superAdminThreshold = superAdminThreshold;
    b.inactivityDays = inactivityDays;
    b.tokenExpiryWindowDays = tokenExpiryWindowDays;
    b.evidenceLimit = evidenceLimit;
    b.severityOverrides.putAll(severityOverrides);
    b.disabledRules.addAll(disabledRules);
    return b;
  }

  /**
   * Tells whether a rule is turned off.
   *
   * @param ruleId the rule's id
   * @return {@code true} if it is in {@link #disabledRules()}
   */
  public boolean disabled(String ruleId) {
    return disabledRules.contains(ruleId);
  }

  private static void range(String setting, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidConfigurationException(
          setting, setting + " must be between " + min + " and " + max + ", was " + value);
    }
  }

  private static String ruleId(String setting, String id) {
    if (id == null || id.isBlank()) {
      throw new InvalidConfigurationException(setting, setting + " holds a blank rule id");
    }
    return id;
  }

  /** Builds a {@link FindingsConfig}; {@link #build()} validates. Not thread-safe. */
  public static final class Builder {
    private int superAdminThreshold = DEFAULT_SUPER_ADMIN_THRESHOLD;
    private int inactivityDays = DEFAULT_INACTIVITY_DAYS;
    private int tokenExpiryWindowDays = DEFAULT_TOKEN_EXPIRY_WINDOW_DAYS;
    private int evidenceLimit = DEFAULT_EVIDENCE_LIMIT;
    private final Map<String, Severity> severityOverrides = new TreeMap<>();
    private final Set<String> disabledRules = new TreeSet<>();

    private Builder() {}

    /**
     * Sets how many super admins are acceptable.
     *
     * @param value 0 or more
     * @return this builder
     */
    public Builder superAdminThreshold(int value) {
      this.superAdminThreshold = value;
      return this;
    }

    /**
     * Sets after how many days without a sign-in an identity counts as dormant.
     *
     * @param value 1 to 3650
     * @return this builder
     */
    public Builder inactivityDays(int value) {
      this.inactivityDays = value;
      return this;
    }

    /**
     * Sets how many days before it expires an unused API token is reported.
     *
     * @param value 1 to 365
     * @return this builder
     */
    public Builder tokenExpiryWindowDays(int value) {
      this.tokenExpiryWindowDays = value;
      return this;
    }

    /**
     * Sets how many items a finding's evidence lists.
     *
     * @param value 1 to 10,000
     * @return this builder
     */
    public Builder evidenceLimit(int value) {
      this.evidenceLimit = value;
      return this;
    }

    /**
     * Replaces the severity of every finding of a rule.
     *
     * @param ruleId the rule's id
     * @param severity the severity to report
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      severityOverrides.put(ruleId(ruleId), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Turns a rule off.
     *
     * @param ruleId the rule's id
     * @return this builder
     */
    public Builder disable(String ruleId) {
      disabledRules.add(ruleId(ruleId));
      return this;
    }

    /**
     * Validates and builds the configuration.
     *
     * @return the configuration
     * @throws InvalidConfigurationException if a value is out of range
     */
    public FindingsConfig build() {
      return new FindingsConfig(
          superAdminThreshold,
          inactivityDays,
          tokenExpiryWindowDays,
          evidenceLimit,
          severityOverrides,
          disabledRules);
    }

    private static String ruleId(String id) {
      Objects.requireNonNull(id, "ruleId");
      return id;
    }
  }
}
