package dev.governance.okta.internal.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.AuthorizationMode;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.model.Group;
import com.okta.sdk.resource.model.User;
import dev.governance.okta.internal.mapping.OktaMapper;
import dev.governance.okta.internal.mapping.OktaRef;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time to turn one page of Okta's JSON into the SDK's model (with the SDK's own {@link
 * ObjectMapper}) and to map that model to the neutral model ({@link OktaMapper}): a page of 200
 * users, a page of 200 groups, and the largest first page (up to 500 rows) of an application's
 * users among the first 200 applications, as the fake tenant of the {@code medium} shape serves
 * them.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OktaMappingBenchmark {

  private ObjectMapper mapper;
  private byte[] usersJson;
  private byte[] groupsJson;
  private byte[] appUsersJson;
  private String appId = "";
  private List<User> users;
  private List<Group> groups;
  private List<OktaRef> appUsers;

  /** Reads one page of each kind from a fake tenant, once per trial. */
  @Setup(Level.Trial)
  public void setUp() throws IOException, InterruptedException {
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    try (FakeOktaTenant tenant = FakeOktaTenant.builder().shape(TenantShape.MEDIUM).seed(42)
        .rateLimits(RateLimits.disabled()).start()) {
      mapper = Clients.builder()
          .setOrgUrl(tenant.orgUrl())
          .setAuthorizationMode(AuthorizationMode.SSWS)
          .setClientCredentials(new TokenClientCredentials(tenant.apiToken()))
          .setCacheManager(Caches.newDisabledCacheManager())
          .build()
          .getObjectMapper();
      HttpClient http = HttpClient.newHttpClient();
      usersJson = get(http, tenant, "/api/v1/users?limit=200");
      groupsJson = get(http, tenant, "/api/v1/groups?limit=200");
      appUsersJson = new byte[0];
      for (var app : mapper.readTree(get(http, tenant, "/api/v1/apps?limit=200"))) {
        String id = app.get("id").asText();
        byte[] rows = get(http, tenant, "/api/v1/apps/" + id + "/users?limit=500");
        if (rows.length > appUsersJson.length) {
          appId = id;
          appUsersJson = rows;
        }
      }
    }
    users = mapper.readValue(usersJson, new TypeReference<List<User>>() {});
    groups = mapper.readValue(groupsJson, new TypeReference<List<Group>>() {});
    appUsers = mapper.readValue(appUsersJson, new TypeReference<List<OktaRef>>() {});
    System.out.printf("%npage sizes: users %d (%d bytes), groups %d (%d bytes), app users %d"
        + " (%d bytes)%n", users.size(), usersJson.length, groups.size(), groupsJson.length,
        appUsers.size(), appUsersJson.length);
  }

  private static byte[] get(HttpClient http, FakeOktaTenant tenant, String path)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(tenant.orgUrl() + path))
        .header("Authorization", "SSWS " + tenant.apiToken())
        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode());
    }
    return r.body();
  }

  /**
   * JSON of 200 users to the SDK's {@code User}.
   *
   * @return the users
   * @throws IOException never
   */
  @Benchmark
  public List<User> usersPageFromJson() throws IOException {
    return mapper.readValue(usersJson, new TypeReference<List<User>>() {});
  }

  /**
   * 200 SDK users to identities.
   *
   * @param bh the sink
   */
  @Benchmark
  public void usersPageToIdentities(Blackhole bh) {
    for (User u : users) {
      bh.consume(OktaMapper.identity(u));
    }
  }

  /**
   * JSON of a page of groups to the SDK's {@code Group}.
   *
   * @return the groups
   * @throws IOException never
   */
  @Benchmark
  public List<Group> groupsPageFromJson() throws IOException {
    return mapper.readValue(groupsJson, new TypeReference<List<Group>>() {});
  }

  /**
   * A page of SDK groups to neutral groups.
   *
   * @param bh the sink
   */
  @Benchmark
  public void groupsPageToGroups(Blackhole bh) {
    for (Group g : groups) {
      bh.consume(OktaMapper.group(g));
    }
  }

  /**
   * JSON of a page of an application's users to the id and scope the sync reads them as.
   *
   * @return the rows
   * @throws IOException never
   */
  @Benchmark
  public List<OktaRef> appUsersPageFromJson() throws IOException {
    return mapper.readValue(appUsersJson, new TypeReference<List<OktaRef>>() {});
  }

  /**
   * A page of SDK application users to assignments.
   *
   * @param bh the sink
   */
  @Benchmark
  public void appUsersPageToAssignments(Blackhole bh) {
    for (OktaRef row : appUsers) {
      bh.consume(OktaMapper.appAssignment(row, appId));
    }
  }
}
