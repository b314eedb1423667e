package dev.governance.bench;

import dev.governance.okta.catalog.OktaBucket;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Runs a fake tenant in its own JVM for {@link SyncBenchmark}, driven over standard input and
 * output.
 *
 * <p>Arguments: {@code shape seed timeScale|none [latencyMs]}; {@code none} serves limits that
 * never bind, anything else Okta's Workforce limits with that time scale; {@code latencyMs} delays
 * every API request. Prints {@code ORG_URL=},
 * {@code API_TOKEN=} and {@code READY}, then answers one line per command: {@code counts} gives
 * {@code COUNTS <pattern>=<n>,... 429=<n>}, {@code endpoints} gives {@code ENDPOINTS <METHOD>_<path>=<n>,...}, {@code clear} gives {@code
 * CLEARED}; {@code quit} or
 * the end of input stops it.
 */
public final class FakeTenantServer {

  private FakeTenantServer() {}

  /**
   * Runs the tenant until told to stop.
   *
   * @param args shape, seed, time scale or {@code none}, optional latency in milliseconds
   * @throws IOException if standard input fails
   */
  public static void main(String[] args) throws IOException {
    TenantShape shape = TenantShape.parse(args[0]);
    long seed = Long.parseLong(args[1]);
    RateLimits limits = args[2].equals("none")
        ? OktaLimits.unlimited()
        : OktaLimits.workforce().withTimeScale(Double.parseDouble(args[2]));
    int latencyMs = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    FakeOktaTenant.Builder builder =
        FakeOktaTenant.builder().shape(shape).seed(seed).rateLimits(limits);
    if (latencyMs > 0) {
      builder.fault(TenantHandle.latency(latencyMs));
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (FakeOktaTenant tenant = builder.start()) {
      out.println("ORG_URL=" + tenant.orgUrl());
      out.println("API_TOKEN=" + tenant.apiToken());
      out.println("NEIGHBOUR_TOKEN="
          + tenant.fixtures().addApiToken(tenant.adminUserId(), "neighbour").secret());
      out.println("READY");
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        switch (line.trim()) {
          case "counts" -> {
            Map<String, Long> counts = new TreeMap<>();
            for (Map.Entry<OktaBucket, Long> e : tenant.journal().countsByBucket().entrySet()) {
              counts.put(e.getKey().pattern(), e.getValue());
            }
            StringJoiner j = new StringJoiner(",");
            counts.forEach((k, v) -> j.add(k + "=" + v));
            long tooMany = tenant.journal().entries(e -> e.status() == 429).size();
            out.println("COUNTS " + j + " 429=" + tooMany);
          }
          case "endpoints" -> {
            StringJoiner j = new StringJoiner(",");
            TenantHandle.endpoints(tenant).forEach((k, v) -> j.add(k.replace(' ', '_') + "=" + v));
            out.println("ENDPOINTS " + j);
          }
          case "clear" -> {
            tenant.journal().clear();
            out.println("CLEARED");
          }
          case "quit" -> {
            return;
          }
          default -> out.println("UNKNOWN " + line);
        }
      }
    }
  }
}
