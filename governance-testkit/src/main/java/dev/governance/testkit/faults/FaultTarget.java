package dev.governance.testkit.faults;

import dev.governance.core.Secret;
import java.util.List;
import java.util.Map;

/**
 * The faked tenant a {@link FaultMatrix} puts faults into: it watches a good sync to list the
 * endpoints the connector read, installs and clears one fault at a time, and names the secrets no
 * log or message may contain. Implementations belong to the fake they drive; the fake Okta
 * tenant's is {@link dev.governance.testkit.okta.OktaFaultTarget}.
 *
 * <p>The matrix calls, in order: {@link #beginGoodSync()}, a good sync, {@link #sites()} and
 * {@link #kinds()}; then for each case {@link #install}, a sync, {@link #clear()} and {@link
 * #secrets()}. Calls come from one thread.
 *
 * @since 0.1
 */
public interface FaultTarget {

  /** Starts watching what the connector reads; the next sync is the good one the sites come from. */
  void beginGoodSync();

  /**
   * Returns the sites the good sync read, in the order it first read them.
   *
   * @return at least one site
   */
  List<FaultSite> sites();

  /**
   * Returns the kinds of fault the target can put at every site.
   *
   * @return at least one kind
   */
  List<FaultKind> kinds();

  /**
   * Installs the fault of a case, replacing any other; the next sync meets it.
   *
   * @param faultCase the case
   */
  void install(FaultCase faultCase);

  /**
   * Removes the fault and undoes whatever it did to the tenant (e.g. a revoked credential becomes
   * valid again), so that the next sync without a fault reads what the good one read.
   */
  void clear();

  /**
   * Returns the secrets the syncs since the last call may have used, by a label that says what
   * each is (e.g. {@code the API token}, {@code an access token}): none may appear in the captured
   * log, an exception message, a status or a coverage reason. Labels never contain the secret.
   *
   * @return label to secret
   */
  Map<String, Secret> secrets();
}
