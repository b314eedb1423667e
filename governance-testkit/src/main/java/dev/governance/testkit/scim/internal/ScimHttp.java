package dev.governance.testkit.scim.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.governance.testkit.scim.ScimAccess;
import dev.governance.testkit.scim.ScimFault;
import dev.governance.testkit.scim.ScimFixtures;
import dev.governance.testkit.scim.ScimJournal;
import dev.governance.testkit.scim.ScimJournalEntry;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP face of a fake SCIM server, on undertow as the fake Okta tenant's is. Each request:
 * faults, authentication, authorisation by resource type and write access, routing, the journal.
 */
public final class ScimHttp implements HttpHandler, AutoCloseable {
  /** Where the SCIM endpoints live. */
  public static final String BASE_PATH = "/scim/v2";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final ScimState state;
  private final ScimJournal journal;
  private final ScimFaults faults;
  private final ScimFixtures fixtures;
  private final Map<String, ScimAccess> tokens = new ConcurrentHashMap<>();
  private final @Nullable String basic;
  private final Undertow undertow;
  private final String baseUrl;

  /**
   * Starts serving on loopback.
   *
   * @param state the resources
   * @param journal the journal
   * @param faults fault rules
   * @param fixtures applies {@link ScimFault.Change}s
   * @param basicUser the user name basic authentication accepts, or null for none
   * @param basicPassword its password, or null
   * @param port the port, 0 for a free one
   */
  public ScimHttp(ScimState state, ScimJournal journal, ScimFaults faults, ScimFixtures fixtures,
      @Nullable String basicUser, @Nullable String basicPassword, int port) {
    this.state = state;
    this.journal = journal;
    this.faults = faults;
    this.fixtures = fixtures;
    this.basic = basicUser == null || basicPassword == null ? null
        : Base64.getEncoder().encodeToString((basicUser + ":" + basicPassword)
            .getBytes(StandardCharsets.UTF_8));
    this.undertow = Undertow.builder().addHttpListener(port, "127.0.0.1").setIoThreads(2)
        .setWorkerThreads(16).setHandler(this).build();
    undertow.start();
    int bound = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    this.baseUrl = "http://127.0.0.1:" + bound + BASE_PATH;
  }

  /**
   * The base URL of the SCIM endpoints.
   *
   * @return e.g. {@code http://127.0.0.1:40123/scim/v2}
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Accepts a bearer token from now on.
   *
   * @param token the token
   * @param access what it may do
   */
  public void token(String token, ScimAccess access) {
    tokens.put(token, access);
  }

  /**
   * Refuses a bearer token from now on.
   *
   * @param token the token
   */
  public void revoke(String token) {
    tokens.remove(token);
  }

  @Override
  public void close() {
    undertow.stop();
  }

  /** What to answer. */
  private static final class Reply {
    final int status;
    final byte @Nullable [] body;
    final List<String[]> headers = new ArrayList<>();

    Reply(int status, @Nullable JsonNode json) {
      this.status = status;
      this.body = json == null ? null : json.toString().getBytes(StandardCharsets.UTF_8);
    }

    Reply header(String name, String value) {
      headers.add(new String[] {name, value});
      return this;
    }
  }

