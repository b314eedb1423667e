/**
 * Reports of a scan, for people and for machines: a JSON report with a versioned schema, two CSV
 * files (entities and relations) and a self-contained HTML page.
 *
 * <p>{@link dev.governance.core.report.ReportData} gathers what a report shows: a snapshot, its
 * findings, and optionally what the sync cost and what the credentials allowed. {@link
 * dev.governance.core.report.Reports} writes every format into a directory; {@link
 * dev.governance.core.report.JsonReport}, {@link dev.governance.core.report.CsvReport} and {@link
 * dev.governance.core.report.HtmlReport} write one each. Every writer streams: entities and grants
 * go out one at a time through Jackson's generator or a CSV writer, and effective access is
 * bounded per target (see {@link dev.governance.core.report.ReportOptions}).
 *
 * <p>The formats are described in {@code docs/reports.md}. The JSON schema carries {@code
 * schemaVersion}; a field is only ever added within a version. The HTML page fetches nothing: its
 * style and script are inline and its data is the JSON report, embedded with every {@code <},
 * {@code >} and {@code &} escaped, and rendered as text only, so no name from a tenant can inject
 * markup or script.
 *
 * <p>CSV is written by a forty-line writer of this package rather than a library, on purpose: the
 * reports only write CSV, never read it, and need exactly RFC 4180's quoting plus one rule no CSV
 * library applies by default, a leading quote on any field a spreadsheet would run as a formula.
 * Apache Commons CSV or Jackson's CSV format would still need that rule written here, would have
 * to be configured to write these bytes exactly, and would add a jar to every application that
 * embeds the core (Jackson's would also tie the CSV output to the databind version).
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.core.report;

import org.jspecify.annotations.NullMarked;
