package dev.governance.bench;

import dev.governance.testkit.okta.TenantShape;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** A fake tenant in a separate JVM, started from this JVM's class path. */
final class ForkedTenant implements TenantHandle {

  private final Process process;
  private final BufferedReader out;
  private final PrintWriter in;
  private final String orgUrl;
  private final String apiToken;
  private final String neighbourToken;
  private long tooMany;

  private ForkedTenant(Process process, BufferedReader out, PrintWriter in, String orgUrl,
      String apiToken, String neighbourToken) {
    this.process = process;
    this.out = out;
    this.in = in;
    this.orgUrl = orgUrl;
    this.apiToken = apiToken;
    this.neighbourToken = neighbourToken;
  }

  static ForkedTenant start(
      TenantShape shape, long seed, @Nullable Double timeScale, int latencyMs, List<String> jvmOptions) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(FakeTenantServer.class.getName());
    cmd.add(shape.name().toLowerCase(Locale.ROOT));
    cmd.add(Long.toString(seed));
    cmd.add(timeScale == null ? "none" : Double.toString(timeScale));
    cmd.add(Integer.toString(latencyMs));
    try {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      BufferedReader out = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      PrintWriter in = new PrintWriter(
          new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8), true);
      String url = null;
      String token = null;
      String neighbour = null;
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("ORG_URL=")) {
          url = line.substring("ORG_URL=".length());
        } else if (line.startsWith("API_TOKEN=")) {
          token = line.substring("API_TOKEN=".length());
        } else if (line.startsWith("NEIGHBOUR_TOKEN=")) {
          neighbour = line.substring("NEIGHBOUR_TOKEN=".length());
        } else if (line.equals("READY")) {
          break;
        }
      }
      if (url == null || token == null || neighbour == null) {
        p.destroy();
        throw new IllegalStateException("The fake tenant process stopped before it was ready");
      }
      return new ForkedTenant(p, out, in, url, token, neighbour);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String neighbourToken() {
    return neighbourToken;
  }

  @Override
  public String orgUrl() {
    return orgUrl;
  }

  @Override
  public String apiToken() {
    return apiToken;
  }

  @Override
  public synchronized Map<String, Long> callsByBucket() {
    String line = ask("counts", "COUNTS ");
    String[] parts = line.substring("COUNTS ".length()).split(" ");
    Map<String, Long> counts = new TreeMap<>();
    if (!parts[0].startsWith("429=")) {
      for (String kv : parts[0].split(",")) {
        int eq = kv.lastIndexOf('=');
        counts.put(kv.substring(0, eq), Long.parseLong(kv.substring(eq + 1)));
      }
    }
    tooMany = Long.parseLong(parts[parts.length - 1].substring("429=".length()));
    return counts;
  }

  @Override
  public synchronized Map<String, Long> callsByEndpoint() {
    String line = ask("endpoints", "ENDPOINTS");
    Map<String, Long> counts = new TreeMap<>();
    String body = line.substring("ENDPOINTS".length()).trim();
    if (!body.isEmpty()) {
      for (String kv : body.split(",")) {
        int eq = kv.lastIndexOf('=');
        counts.put(kv.substring(0, eq).replace('_', ' '), Long.parseLong(kv.substring(eq + 1)));
      }
    }
    return counts;
  }

  @Override
  public synchronized long tooManyRequests() {
    callsByBucket();
    return tooMany;
  }

  @Override
  public synchronized void clearJournal() {
    ask("clear", "CLEARED");
  }

  @Override
  public String where() {
    return "separate JVM";
  }

  private String ask(String command, String answerPrefix) {
    in.println(command);
    try {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(answerPrefix)) {
          return line;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("The fake tenant process stopped");
  }

  @Override
  public void close() {
    in.println("quit");
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
    }
  }
}
