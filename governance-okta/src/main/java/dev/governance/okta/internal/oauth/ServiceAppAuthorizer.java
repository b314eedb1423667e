package dev.governance.okta.internal.oauth;

import dev.governance.core.ConnectorFailureException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Authorizes every resource request of a service app's HTTP client: {@code Authorization: Bearer
 * <token>}, or for a DPoP-bound token {@code Authorization: DPoP <token>} with a fresh {@code DPoP}
 * proof carrying {@code ath}. Registered first in the client's exec chain, so it runs once per call
 * and around the SDK; token requests ({@code /oauth2/}) pass through untouched.
 *
 * <p>Renewal: a token is renewed before a request when it expires within {@link #margin}, by the
 * injected clock; and when a resource request is answered 401 (Okta's {@code E0000011}, {@code
 * WWW-Authenticate ... error="invalid_token"}, e.g. for a token revoked or expired early), the
 * token is renewed once and the request sent again. A resource server's {@code use_dpop_nonce}
 * challenge (RFC 9449 section 9) is answered once per request with the nonce it gave. Thread-safe:
 * one renewal at a time, and a thread that finds the token already renewed uses the new one.
 */
public final class ServiceAppAuthorizer implements ExecChainHandler {

  private static final Duration MAX_MARGIN = Duration.ofMinutes(1);

  private final TokenEndpoint endpoint;
  private final DpopProofs proofs;
  private final Clock clock;
  private volatile @Nullable CloseableHttpClient http;
  private volatile @Nullable AccessToken token;
  private volatile @Nullable String resourceNonce;
  private volatile int renewals;

  /**
   * Creates the authorizer; {@link #connect} gives it the client to send token requests with.
   *
   * @param endpoint the token endpoint
   * @param proofs the client's DPoP key
   * @param clock the clock for expiry
   */
  public ServiceAppAuthorizer(TokenEndpoint endpoint, DpopProofs proofs, Clock clock) {
    this.endpoint = endpoint;
    this.proofs = proofs;
    this.clock = clock;
  }

  /**
   * Connects the HTTP client this authorizer is registered in and requests the first token.
   *
   * @param client the client
   * @throws dev.governance.core.GovernanceException if Okta refuses the token request
   */
  public void connect(CloseableHttpClient client) {
    this.http = Objects.requireNonNull(client, "client");
    current();
  }

  /**
   * Returns how often the token was renewed after the first one.
   *
   * @return renewals so far
   */
  public int renewals() {
    return renewals;
  }

  /**
   * Returns the token endpoint, for its counters.
   *
   * @return the endpoint
   */
  public TokenEndpoint endpoint() {
    return endpoint;
  }

  @Override
  public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
      throws IOException, HttpException {
    if (request.getPath() != null && request.getPath().startsWith(TokenEndpoint.PATH)) {
      // The token request authenticates itself; every other call, /oauth2/v1/clients included,
      // carries the access token.
      return chain.proceed(request, scope);
    }
    URI url = uriOf(request);
    // The chain adds headers such as Content-Length to the request it sends; a repeat starts from
    // a copy of the request as it came.
    ClassicHttpRequest original = ClassicRequestBuilder.copy(request).build();
    AccessToken used = current();
    authorize(request, url, used);
    ClassicHttpResponse response = chain.proceed(request, scope);
    remember(response);
    if (nonceChallenge(response) && used.dpop() && repeatable(original)) {
      discard(response);
      ClassicHttpRequest again = ClassicRequestBuilder.copy(original).build();
      authorize(again, url, used);
      response = chain.proceed(again, scope);
      remember(response);
    }
    if (response.getCode() == 401 && repeatable(original)) {
      discard(response);
      AccessToken renewed = renew(used);
      ClassicHttpRequest again = ClassicRequestBuilder.copy(original).build();
      authorize(again, url, renewed);
      response = chain.proceed(again, scope);
      remember(response);
    }
    return response;
  }

  private void authorize(ClassicHttpRequest request, URI url, AccessToken t) {
    request.removeHeaders("DPoP");
    if (t.dpop()) {
      request.setHeader("Authorization", "DPoP " + t.value().reveal());
      request.setHeader("DPoP", proofs.proof(request.getMethod(), url, t.value(), resourceNonce).reveal());
    } else {
      request.setHeader("Authorization", "Bearer " + t.value().reveal());
    }
  }

  private synchronized AccessToken current() {
    AccessToken t = token;
    if (t == null || !clock.instant().isBefore(t.expiresAt().minus(margin(t)))) {
      t = fetch(t != null);
    }
    return t;
  }

  private synchronized AccessToken renew(AccessToken stale) {
    AccessToken t = token;
    if (t != null && t != stale && clock.instant().isBefore(t.expiresAt().minus(margin(t)))) {
      return t;
    }
    return fetch(true);
  }

  private AccessToken fetch(boolean renewal) {
    CloseableHttpClient client = http;
    if (client == null) {
      throw new IllegalStateException("connect(client) was not called");
    }
    AccessToken t = endpoint.request(client);
    token = t;
    if (renewal) {
      renewals++;
    }
    return t;
  }

  /** A tenth of the token's remaining life, at most a minute, so short-lived tokens stay usable. */
  private Duration margin(AccessToken t) {
    Duration life = Duration.between(clock.instant(), t.expiresAt()).dividedBy(10);
    return life.isNegative() ? Duration.ZERO : life.compareTo(MAX_MARGIN) > 0 ? MAX_MARGIN : life;
  }

  private void remember(ClassicHttpResponse response) {
    Header nonce = response.getFirstHeader("DPoP-Nonce");
    if (nonce != null && !nonce.getValue().isBlank()) {
      resourceNonce = nonce.getValue().strip();
    }
  }

  private static boolean nonceChallenge(ClassicHttpResponse response) {
    Header challenge = response.getFirstHeader("WWW-Authenticate");
    return (response.getCode() == 401 || response.getCode() == 400) && challenge != null
        && challenge.getValue().contains("use_dpop_nonce") && response.getFirstHeader("DPoP-Nonce") != null;
  }

  private static boolean repeatable(ClassicHttpRequest request) {
    HttpEntity entity = request.getEntity();
    return entity == null || entity.isRepeatable();
  }

  private static void discard(ClassicHttpResponse response) throws IOException {
    EntityUtils.consume(response.getEntity());
    response.close();
  }

  private static URI uriOf(ClassicHttpRequest request) {
    try {
      return request.getUri();
    } catch (URISyntaxException e) {
      throw new ConnectorFailureException("The request URL of " + request.getMethod() + " "
          + request.getPath() + " is not a valid URI", false, e);
    }
  }

  @Override
  public String toString() {
    AccessToken t = token;
    return "ServiceAppAuthorizer[" + (t == null ? "no token" : t) + "]";
  }
}
