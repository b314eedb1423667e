package dev.governance.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.governance.core.StorageFailureException;
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
import java.util.concurrent.ExecutionException;
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
   * Writes the five files, as {@link #writeAll} does, and says how long each took. The JSON report
   * and the HTML page (which embeds the same JSON, gzipped) come from one pass over the data; the
   * CSV files are written at the same time on a second thread.
   *
   * @param data what to report
   * @param directory where to write
   * @return the files written with their times, in the order of {@link #writeAll}
   * @throws StorageFailureException if a file cannot be written
   */
  public List<Written> write(ReportData data, Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new StorageFailureException(directory, "Cannot create the report directory " + directory
          + " (" + e.getMessage() + "); choose a directory you can write to.", e);
    }
    String gz = options.gzipCsv() ? ".gz" : "";
    Path json = directory.resolve(JSON);
    Path entities = directory.resolve(ENTITIES + gz);
    Path relations = directory.resolve(RELATIONS + gz);
    Path coverage = directory.resolve(COVERAGE);
    Path html = directory.resolve(HTML);
    CsvReport csv = new CsvReport();
    ExecutorService csvThread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "governance-csv-report");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<List<Written>> csvFiles = csvThread.submit(() -> List.of(
          timed(entities, () -> writeText(entities, options.gzipCsv(), w -> csv.writeEntities(data.snapshot(), w))),
          timed(relations, () -> writeText(relations, options.gzipCsv(), w -> csv.writeRelations(data.snapshot(), w))),
          timed(coverage, () -> writeText(coverage, false, w -> csv.writeCoverage(data.snapshot(), w)))));
      byte[][] embedded = new byte[1][];
      Written jsonFile = timed(json, () -> embedded[0] = writeJsonAndEmbedding(data, json));
      Written htmlFile = timed(html, () -> writeText(html, false,
          w -> new HtmlReport(options).writePage(data, embedded[0], w)));
      List<Written> csvWritten = join(csvFiles);
      return List.of(jsonFile, csvWritten.get(0), csvWritten.get(1), csvWritten.get(2), htmlFile);
    } finally {
      csvThread.shutdownNow();
    }
  }

  private static List<Written> join(Future<List<Written>> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageFailureException(Path.of(RELATIONS), "Interrupted while writing the CSV reports.", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
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
