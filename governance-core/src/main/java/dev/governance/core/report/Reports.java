package dev.governance.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.StorageFailureException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes every report format into a directory: {@value #JSON}, {@value #ENTITIES}, {@value
 * #RELATIONS}, {@value #COVERAGE} and {@value #HTML}. The three CSV files import back into an equal
 * snapshot with the {@code file} connector of governance-import.
 *
 * <pre>{@code
 * ReportData data = new ReportData(snapshot, findings, syncResult, preflight, Instant.now());
 * List<Path> files = new Reports(ReportOptions.defaults()).writeAll(data, Path.of("report"));
 * }</pre>
 *
 * @since 0.1
 */
public final class Reports {

  /** The JSON report's file name. */
  public static final String JSON = "report.json";
  /** The entities CSV file's name. */
  public static final String ENTITIES = "entities.csv";
  /** The relations CSV file's name. */
  public static final String RELATIONS = "relations.csv";
  /** The coverage CSV file's name: how much of each collection the two other CSV files hold. */
  public static final String COVERAGE = "coverage.csv";
  /** The HTML report's file name. */
  public static final String HTML = "report.html";

  private final ReportOptions options;

  /**
   * Creates a writer of every format.
   *
   * @param options how much effective access the JSON and HTML reports list
   */
  public Reports(ReportOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Writes the five files, creating the directory if needed and replacing files of the same names.
   *
   * @param data what to report
   * @param directory where to write
   * @return the files written, in the order above
   * @throws StorageFailureException if a file cannot be written
   */
  public List<Path> writeAll(ReportData data, Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new StorageFailureException(directory, "Cannot create the report directory " + directory
          + " (" + e.getMessage() + "); choose a directory you can write to.", e);
    }
    Path json = directory.resolve(JSON);
    Path entities = directory.resolve(ENTITIES);
    Path relations = directory.resolve(RELATIONS);
    Path coverage = directory.resolve(COVERAGE);
    Path html = directory.resolve(HTML);
    CsvReport csv = new CsvReport();
    writeJson(data, json);
    writeText(entities, w -> csv.writeEntities(data.snapshot(), w));
    writeText(relations, w -> csv.writeRelations(data.snapshot(), w));
    writeText(coverage, w -> csv.writeCoverage(data.snapshot(), w));
    writeText(html, w -> new HtmlReport(options).write(data, w));
    return List.of(json, entities, relations, coverage, html);
  }

  /**
   * Writes the JSON report into a stream, pretty-printed, in UTF-8.
   *
   * @param data what to report
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void writeJson(ReportData data, OutputStream out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.useDefaultPrettyPrinter();
    new JsonReport(options).write(g, data);
    g.flush();
    out.write('\n');
    out.flush();
  }

  private void writeJson(ReportData data, Path file) {
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
      writeJson(data, out);
    } catch (IOException e) {
      throw failed(file, e);
    }
  }

  private static void writeText(Path file, TextWriter body) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      body.write(w);
    } catch (IOException e) {
      throw failed(file, e);
    }
  }

  private static StorageFailureException failed(Path file, IOException e) {
    return new StorageFailureException(file, "Cannot write the report file " + file + " ("
        + e.getMessage() + "); check the disk and the directory's permissions.", e);
  }

  @FunctionalInterface
  private interface TextWriter {
    void write(Writer w) throws IOException;
  }
}