  @Override
  public void handleRequest(HttpServerExchange ex) throws Exception {
    if (ex.isInIoThread()) {
      ex.dispatch(this);
      return;
    }
    ex.startBlocking();
    byte[] body = ex.getInputStream().readAllBytes();
    String method = ex.getRequestMethod().toString();
    String path = ex.getRequestPath();
    String rawQuery = ex.getQueryString() == null ? "" : ex.getQueryString();
    String rel = path.startsWith(BASE_PATH) ? path.substring(BASE_PATH.length()) : path;
    if (rel.length() > 1 && rel.endsWith("/")) {
      rel = rel.substring(0, rel.length() - 1);
    }
    Map<String, Deque<String>> params = ex.getQueryParameters();
    String ifMatch = ex.getRequestHeaders().getFirst("If-Match");
    ScimFault fault = faults.match(method, rel, startIndexForFaults(params));
    if (fault instanceof ScimFault.ConnectionReset) {
      journal.record(new ScimJournalEntry(state.now(), method, rel, rawQuery, 0, ifMatch));
      ex.getConnection().close();
      return;
    }
    if (fault instanceof ScimFault.Change change) {
      change.change().accept(fixtures);
    }
    Reply reply;
    try {
      if (!path.startsWith(BASE_PATH)) {
        throw new ScimError(404, null, "Nothing is served at " + path + "; the SCIM endpoints are"
            + " below " + BASE_PATH);
      }
      ScimAccess access = authenticate(ex);
      if (fault instanceof ScimFault.Status s) {
        reply = new Reply(s.status(), ScimWire.error(s.status(), s.scimType(),
            "The server failed on purpose"));
      } else if (fault instanceof ScimFault.RateLimited rl) {
        long seconds = (rl.retryAfter().toMillis() + 999) / 1000;
        reply = new Reply(429, ScimWire.error(429, null, "Too many requests"))
            .header("Retry-After", Long.toString(seconds));
      } else {
        reply = route(ex, method, rel, params, body, access);
      }
    } catch (ScimError e) {
      reply = new Reply(e.status, ScimWire.error(e.status, e.scimType, String.valueOf(e.getMessage())));
      if (e.status == 401) {
        reply.header("WWW-Authenticate", basic == null ? "Bearer realm=\"scim\""
            : "Bearer realm=\"scim\", Basic realm=\"scim\"");
      }
    } catch (RuntimeException e) {
      reply = new Reply(500, ScimWire.error(500, null, "The fake SCIM server failed to serve "
          + method + " " + rel + ": " + e));
    }
    if (fault instanceof ScimFault.Latency l) {
      Thread.sleep(l.delay().toMillis());
    }
    byte[] out = reply.body;
    if (out != null && fault instanceof ScimFault.MalformedJson) {
      out = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalRes"
          .getBytes(StandardCharsets.UTF_8);
    }
    journal.record(new ScimJournalEntry(state.now(), method, rel, rawQuery, reply.status, ifMatch));
    send(ex, reply, out);
  }

  private static int startIndexForFaults(Map<String, Deque<String>> params) {
    try {
      return Math.max(1, Integer.parseInt(param(params, "startIndex", "1")));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private ScimAccess authenticate(HttpServerExchange ex) {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ScimAccess access = tokens.get(auth.substring(7).trim());
      if (access != null) {
        return access;
      }
      throw new ScimError(401, null, "The bearer token is not valid");
    }
    if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      if (basic != null && basic.equals(auth.substring(6).trim())) {
        return ScimAccess.full();
      }
      throw new ScimError(401, null, "The user name or password is not valid");
    }
    throw new ScimError(401, null, "Authentication is required");
  }

  private Reply route(HttpServerExchange ex, String method, String rel,
      Map<String, Deque<String>> params, byte[] body, ScimAccess access) {
    String[] parts = rel.split("/", 3);
    String first = parts.length > 1 ? parts[1] : "";
    String id = parts.length > 2 ? parts[2] : null;
    Lock lock = method.equals("GET") ? state.lock.readLock() : state.lock.writeLock();
    lock.lock();
    try {
      switch (first) {
        case "ServiceProviderConfig" -> {
          requireGet(method);
          return new Reply(200, ScimDiscovery.serviceProviderConfig(state.features, baseUrl, basic != null));
        }
        case "ResourceTypes" -> {
          requireGet(method);
          return discoveryList(ScimDiscovery.resourceTypes(state.features, baseUrl), id, "ResourceType");
        }
        case "Schemas" -> {
          requireGet(method);
          return discoveryList(ScimDiscovery.schemas(state.features, baseUrl), id, "Schema");
        }
        case "Users", "Groups" -> {
          String type = first.equals("Users") ? "User" : "Group";
          if (type.equals("Group") && !state.features.groups()) {
            throw new ScimError(404, null, "This server offers no Group resources");
          }
          if (!access.allows(type)) {
            throw new ScimError(403, null, "The token may not use " + type + " resources");
          }
          if (WRITES.contains(method) && !access.write()) {
            throw new ScimError(403, null, "The token may only read");
          }
          return resource(ex, method, type, id, params, body);
        }
        default -> throw new ScimError(404, null, "No endpoint " + rel);
      }
    } finally {
      lock.unlock();
    }
  }

