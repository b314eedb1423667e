package dev.governance.testkit.okta;

import dev.governance.core.Secret;
import dev.governance.testkit.faults.FaultCase;
import dev.governance.testkit.faults.FaultKind;
import dev.governance.testkit.faults.FaultSite;
import dev.governance.testkit.faults.FaultTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link FaultTarget} of a {@link FakeOktaTenant}, for a {@link
 * dev.governance.testkit.faults.FaultMatrix} over any Okta client.
 *
 * <p>Sites come from the request journal of the good sync: each method and path template, the ids
 * in the path replaced by {@code *} (e.g. {@code GET /api/v1/groups/*}{@code /users}), paged when a
 * request carried an {@code after} cursor; {@code POST /oauth2/v1/token} is one when the client is
 * a service app. Kinds are the fake's {@link Fault}s that leave the tenant as it was: a 429 with a
 * short reset, each server error, a reset connection, a truncated body, malformed JSON (all of
 * which a client must absorb on one request), a revoked token (the target makes it valid again
 * afterwards) and a latency past the client's read timeout. {@link Fault.Change} is left out: it
 * changes the tenant, so no sync after it could equal the good one.
 *
 * <pre>{@code
 * OktaFaultTarget target = OktaFaultTarget.builder(tenant)
 *     .readTimeout(Duration.ofSeconds(1))   // the client's
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public final class OktaFaultTarget implements FaultTarget {

  private static final String CURSOR = "after=";

  private final FakeOktaTenant tenant;
  private final Set<String> apiTokens;
  private final Map<String, Secret> secrets;
  private final Map<FaultKind, Fault> faults = new LinkedHashMap<>();
  private final Map<String, String[]> endpoints = new LinkedHashMap<>();
  private final List<FaultSite> sites = new ArrayList<>();
  private long journalStart = -1;
  private int credentialsReported;

  private OktaFaultTarget(Builder b) {
    this.tenant = b.tenant;
    this.apiTokens = Set.copyOf(b.apiTokens.isEmpty() ? List.of(b.tenant.apiToken()) : b.apiTokens);
    Map<String, Secret> known = new LinkedHashMap<>();
    int n = 0;
    for (String token : apiTokens) {
      known.put(apiTokens.size() == 1 ? "the API token" : "API token " + ++n, Secret.of(token));
    }
    known.putAll(b.secrets);
    this.secrets = known;
    faults.put(new FaultKind("429 (reset in " + b.rateLimitReset.toMillis() + " ms)", true),
        new Fault.RateLimited(b.rateLimitReset));
    for (int status : new int[] {500, 502, 503, 504}) {
      faults.put(new FaultKind(String.valueOf(status), true), new Fault.ServerError(status));
    }
    faults.put(new FaultKind("connection reset", true), new Fault.ConnectionReset());
    faults.put(new FaultKind("truncated body", true), new Fault.TruncatedBody());
    faults.put(new FaultKind("malformed JSON", true), new Fault.MalformedJson());
    faults.put(new FaultKind("revoked token", false), new Fault.RevokeToken());
    Duration latency = b.readTimeout.plus(b.readTimeout.dividedBy(2)).plusMillis(100);
    faults.put(new FaultKind("latency " + latency.toMillis() + " ms, past the read timeout", false),
        new Fault.Latency(latency));
  }

  /**
   * Starts a builder.
   *
   * @param tenant the tenant the connector reads
   * @return a new builder
   */
  public static Builder builder(FakeOktaTenant tenant) {
    return new Builder(tenant);
  }

  @Override
  public void beginGoodSync() {
    journalStart = tenant.journal().total();
    sites.clear();
    endpoints.clear();
    credentialsReported = 0;
  }

  @Override
  public List<FaultSite> sites() {
    if (journalStart < 0) {
      throw new IllegalStateException("call beginGoodSync() before the good sync");
    }
    if (sites.isEmpty()) {
      List<JournalEntry> all = tenant.journal().entries();
      long count = tenant.journal().total() - journalStart;
      List<JournalEntry> good = all.subList((int) Math.max(0, all.size() - count), all.size());
      Map<String, int[]> counts = new LinkedHashMap<>();
      for (JournalEntry e : good) {
        String template = template(e.path());
        String endpoint = e.method() + " " + template;
        endpoints.putIfAbsent(endpoint, new String[] {e.method(), template});
        int[] c = counts.computeIfAbsent(endpoint, k -> new int[2]);
        c[0]++;
        c[1] += hasCursor(e.query()) ? 1 : 0;
      }
      counts.forEach((endpoint, c) -> sites.add(new FaultSite(endpoint, c[0], c[1])));
    }
    return List.copyOf(sites);
  }

  @Override
  public List<FaultKind> kinds() {
    return List.copyOf(faults.keySet());
  }

  @Override
  public void install(FaultCase faultCase) {
    Fault fault = faults.get(faultCase.kind());
    String[] endpoint = endpoints.get(faultCase.site().endpoint());
    if (fault == null || endpoint == null) {
      throw new IllegalArgumentException("The case " + faultCase + " names a kind or a site this"
          + " target did not list");
    }
    String method = endpoint[0];
    String path = endpoint[1];
    int laterPage = faultCase.site().paged()
        ? 1 + (int) Math.floorMod(faultCase.seed(), (long) faultCase.site().laterPages()) : 1;
    FaultRule rule = switch (faultCase.position()) {
      case FIRST_REQUEST -> new FaultRule(method, path, 1, 1, fault);
      case LATER_PAGE -> new FaultRule(method, path, laterPage, 1, fault).laterPages();
      case FIRST_REQUEST_EVERY_ATTEMPT -> new FaultRule(method, path, 1, Integer.MAX_VALUE, fault).sameRequest();
      case LATER_PAGE_EVERY_ATTEMPT ->
          new FaultRule(method, path, laterPage, Integer.MAX_VALUE, fault).laterPages().sameRequest();
      case EVERY_REQUEST -> new FaultRule(method, path, 1, Integer.MAX_VALUE, fault);
    };
    tenant.clearFaults();
    tenant.addFault(rule);
  }

  @Override
  public void clear() {
    tenant.clearFaults();
    apiTokens.forEach(tenant.fixtures()::restoreApiToken);
  }

  @Override
  public Map<String, Secret> secrets() {
    Map<String, Secret> out = new LinkedHashMap<>(secrets);
    Set<String> known = new LinkedHashSet<>(apiTokens);
    List<String> seen = tenant.credentialsSeen();
    int from = Math.min(credentialsReported, seen.size());
    for (String credential : seen.subList(from, seen.size())) {
      if (known.add(credential)) {
        out.put(describe(credential) + " #" + (out.size() + 1), Secret.of(credential));
      }
    }
    credentialsReported = seen.size();
    return out;
  }

  /** The path with every segment that is an Okta id (long, with a digit) replaced by {@code *}. */
  static String template(String path) {
    StringBuilder out = new StringBuilder();
    for (String segment : path.substring(1).split("/", -1)) {
      out.append('/').append(isId(segment) ? "*" : segment);
    }
    return out.toString();
  }

  private static boolean isId(String segment) {
    return segment.length() >= 12 && segment.chars().anyMatch(Character::isDigit);
  }

  private static boolean hasCursor(String query) {
    for (String pair : query.split("&")) {
      if (pair.startsWith(CURSOR) && pair.length() > CURSOR.length()) {
        return true;
      }
    }
    return false;
  }

  private static String describe(String credential) {
    if (credential.startsWith("eyJ") && credential.chars().filter(c -> c == '.').count() == 2) {
      return "a client assertion or DPoP proof the tenant received";
    }
    if (credential.startsWith("eyJ")) {
      return "an access token the tenant issued";
    }
    return "a credential the tenant was sent";
  }

  @Override
  public String toString() {
    return "OktaFaultTarget[" + tenant.orgUrl() + "]";
  }

  /** Configures an {@link OktaFaultTarget}. */
  public static final class Builder {
    private final FakeOktaTenant tenant;
    private Duration readTimeout = Duration.ofSeconds(10);
    private Duration rateLimitReset = Duration.ofSeconds(1);
    private final List<String> apiTokens = new ArrayList<>();
    private final Map<String, Secret> secrets = new LinkedHashMap<>();

    private Builder(FakeOktaTenant tenant) {
      this.tenant = Objects.requireNonNull(tenant, "tenant");
    }

    /**
     * Sets the client's read timeout, which the latency fault exceeds by half; 10 seconds by
     * default. Set it to the client's: a short one keeps the matrix fast.
     *
     * @param value a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("readTimeout must be positive, got " + value);
      }
      this.readTimeout = value;
      return this;
    }

    /**
     * Sets how far ahead the 429 fault's rate-limit reset lies; one second by default.
     *
     * @param value not negative
     * @return this builder
     */
    public Builder rateLimitReset(Duration value) {
      if (value.isNegative()) {
        throw new IllegalArgumentException("rateLimitReset must not be negative, got " + value);
      }
      this.rateLimitReset = value;
      return this;
    }

    /**
     * Names an API token the client uses, made valid again after a revoked-token fault and
     * searched for in logs; by default the tenant's {@link FakeOktaTenant#apiToken()}. A client
     * that uses a service app needs none: its access tokens and assertions are searched for as the
     * tenant sees them, and the tenant's own token stays in the search.
     *
     * @param secret the token's secret
     * @return this builder
     */
    public Builder apiToken(String secret) {
      apiTokens.add(Objects.requireNonNull(secret, "secret"));
      return this;
    }

    /**
     * Adds a secret the tenant never sees but no log may show, e.g. a service app's private key (as
     * base64, which a PEM file wraps: the search finds it wrapped too).
     *
     * @param label what it is, e.g. {@code the private key}; never the secret
     * @param value the secret
     * @return this builder
     */
    public Builder secret(String label, Secret value) {
      secrets.put(Objects.requireNonNull(label, "label"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the target.
     *
     * @return the target
     */
    public OktaFaultTarget build() {
      return new OktaFaultTarget(this);
    }
  }
}
