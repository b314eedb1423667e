package dev.governance.okta;

import dev.governance.core.Secret;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.Capabilities;
import dev.governance.core.spi.ActionResult;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.LifecycleConnector;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import dev.governance.okta.internal.client.OktaClientFactory;
import dev.governance.okta.internal.client.OktaHttp;
import dev.governance.okta.internal.client.PrincipalShare;
import dev.governance.okta.internal.lifecycle.OktaActions;
import dev.governance.okta.internal.sync.Lanes;
import dev.governance.okta.internal.sync.OktaSync;
import java.util.EnumMap;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import java.util.Set;

/**
 * Reads an Okta org into the provider-neutral inventory through okta-sdk-java 24.0.0, spending as
 * few calls as the org's rate limits allow.
 *
 * <pre>{@code
 * OktaOrg org = OktaOrg.parse("acme.okta.com");
 * OktaCredentials credentials = OktaCredentials.apiToken(Secret.of(System.getenv("OKTA_TOKEN")));
 * try (OktaConnector okta = OktaConnector.open(org, credentials, OktaConnectorOptions.defaults())) {
 *   SnapshotBuilder snapshot = Snapshot.builder(okta.tenant(), okta.id());
 *   SyncResult result = okta.collect(SyncPlan.everything(), snapshot, SyncContext.defaults());
 * }
 * }</pre>
 *
 * <p>A sync first surveys the org (groups with their statistics, applications, admins, rules,
 * tokens), then predicts its remaining calls per rate-limit bucket ({@link
 * SyncResult#predictedCallsPerBucket()}, with what the plan could not know in {@link
 * SyncResult#assumptions()} and any difference in {@link SyncResult#revisions()}), then
 * spends them in parallel per bucket within this connector's share of each. See docs/call-plan.md
 * for the formula.
 *
 * @since 0.1
 */
public final class OktaConnector implements LifecycleConnector {

  /** The provider id. */
  public static final String ID = "okta";

  private final OktaOrg org;
  private final OktaCredentials credentials;
  private final OktaConnectorOptions options;
  private final OktaHttp http;
  private final Lanes lanes;
  /** The preflight's own lanes, one thread per bucket, so that it never waits behind a sync's jobs. */
  private final Lanes probes;
  private @Nullable String pacing;

  private OktaConnector(OktaOrg org, OktaCredentials credentials, OktaConnectorOptions options, OktaHttp http) {
    this.org = org;
    this.credentials = credentials;
    this.options = options;
    this.http = http;
    this.lanes = new Lanes(Math.max(1, Math.min(4, options.concurrency())), "okta-" + org.host());
    this.probes = new Lanes(1, "okta-preflight-" + org.host());
  }

  /**
   * Opens a connector. For a service app this requests the first access token.
   *
   * @param org the org
   * @param credentials the credentials
   * @param options the options
   * @return the connector, to be closed
   * @throws dev.governance.core.AuthenticationFailedException if the org refuses a service app
   */
  public static OktaConnector open(
      OktaOrg org, OktaCredentials credentials, OktaConnectorOptions options) {
    Objects.requireNonNull(org, "org");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(options, "options");
    OktaHttp http =
        OktaClientFactory.create(
            new OktaClientFactory.Settings(
                org,
                credentials,
                options.concurrency(),
                options.bucketShare(),
                options.rateLimitWindow(),
                options.maxRetries(),
                options.connectTimeout(),
                options.readTimeout(),
                options.retryBackoff(),
                Clock.systemUTC(),
                dev.governance.okta.internal.oauth.Sleeper.SYSTEM));
    return new OktaConnector(org, credentials, options, http);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String tenant() {
    return org.baseUrl();
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(EnumSet.allOf(InventoryCollection.class), EnumSet.allOf(LifecycleAction.Kind.class));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The preflight's reads run on threads of their own, one per rate-limit bucket, and its calls
   * are counted apart from a sync's, so that a preflight beside a sync waits for none of the
   * sync's jobs and changes neither's count.
   */
  @Override
  public Preflight check() {
    return OktaPreflight.run(http.countedApart(), probes, org, credentials);
  }

  @Override
  public SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext context) {
    boolean everyone =
        options.factorsForEveryone()
            || "everyone".equalsIgnoreCase(plan.options().getOrDefault("factors", ""));
    OktaSync sync =
        new OktaSync(http.within(options.syncDeadline()), lanes, everyone, options.preferShorterSync(),
            options.rateLimitWindow(),
            requiredPermissions(), this::pacing, tenant());
    return sync.run(plan, sink, context);
  }

  /**
   * Settles, once per connector, the share of each bucket to pace at: this principal's share as
   * Okta's principal rate limits API states it when the credentials may read it, else the
   * configured {@link OktaConnectorOptions#bucketShare()}.
   *
   * @return where the share came from, in words
   */
  private synchronized String pacing() {
    if (pacing == null) {
      if (options.readPrincipalRateLimit()) {
        String clientId = credentials instanceof OktaCredentials.ServiceApp app ? app.clientId() : null;
        PrincipalShare.Outcome outcome = PrincipalShare.read(http, clientId, options.bucketShare());
        http.useShare(outcome.share());
        pacing = outcome.source();
      } else {
        http.useShare(options.bucketShare());
        pacing = "the configured share of " + Math.round(options.bucketShare() * 100) + "% of each bucket";
      }
    }
    return pacing;
  }

  /**
   * Applies a lifecycle action through Okta's management API. Okta refuses some changes whatever
   * the credentials: a membership of an application-sourced or built-in group ({@link
   * dev.governance.core.ConflictException}, checked before the call), an assignment a group also
   * grants (Okta's E0000046, also a {@code ConflictException}), a suspension of a user who is not
   * active. Changes are not retried after a failure other than a 429, because Okta may have applied
   * them. Check {@link #check()} first: it says which actions the credentials allow.
   *
   * @param action the action
   * @return what happened
   */
  @Override
  public ActionResult apply(LifecycleAction action) {
    return new OktaActions(http, org.baseUrl(), options.clock()).apply(action);
  }

  private static Map<InventoryCollection, Set<String>> requiredPermissions() {
    Map<InventoryCollection, Set<String>> required = new EnumMap<>(InventoryCollection.class);
    for (CollectionRequirement r : OktaPermissions.collections()) {
      Set<String> names = new LinkedHashSet<>();
      r.operations().forEach(op -> names.add(op.scope().value()));
      names.addAll(r.adminPermissions());
      required.put(r.collection(), names);
    }
    return required;
  }

  @Override
  public void close() {
    lanes.close();
    probes.close();
    http.close();
  }

  @Override
  public String toString() {
    return "OktaConnector[" + org + "]";
  }
}
