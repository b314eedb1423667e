package dev.governance.testkit.conformance;

/**
 * The checks of the conformance kit. Each becomes one test, or one test per case for the lifecycle
 * checks, whose display name starts with the check's {@link #sentence()}.
 *
 * @since 0.2
 */
public enum ConformanceCheck {
  /** Every collection the capabilities declare is delivered with a coverage. */
  DECLARED_COLLECTIONS_COVERED("every declared collection is delivered with a coverage"),
  /** Nothing outside the declared collections is delivered. */
  NOTHING_UNDECLARED_DELIVERED("nothing outside the declared collections is delivered"),
  /**
   * The connector is a {@code LifecycleConnector} exactly when it declares actions, each declared
   * action has a case, and the preflight permits no undeclared action.
   */
  DECLARED_ACTIONS_ACCEPTED("every declared lifecycle action is accepted and none other is permitted"),
  /** A sync of some collections reports a coverage for each of them and delivers nothing else. */
  COVERAGE_ONLY_FOR_REQUESTED("a sync of some collections covers each of them and nothing else"),
  /** Items of a collection of several pages reach the sink while its later pages are still read. */
  STREAMS_PAGES("items reach the sink while later pages are still being read"),
  /** A sync cancelled at the first item of a collection stops within one page. */
  CANCELLATION_STOPS_WITHIN_A_PAGE("a cancelled sync stops within one page with CancelledException"),
  /** The seeded entities and grants are delivered, grants with their provenance. */
  SEEDED_INVENTORY_DELIVERED("the seeded entities and grants are delivered with their provenance"),
  /** Two syncs of an unchanged tenant deliver the same entity ids and grants. */
  IDS_STABLE_ACROSS_SYNCS("two syncs deliver the same ids"),
  /** Every grant's subject and target are entities of the same snapshot. */
  GRANTS_REFERENCE_DELIVERED_ENTITIES("every grant references entities of the same snapshot"),
  /**
   * A grant via a group names a group its identity is a member of; a grant via a group rule names a
   * rule that exists.
   */
  PROVENANCE_CONSISTENT("a grant via a group or a rule names a membership or a rule that exists"),
  /** {@code check()} with bad credentials throws {@code AuthenticationFailedException}. */
  BAD_CREDENTIALS_REFUSED_BY_CHECK("check() with bad credentials throws AuthenticationFailedException"),
  /** {@code collect} with bad credentials throws {@code AuthenticationFailedException}. */
  BAD_CREDENTIALS_REFUSED_BY_COLLECT("collect with bad credentials throws AuthenticationFailedException"),
  /**
   * A collection the credentials may not read is unavailable or partial for a permission, never
   * complete.
   */
  MISSING_PERMISSION_NOT_COMPLETE("a collection the credentials may not read is never complete"),
  /** A collection the preflight calls forbidden is not complete in the sync that follows. */
  PREFLIGHT_MATCHES_COLLECT("a collection the preflight calls forbidden is not complete"),
  /**
   * {@code check()} run on another thread while {@code collect} delivers answers as it does alone,
   * and the sync delivers what it delivers alone.
   */
  CHECK_BESIDE_COLLECT("check() works while collect runs, and both answer as they do alone"),
  /** No secret shows in the {@code toString} of the connector or of the objects the author lists. */
  NO_SECRET_IN_TO_STRING("no secret shows in toString"),
  /** No secret shows in exception messages, coverage reasons or the preflight. */
  NO_SECRET_IN_MESSAGES("no secret shows in exception messages, coverage reasons or the preflight"),
  /** No secret shows in what was logged while the checks ran. */
  NO_SECRET_IN_LOG("no secret shows in the log"),
  /**
   * A lifecycle action applied twice changes the tenant once, a new sync shows it, and its revert
   * (where one exists) undoes it the same way.
   */
  LIFECYCLE_ACTION_IDEMPOTENT("a lifecycle action applied twice is applied once and read back"),
  /**
   * An action the provider refuses throws the expected exception, with a message naming the action,
   * and changes nothing.
   */
  LIFECYCLE_REFUSAL_CLEAR("a refused lifecycle action is refused clearly and changes nothing");

  private final String sentence;

  ConformanceCheck(String sentence) {
    this.sentence = sentence;
  }

  /**
   * Returns the sentence the check's tests are named by.
   *
   * @return the sentence
   */
  public String sentence() {
    return sentence;
  }

  /**
   * Finds the check a test's display name belongs to.
   *
   * @param displayName a display name of one of the kit's tests
   * @return the check, or {@code null} if the name is not one of the kit's
   */
  public static @org.jspecify.annotations.Nullable ConformanceCheck ofDisplayName(String displayName) {
    ConformanceCheck found = null;
    for (ConformanceCheck c : values()) {
      if ((displayName.equals(c.sentence) || displayName.startsWith(c.sentence + ": "))
          && (found == null || c.sentence.length() > found.sentence.length())) {
        found = c;
      }
    }
    return found;
  }
}
