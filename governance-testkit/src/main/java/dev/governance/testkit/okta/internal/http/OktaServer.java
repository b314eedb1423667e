package dev.governance.testkit.okta.internal.http;

import dev.governance.okta.catalog.OktaBucket;
import dev.governance.testkit.okta.Fault;
import dev.governance.testkit.okta.JournalEntry;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.RequestJournal;
import dev.governance.testkit.okta.internal.auth.Principal;
import dev.governance.testkit.okta.internal.json.GrantJson;
import dev.governance.testkit.okta.internal.state.OktaError;
import dev.governance.testkit.okta.internal.state.Actor;
import dev.governance.testkit.okta.internal.state.Tenant;
import dev.governance.testkit.okta.internal.state.TenantChanges;
import dev.governance.testkit.okta.internal.state.TenantState;
import dev.governance.testkit.okta.internal.state.TokenRec;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP face of a tenant, on undertow (which writes header names exactly as given, so {@code
 * link} stays lower-case). Each request: faults, authentication, rate limits, routing, headers,
 * journal.
 */
public final class OktaServer implements HttpHandler, AutoCloseable {
  private static final HttpString LINK = new HttpString("link");
  private static final HttpString CONTENT_TYPE = new HttpString("Content-Type");
  private static final HttpString DATE = new HttpString("Date");
  private static final HttpString REQUEST_ID = new HttpString("x-okta-request-id");
  private static final HttpString RL_LIMIT = new HttpString("x-rate-limit-limit");
  private static final HttpString RL_REMAINING = new HttpString("x-rate-limit-remaining");
  private static final HttpString RL_RESET = new HttpString("x-rate-limit-reset");
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME
      .withZone(ZoneOffset.UTC);

  private final Tenant tenant;
  private final RateLimiter limiter;
  private final CredentialsSeen credentials = new CredentialsSeen();
  private final OAuthService oauth = new OAuthService(credentials::record);
  private final RequestJournal journal;
  private final Faults faults;
  private final Function<String, byte[]> admin;
  private final AtomicLong requests = new AtomicLong();
  /** The worker threads waiting on a {@link Fault.Hold}; closing the server interrupts them. */
  private final Set<Thread> held = ConcurrentHashMap.newKeySet();
  private volatile boolean closing;
  private final Undertow undertow;
  private final String orgUrl;

  /**
   * Starts serving on loopback.
   *
   * @param state the tenant
   * @param limits rate limits
   * @param journal the journal
   * @param faults fault rules
   * @param admin answers {@code GET /__admin/<name>} with JSON, or null for unknown names
   * @param port port, 0 for a free one
   */
  public OktaServer(Tenant state, RateLimits limits, RequestJournal journal, Faults faults,
      Function<String, byte[]> admin, int port) {
    this.tenant = state;
    this.limiter = new RateLimiter(limits);
    this.journal = journal;
    this.faults = faults;
    this.admin = admin;
    this.undertow = Undertow.builder().addHttpListener(port, "127.0.0.1").setIoThreads(2)
        .setWorkerThreads(32).setHandler(this).build();
    undertow.start();
    int bound = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    this.orgUrl = "http://127.0.0.1:" + bound;
  }

  /**
   * The base URL, without trailing slash.
   *
   * @return e.g. {@code http://127.0.0.1:40123}
   */
  public String orgUrl() {
    return orgUrl;
  }

  @Override
  public void close() {
    // Undertow waits for its workers to finish; a request still held would keep it waiting.
    closing = true;
    held.forEach(Thread::interrupt);
    undertow.stop();
  }