  private static void requireGet(String method) {
    if (!method.equals("GET")) {
      throw new ScimError(405, null, "Only GET is allowed here");
    }
  }

  private static Reply discoveryList(List<ObjectNode> docs, @Nullable String id, String kind) {
    if (id == null) {
      return new Reply(200, ScimWire.list(docs, docs.size(), 1));
    }
    for (ObjectNode d : docs) {
      if (d.path("id").asText().equals(id)) {
        return new Reply(200, d);
      }
    }
    throw new ScimError(404, null, "No " + kind + " " + id);
  }

  private Reply resource(HttpServerExchange ex, String method, String type, @Nullable String id,
      Map<String, Deque<String>> params, byte[] body) {
    String attributes = params.containsKey("attributes") ? param(params, "attributes", "") : null;
    String excluded = params.containsKey("excludedAttributes")
        ? param(params, "excludedAttributes", "") : null;
    if (id == null) {
      return switch (method) {
        case "GET" -> list(type, params, attributes, excluded);
        case "POST" -> {
          ObjectNode created = state.create(type, object(body));
          state.completeMembers(created);
          yield single(type, created, attributes, excluded, 201);
        }
        default -> throw new ScimError(405, null, method + " is not allowed on the " + type
            + " endpoint");
      };
    }
    ObjectNode stored = state.require(type, id);
    String version = stored.path("meta").path("version").asText();
    if (method.equals("GET")) {
      String none = ex.getRequestHeaders().getFirst("If-None-Match");
      if (state.features.etag() && none != null && sameVersion(none, version)) {
        return new Reply(304, null).header("ETag", version);
      }
      return single(type, stored, attributes, excluded, 200);
    }
    String ifMatch = ex.getRequestHeaders().getFirst("If-Match");
    if (state.features.etag() && ifMatch != null && !ifMatch.strip().equals("*")
        && !sameVersion(ifMatch, version)) {
      throw new ScimError(412, null, "The resource has changed: its version is " + version);
    }
    switch (method) {
      case "PUT" -> {
        ObjectNode replaced = state.replace(type, id, object(body));
        state.completeMembers(replaced);
        return single(type, replaced, attributes, excluded, 200);
      }
      case "PATCH" -> {
        if (!state.features.patch()) {
          throw new ScimError(501, null, "This server does not support PATCH");
        }
        ObjectNode changed = ScimPatch.apply(stored, parse(body));
        state.check(type, changed, id);
        if (type.equals("Group")) {
          state.completeMembers(changed);
        }
        if (!changed.equals(stored)) {
          state.touch(changed);
          state.of(type).put(id, changed);
        }
        return single(type, changed, attributes, excluded, 200);
      }
      case "DELETE" -> {
        state.delete(type, id);
        return new Reply(204, null);
      }
      default -> throw new ScimError(405, null, method + " is not allowed on a " + type);
    }
  }

  private static boolean sameVersion(String header, String version) {
    for (String v : header.split(",")) {
      if (strip(v).equals(strip(version))) {
        return true;
      }
    }
    return false;
  }

  private static String strip(String v) {
    String s = v.strip();
    return s.startsWith("W/") ? s.substring(2) : s;
  }

