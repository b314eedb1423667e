package dev.governance.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.StorageFailureException;
import dev.governance.core.internal.Futures;
import dev.governance.core.snapshot.Snapshot;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

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
   * One file a {@link Reports} wrote, and how long writing it took.
   *
   * @param file the file
   * @param took the time spent writing it (the HTML page's time excludes the JSON pass it shares
   *     with {@value #JSON})
   * @since 0.1
   */
  public record Written(Path file, Duration took) {
    /** Validates the components. */
    public Written {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(took, "took");
    }
  }

  /**
   * Creates a writer of every format.
   *
   * @param options how much effective access the JSON and HTML reports list, and whether the CSV
   *     files are gzipped
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
    return write(data, directory).stream().map(Written::file).toList();
  }

  /**
   * Writes the five files, as {@link #writeAll} does, and says how long each took: {@link
   * #writeJsonAndPage} and, at the same time on a second thread, {@link #writeCsv}.
   *
   * @param data what to report
   * @param directory where to write
   * @return the files written with their times, in the order of {@link #writeAll}
   * @throws StorageFailureException if a file cannot be written
   */
  public List<Written> write(ReportData data, Path directory) {
    ExecutorService csvThread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "governance-csv-report");
      t.setDaemon(true);
      return t;
    });
    try {
      createDirectory(directory);
      Future<List<Written>> csvFiles = csvThread.submit(() -> writeCsv(data.snapshot(), directory));
      List<Written> page = writeJsonAndPage(data, directory);
      List<Written> csvWritten = join(csvFiles);
      return List.of(page.get(0), csvWritten.get(0), csvWritten.get(1), csvWritten.get(2), page.get(1));
    } finally {
      csvThread.shutdownNow();
    }
  }

  /**
   * Writes the three CSV files, {@value #ENTITIES}, {@value #RELATIONS} and {@value #COVERAGE}
   * ({@code .gz} with {@link ReportOptions#gzipCsv()}), which need only the snapshot: a scan writes
   * them while its rules run.
   *
   * @param snapshot the inventory
   * @param directory where to write, created if needed
   * @return the files written with their times, in that order
   * @throws StorageFailureException if a file cannot be written
   * @since 0.2
   */
  public List<Written> writeCsv(Snapshot snapshot, Path directory) {
    createDirectory(directory);
    String gz = options.gzipCsv() ? ".gz" : "";
    Path entities = directory.resolve(ENTITIES + gz);
    Path relations = directory.resolve(RELATIONS + gz);
    Path coverage = directory.resolve(COVERAGE);
    CsvReport csv = new CsvReport();
    return List.of(
        timed(entities, () -> writeText(entities, options.gzipCsv(), w -> csv.writeEntities(snapshot, w))),
        timed(relations, () -> writeText(relations, options.gzipCsv(), w -> csv.writeRelations(snapshot, w))),
        timed(coverage, () -> writeText(coverage, false, w -> csv.writeCoverage(snapshot, w))));
  }

  /**
   * Writes {@value #JSON} and {@value #HTML}, which embeds the same JSON gzipped, in one pass over
   * the data.
   *
   * @param data what to report
   * @param directory where to write, created if needed
   * @return the two files with their times (the page's excludes the pass it shares with the JSON)
   * @throws StorageFailureException if a file cannot be written
   * @since 0.2
   */
  public List<Written> writeJsonAndPage(ReportData data, Path directory) {
    createDirectory(directory);
    Path json = directory.resolve(JSON);
    Path html = directory.resolve(HTML);
    byte[][] embedded = new byte[1][];
    Written jsonFile = timed(json, () -> embedded[0] = writeJsonAndEmbedding(data, json));
    Written htmlFile = timed(html, () -> writeText(html, false,
        w -> new HtmlReport(options).writePage(data, embedded[0], w)));
    return List.of(jsonFile, htmlFile);
  }

  private static void createDirectory(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new StorageFailureException(directory, "Cannot create the report directory " + directory
          + " (" + e.getMessage() + "); choose a directory you can write to.", e);
    }
  }

  private static List<Written> join(Future<List<Written>> f) {
    return Futures.join(f, "the CSV reports");
  }

  /** Runs a step and measures it; the duration is reported, never used to decide anything. */
  private static Written timed(Path file, Runnable step) {
    long start = System.nanoTime();
    step.run();
    return new Written(file, Duration.ofNanos(System.nanoTime() - start));
  }

  /** Writes report.json and returns the same bytes, compact and gzipped, for the HTML page. */
  private byte[] writeJsonAndEmbedding(ReportData data, Path file) {
    ByteArrayOutputStream embedded = new ByteArrayOutputStream(1 << 16);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      try (GZIPOutputStream gzip = new GZIPOutputStream(embedded, 1 << 16)) {
        writeJson(data, new Tee(out, gzip));
      }
    } catch (IOException e) {
      throw failed(file, e);
    }
    return embedded.toByteArray();
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

  private static void writeText(Path file, boolean gzip, TextWriter body) {
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw;
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
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

  /** Writes every byte to two streams. */
  private static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public void write(int c) throws IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws IOException {
      a.write(bytes, off, len);
      b.write(bytes, off, len);
    }

    @Override
    public void flush() throws IOException {
      a.flush();
      b.flush();
    }
  }
}
