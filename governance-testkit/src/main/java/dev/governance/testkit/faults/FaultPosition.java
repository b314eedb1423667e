package dev.governance.testkit.faults;

/**
 * Which requests to a {@link FaultSite} a fault hits.
 *
 * @since 0.1
 */
public enum FaultPosition {
  /** The first request to the site, once: its retry is served normally. */
  FIRST_REQUEST(true, false, "first request"),
  /** One request for a later page of a list at the site, once. Only at paged sites. */
  LATER_PAGE(true, true, "a later page"),
  /** The first request to the site on every attempt, its retries included; others are served. */
  FIRST_REQUEST_EVERY_ATTEMPT(false, false, "first request, every attempt"),
  /**
   * One request for a later page on every attempt, its retries included: the pages before it were
   * read. Only at paged sites.
   */
  LATER_PAGE_EVERY_ATTEMPT(false, true, "a later page, every attempt"),
  /** Every request to the site: the endpoint is down for the whole sync. */
  EVERY_REQUEST(false, false, "every request");

  private final boolean once;
  private final boolean needsPaging;
  private final String label;

  FaultPosition(boolean once, boolean needsPaging, String label) {
    this.once = once;
    this.needsPaging = needsPaging;
    this.label = label;
  }

  /**
   * Tells whether the fault hits one request once, so that a retry gets a normal answer.
   *
   * @return {@code true} for {@link #FIRST_REQUEST} and {@link #LATER_PAGE}
   */
  public boolean once() {
    return once;
  }

  /**
   * Tells whether the position exists only at sites the good sync read more than one page of.
   *
   * @return {@code true} for the later-page positions
   */
  public boolean needsPaging() {
    return needsPaging;
  }

  /**
   * Tells whether the position exists at a site.
   *
   * @param site the site
   * @return {@code true} unless the position needs paging and the site was not paged
   */
  public boolean appliesTo(FaultSite site) {
    return !needsPaging || site.paged();
  }

  /**
   * Returns the position as reports show it, e.g. {@code a later page, every attempt}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