  private Reply single(String type, ObjectNode stored, @Nullable String attributes,
      @Nullable String excluded, int status) {
    Map<String, List<String>> index = type.equals("User") ? state.groupsByMember() : Map.of();
    ObjectNode full = ScimWire.render(state, type, stored, baseUrl, index);
    Reply r = new Reply(status, ScimWire.project(full, attributes, excluded));
    if (state.features.etag()) {
      r.header("ETag", stored.path("meta").path("version").asText());
    }
    if (status == 201) {
      r.header("Location", full.path("meta").path("location").asText());
    }
    return r;
  }

  private Reply list(String type, Map<String, Deque<String>> params, @Nullable String attributes,
      @Nullable String excluded) {
    String filterText = params.containsKey("filter") ? param(params, "filter", "") : null;
    if (filterText != null && !state.features.filter()) {
      throw ScimError.bad("invalidFilter", "This server does not support filters");
    }
    ScimFilter filter = filterText == null || filterText.isBlank() ? null : ScimFilter.parse(filterText);
    int startIndex = integer(params, "startIndex", 1);
    int cap = state.features.pageSizeCap();
    int count = integer(params, "count", cap);
    startIndex = Math.max(1, startIndex);
    count = Math.min(Math.max(0, count), cap);
    Map<String, List<String>> index = type.equals("User") ? state.groupsByMember() : Map.of();
    List<ObjectNode> page = new ArrayList<>();
    int total;
    if (filter == null) {
      List<ObjectNode> all = new ArrayList<>(state.of(type).values());
      total = all.size();
      for (int i = startIndex - 1; i < total && page.size() < count; i++) {
        page.add(ScimWire.render(state, type, all.get(i), baseUrl, index));
      }
    } else {
      List<ObjectNode> matching = new ArrayList<>();
      for (ObjectNode r : state.of(type).values()) {
        ObjectNode full = ScimWire.render(state, type, r, baseUrl, index);
        if (filter.matches(full)) {
          matching.add(full);
        }
      }
      total = matching.size();
      for (int i = startIndex - 1; i < total && page.size() < count; i++) {
        page.add(matching.get(i));
      }
    }
    List<ObjectNode> projected = new ArrayList<>(page.size());
    for (ObjectNode r : page) {
      projected.add(ScimWire.project(r, attributes, excluded));
    }
    return new Reply(200, ScimWire.list(projected, total, startIndex));
  }

  private static int integer(Map<String, Deque<String>> params, String name, int fallback) {
    if (!params.containsKey(name)) {
      return fallback;
    }
    String text = param(params, name, "");
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw ScimError.bad("invalidValue", "'" + name + "' must be an integer");
    }
  }

  private static String param(Map<String, Deque<String>> params, String name, String fallback) {
    Deque<String> values = params.get(name);
    return values == null || values.isEmpty() ? fallback : values.getFirst();
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode n = MAPPER.readTree(body);
      if (n == null || n.isMissingNode()) {
        throw ScimError.bad("invalidSyntax", "The request has no JSON body");
      }
      return n;
    } catch (IOException e) {
      throw ScimError.bad("invalidSyntax", "The request body is not JSON");
    }
  }

  private static ObjectNode object(byte[] body) {
    JsonNode n = parse(body);
    if (!(n instanceof ObjectNode o)) {
      throw ScimError.bad("invalidSyntax", "The request body must be a JSON object");
    }
    return o;
  }

  private static void send(HttpServerExchange ex, Reply r, byte @Nullable [] body) throws IOException {
    ex.setStatusCode(r.status);
    if (body != null) {
      ex.getResponseHeaders().put(new HttpString("Content-Type"), "application/scim+json");
    }
    for (String[] kv : r.headers) {
      ex.getResponseHeaders().add(new HttpString(kv[0]), kv[1]);
    }
    byte[] bytes = body == null ? new byte[0] : body;
    ex.setResponseContentLength(bytes.length);
    try (OutputStream out = ex.getOutputStream()) {
      out.write(bytes);
    }
  }
}