  @Override
  public void handleRequest(HttpServerExchange ex) throws Exception {
    if (ex.isInIoThread()) {
      ex.dispatch(this);
      return;
    }
    ex.startBlocking();
    byte[] body = ex.getInputStream().readAllBytes();
    String requestId = "fk" + Long.toString(System.nanoTime() & 0xFFFFFFFFFFL, 36)
        + Long.toString(requests.incrementAndGet(), 36);
    String method = ex.getRequestMethod().toString();
    String path = ex.getRequestPath();
    String rawQuery = ex.getQueryString() == null ? "" : ex.getQueryString();
    if (path.startsWith("/__admin/")) {
      byte[] json = admin.apply(method + " " + path.substring("/__admin/".length()));
      send(ex, json == null ? new Reply(404, GrantJson.error("E0000008",
          "The requested path was not found", requestId, List.of())) : Reply.ok(json), requestId,
          null);
      return;
    }
    recordCredentials(ex, path, rawQuery, body);
    OktaBucket bucket = OktaBucket.of(method, path);
    Fault fault = faults.match(method, path, rawQuery);
    limiter.enter();
    String[] heldBy = new String[1];
    Outcome o;
    try {
      o = serve(ex, method, path, rawQuery, body, requestId, bucket, fault, heldBy);
      journal.record(new JournalEntry(Instant.ofEpochMilli(tenant.now()), method, path, rawQuery,
          bucket, o.reply == null ? 0 : o.reply.status, requestId));
    } finally {
      // The request leaves the concurrency count once its answer is decided and before it is
      // written: a client that has read the answer may send its next request at once, and must
      // find the slot free.
      limiter.exit(heldBy[0]);
    }
    if (o.reply == null) {
      ex.getConnection().close();
    } else if (o.truncate) {
      sendTruncated(ex, o.reply, requestId, o.verdict);
    } else {
      send(ex, o.reply, requestId, o.verdict);
    }
  }

  /**
   * Returns every credential the tenant was sent (API tokens, access tokens, client assertions,
   * DPoP proofs) or issued (access tokens), oldest first.
   *
   * @return a copy
   */
  public List<String> credentialsSeen() {
    return credentials.all();
  }

  private void recordCredentials(HttpServerExchange ex, String path, String rawQuery, byte[] body) {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    if (auth != null) {
      int space = auth.indexOf(' ');
      credentials.record(space < 0 ? auth : auth.substring(space + 1));
    }
    dpopProofs(ex).forEach(credentials::record);
    if (path.equals(OAuthService.TOKEN_PATH)) {
      credentials.record(form(rawQuery, body).get("client_assertion"));
    }
  }

  /** What to answer: a reply (null to reset the connection), its headers, truncation. */
  private record Outcome(
      @Nullable Reply reply, RateLimiter.@Nullable Verdict verdict, boolean truncate) {}

  private Outcome serve(HttpServerExchange ex, String method, String path, String rawQuery,
      byte[] body, String requestId, OktaBucket bucket, @Nullable Fault fault, String[] heldBy)
      throws Exception {
    if (fault instanceof Fault.ConnectionReset) {
      return new Outcome(null, null, false);
    } else if (fault instanceof Fault.Change change) {
      faults.applyChange(change);
    } else if (fault instanceof Fault.ServerError se) {
      return new Outcome(new Reply(se.status(), GrantJson.error(se.status() == 500 ? "E0000009"
          : "E0000010", se.status() == 500 ? "Internal Server Error"
          : "Service is temporarily unavailable", requestId, List.of())),
          limiter.peek(bucket, tenant.now()), false);
    } else if (fault instanceof Fault.RateLimited rl) {
      long reset = (tenant.now() + rl.reset().toMillis() + 999) / 1000;
      return new Outcome(tooMany(requestId), new RateLimiter.Verdict(false, 100, 0, reset), false);
    }
    Map<String, String> form = path.equals(OAuthService.TOKEN_PATH) ? form(rawQuery, body) : null;
    if (fault instanceof Fault.RevokeToken) {
      revokePresentedApiToken(ex);
    }
    RateLimiter.Verdict[] verdict = {limiter.peek(bucket, tenant.now())};
    // Reads (and token requests, which change only the authorization server's own table) share
    // the tenant; anything else is served as one change.
    Reply reply = method.equals("GET") || form != null
        ? tenant.read(s -> handle(ex, s, null, method, path, rawQuery, body, requestId, bucket, fault, heldBy,
            form, verdict))
        : tenant.write(c -> handle(ex, c.state(), c, method, path, rawQuery, body, requestId, bucket, fault,
            heldBy, form, verdict));
    if (fault instanceof Fault.Latency l) {
      // A slow answer: the request stays in flight (and counts against the concurrency limits)
      // while it is served, outside the tenant's lock.
      Thread.sleep(l.delay().toMillis());
    } else if (fault instanceof Fault.Hold hold) {
      // The same, for as long as the test decides; closing the server interrupts the wait.
      held.add(Thread.currentThread());
      try {
        hold.arrived().countDown();
        if (closing) {
          throw new InterruptedException("the fake tenant is closing");
        }
        hold.release().await();
      } finally {
        held.remove(Thread.currentThread());
      }
    }
    if (reply.body != null && fault instanceof Fault.MalformedJson) {
      reply.body = "[{\"id\":\"00u1\",\"status\":".getBytes(StandardCharsets.UTF_8);
    }
    return new Outcome(reply, verdict[0], reply.body != null && fault instanceof Fault.TruncatedBody);
  }

