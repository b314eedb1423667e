package dev.governance.core.report;

import dev.governance.core.InvalidConfigurationException;

/**
 * How much effective access a report lists, and how the CSV files are written.
 *
 * <p>For every application and role the report gives the number of identities that reach it, split
 * by how (direct, through groups, through a group rule). When at most {@code accessDetailLimit}
 * identities reach a target, each is listed with its paths; above that, only the unusual ones are
 * listed (a direct grant, or an identity that cannot sign in), at most {@code accessDetailLimit} of
 * them, and the rest is counted. This keeps a report of a 100,000-person tenant to a few megabytes.
 *
 * @param accessDetailLimit identities listed per application or role, 1 to 100,000
 * @param gzipCsv whether {@link Reports} writes the entities and relations files gzipped, as
 *     {@value Reports#ENTITIES}{@code .gz} and {@value Reports#RELATIONS}{@code .gz} (the {@code
 *     file} connector reads either); the coverage file stays plain
 * @since 0.1
 */
public record ReportOptions(int accessDetailLimit, boolean gzipCsv) {

  /** The default limit. */
  public static final int DEFAULT_ACCESS_DETAIL_LIMIT = 200;

  /** Validates the limit. */
  public ReportOptions {
    if (accessDetailLimit < 1 || accessDetailLimit > 100_000) {
      throw new InvalidConfigurationException("accessDetailLimit",
          "accessDetailLimit must be between 1 and 100000, was " + accessDetailLimit);
    }
  }

  /**
   * Creates options that write the CSV files plain.
   *
   * @param accessDetailLimit identities listed per application or role, 1 to 100,000
   */
  public ReportOptions(int accessDetailLimit) {
    this(accessDetailLimit, false);
  }

  /**
   * Returns the defaults: 200 identities listed per target, plain CSV files.
   *
   * @return the options
   */
  public static ReportOptions defaults() {
    return new ReportOptions(DEFAULT_ACCESS_DETAIL_LIMIT);
  }

  /**
   * Returns a copy that writes the entities and relations files gzipped, or plain.
   *
   * @param gzip {@code true} for {@code .csv.gz} files
   * @return the copy
   */
  public ReportOptions withGzipCsv(boolean gzip) {
    return new ReportOptions(accessDetailLimit, gzip);
  }
}