  /** A revoked-token fault: the API token presented is revoked (by someone else) before it is read. */
  private void revokePresentedApiToken(HttpServerExchange ex) {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "SSWS ", 0, 5)) {
      String secret = auth.substring(5).trim();
      tenant.change(c -> {
        TokenRec t = c.state().tokenBySecret(secret);
        if (t != null) {
          c.revokeToken(Actor.SEED, t);
        }
      });
    }
  }

  private Reply handle(HttpServerExchange ex, TenantState state, @Nullable TenantChanges changes, String method,
      String path, String rawQuery, byte[] body, String requestId, OktaBucket bucket, @Nullable Fault fault,
      String[] heldBy, @Nullable Map<String, String> form, RateLimiter.Verdict[] verdict) {
    Reply reply;
    try {
      if (form != null) {
        // The token endpoint has its own org-wide bucket; no principal share applies to it.
        String client = "client:" + form.getOrDefault("client_id", "");
        verdict[0] = limiter.acquire(bucket, client, 1.0, 1.0, tenant.now());
        if (verdict[0].allowed()) {
          heldBy[0] = client;
        }
        reply = verdict[0].allowed() ? oauth.token(state, orgUrlFor(ex), form, dpopProofs(ex))
            : tooMany(requestId);
      } else {
        Principal principal = authenticate(ex, fault, state);
        var setting = state.principalRateLimits().get(principal.key());
        double share = setting == null ? limiter.defaultShare() : setting.defaultPercentage() / 100.0;
        double concurrencyShare = setting == null ? limiter.defaultShare()
            : setting.defaultConcurrencyPercentage() / 100.0;
        verdict[0] = limiter.acquire(bucket, principal.key(), share, concurrencyShare, tenant.now());
        if (verdict[0].allowed()) {
          heldBy[0] = principal.key();
        }
        reply = verdict[0].allowed() ? Router.route(new RequestContext(state, orgUrlFor(ex), method, path,
            rawQuery, ex.getQueryParameters(), requestId, body, principal, changes))
            : tooMany(requestId);
      }
    } catch (OAuthService.Refused e) {
      reply = e.reply;
    } catch (OktaError e) {
      reply = new Reply(e.status, GrantJson.error(e.code, e.getMessage(), requestId, e.causes));
      if (e.status == 401) {
        reply.header("www-authenticate", "SSWS realm=\"IdentityProvider\"");
      }
    } catch (RequestContext.InsufficientScope e) {
      reply = new Reply(403, GrantJson.error("E0000006",
          "You do not have permission to perform the requested action", requestId, List.of()));
      reply.header("www-authenticate", "Bearer authorization_uri=\"" + orgUrlFor(ex)
          + "/oauth2/v1/authorize\", realm=\"" + orgUrlFor(ex) + "\", scope=\"" + e.scope
          + "\", error=\"insufficient_scope\", error_description=\"The access token provided "
          + "does not contain the required scopes.\", resource=\"" + e.resource + "\"");
    } catch (RuntimeException e) {
      reply = new Reply(500, GrantJson.error("E0000009", "Internal Server Error", requestId,
          List.of("The fake tenant failed to serve " + method + " " + path + ": " + e)));
    }
    return reply;
  }

  private String orgUrlFor(HttpServerExchange ex) {
    String host = ex.getRequestHeaders().getFirst("Host");
    return host == null ? orgUrl : ex.getRequestScheme() + "://" + host;
  }

  private static List<String> dpopProofs(HttpServerExchange ex) {
    HeaderValues values = ex.getRequestHeaders().get("DPoP");
    return values == null ? List.of() : List.copyOf(values);
  }

  /**
   * Sets the lifetime of access tokens issued from now on.
   *
   * @param lifetime the lifetime
   */
  public void accessTokenLifetime(java.time.Duration lifetime) {
    oauth.lifetime(lifetime);
  }

  private Principal authenticate(HttpServerExchange ex, @Nullable Fault fault, TenantState state) {
    HeaderMap headers = ex.getRequestHeaders();
    String auth = headers.getFirst("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "SSWS ", 0, 5)) {
      TokenRec t = state.tokenBySecret(auth.substring(5).trim());
      if (t == null || TokensOrgIamApi.expired(t, tenant.now())
          || state.users().get(t.owner).status == dev.governance.testkit.okta.UserStatus.DEPROVISIONED) {
        throw OktaError.invalidToken();
      }
      tenant.used(t, tenant.now());
      return new Principal(t.owner, -1, t.id, Set.of(), t.id);
    }
    int space = auth == null ? -1 : auth.indexOf(' ');
    String scheme = space < 0 ? "" : auth.substring(0, space);
    if (scheme.equalsIgnoreCase("Bearer") || scheme.equalsIgnoreCase("DPoP")) {
      String token = auth.substring(space + 1).trim();
      if (fault instanceof Fault.RevokeToken) {
        oauth.revoke(token);
      }
      return oauth.authenticate(state, scheme, token, dpopProofs(ex), ex.getRequestMethod().toString(),
          orgUrlFor(ex) + ex.getRequestURI());
    }
    throw OktaError.invalidToken();
  }

  private static Map<String, String> form(String rawQuery, byte[] body) {
    Map<String, String> out = new HashMap<>();
    for (String src : new String[] {rawQuery, new String(body, StandardCharsets.UTF_8)}) {
      for (String pair : src.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  private static Reply tooMany(String requestId) {
    return new Reply(429, GrantJson.error("E0000047",
        "API call exceeded rate limit due to too many requests.", requestId, List.of()));
  }

  private void headers(HttpServerExchange ex, Reply r, String requestId,
      RateLimiter.@Nullable Verdict v) {
    ex.setStatusCode(r.status);
    HeaderMap h = ex.getResponseHeaders();
    h.put(DATE, HTTP_DATE.format(Instant.ofEpochMilli(tenant.now())));
    h.put(CONTENT_TYPE, "application/json");
    h.put(REQUEST_ID, requestId);
    if (v != null) {
      h.put(RL_LIMIT, v.limit());
      h.put(RL_REMAINING, v.remaining());
      h.put(RL_RESET, v.resetEpochSeconds());
    }
    for (String link : r.links) {
      h.add(LINK, link);
    }
    for (String[] kv : r.headers) {
      h.add(new HttpString(kv[0]), kv[1]);
    }
  }

  private int send(
      HttpServerExchange ex, Reply r, String requestId, RateLimiter.@Nullable Verdict v)
      throws IOException {
    headers(ex, r, requestId, v);
    byte[] body = r.body == null ? new byte[0] : r.body;
    ex.setResponseContentLength(body.length);
    try (OutputStream out = ex.getOutputStream()) {
      out.write(body);
    }
    return r.status;
  }

  private void sendTruncated(HttpServerExchange ex, Reply r, String requestId,
      RateLimiter.@Nullable Verdict v) throws IOException {
    headers(ex, r, requestId, v);
    byte[] body = r.body == null ? new byte[0] : r.body;
    ex.setResponseContentLength(body.length);
    OutputStream out = ex.getOutputStream();
    out.write(body, 0, body.length / 2);
    out.flush();
    ex.getConnection().close();
  }
}
