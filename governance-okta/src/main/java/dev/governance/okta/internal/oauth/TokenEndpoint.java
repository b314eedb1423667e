package dev.governance.okta.internal.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.CancelledException;
import dev.governance.core.ConnectorFailureException;
import dev.governance.core.GovernanceException;
import dev.governance.core.RateLimitedException;
import dev.governance.core.Secret;
import dev.governance.okta.OktaCredentials;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.jspecify.annotations.Nullable;

/**
 * Asks Okta's org authorization server, {@code POST /oauth2/v1/token}, for an access token with the
 * client credentials grant and a {@code private_key_jwt} assertion.
 *
 * <p>DPoP: with {@link OktaCredentials.ServiceApp.Dpop#AUTO} the first request carries no proof;
 * Okta answers an app that requires one with {@code 400 invalid_dpop_proof} ("The DPoP proof JWT
 * header is missing."), and the request is repeated with a proof. Okta then answers {@code 400
 * use_dpop_nonce} with a {@code DPoP-Nonce} header, and the request is repeated once more with that
 * nonce in the proof. Each step happens at most once per token request; a second {@code
 * invalid_dpop_proof} or {@code use_dpop_nonce} fails.
 *
 * <p>Retries follow the rules of the collection calls: a 429 waits until {@code X-Rate-Limit-Reset}
 * (read against the server's {@code Date}); a 500, 502, 503, 504, a failed connection or a 200
 * whose body is not JSON (cut or garbled on the way) backs off exponentially with jitter; at most
 * {@code maxRetries} retries in all. A token request changes
 * nothing at Okta, so repeating it is always safe.
 */
public final class TokenEndpoint {

  /** The path of the org authorization server's token endpoint. */
  public static final String PATH = "/oauth2/v1/token";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private final String org;
  private final URI uri;
  private final OktaCredentials.ServiceApp app;
  private final ClientAssertion assertion;
  private final DpopProofs proofs;
  private final Clock clock;
  private final Sleeper sleeper;
  private final int maxRetries;
  private volatile boolean dpop;
  private volatile @Nullable String nonce;
  private volatile int retries;

  /**
   * Creates the endpoint for one service app.
   *
   * @param org the org's base URL
   * @param app the service app
   * @param proofs the client's DPoP key
   * @param clock the clock for assertions, proofs and expiry
   * @param sleeper waits before retries
   * @param maxRetries retries after a 429 or a transient failure
   */
  public TokenEndpoint(String org, OktaCredentials.ServiceApp app, DpopProofs proofs, Clock clock,
      Sleeper sleeper, int maxRetries) {
    this.org = org;
    this.uri = URI.create(org + PATH);
    this.app = app;
    this.assertion = new ClientAssertion(app, org + PATH);
    this.proofs = proofs;
    this.clock = clock;
    this.sleeper = sleeper;
    this.maxRetries = maxRetries;
    this.dpop = app.dpop() == OktaCredentials.ServiceApp.Dpop.ALWAYS;
  }

  /**
   * Whether the token requests now carry DPoP proofs.
   *
   * @return true once DPoP is in use
   */
  public boolean usesDpop() {
    return dpop;
  }

  /**
   * Returns the token requests repeated after a 429 or a transient failure (DPoP steps are not
   * counted).
   *
   * @return the retries so far
   */
  public int retries() {
    return retries;
  }

  /**
   * Requests a new access token.
   *
   * @param http the HTTP client
   * @return the token
   * @throws AuthenticationFailedException if Okta refuses the app, its key, its scopes or its proof
   * @throws RateLimitedException if Okta kept answering 429
   * @throws ConnectorFailureException if Okta kept failing
   */
  public AccessToken request(CloseableHttpClient http) {
    boolean askedForProof = false;
    boolean askedForNonce = false;
    for (int attempt = 0; ; ) {
      if (Thread.currentThread().isInterrupted()) {
        throw new CancelledException("the token request to " + org + " was interrupted");
      }
      Answer answer;
      try {
        answer = send(http);
      } catch (IOException e) {
        if (attempt >= maxRetries) {
          throw new ConnectorFailureException("The token request to " + org + PATH + " for service app "
              + app.clientId() + " failed " + (attempt + 1) + " times; the last time: "
              + e.getClass().getSimpleName() + ". Check the network, or try again later.", true, e);
        }
        backOff(++attempt);
        continue;
      }
      if (answer.status() == 200 && answer.isJson()) {
        return token(answer);
      }
      if (answer.status() == 200) {
        // A body cut or garbled on the way, as a dropped connection would be: ask again.
        if (attempt >= maxRetries) {
          throw new ConnectorFailureException("The token request to " + org + PATH + " for service app "
              + app.clientId() + " was answered 200 with a body that is not JSON " + (attempt + 1)
              + " times. Something between this machine and Okta may be altering answers; try again"
              + " later.", true, null);
        }
        backOff(++attempt);
        continue;
      }
      String error = answer.error();
      if (answer.status() == 400 && "invalid_dpop_proof".equals(error) && !dpop && !askedForProof) {
        askedForProof = true;
        dpop = true;
        continue;
      }
      if (answer.status() == 400 && "use_dpop_nonce".equals(error) && dpop && !askedForNonce
          && answer.dpopNonce() != null) {
        askedForNonce = true;
        nonce = answer.dpopNonce();
        continue;
      }
      boolean transientFailure = answer.status() == 429 || answer.status() == 500
          || answer.status() == 502 || answer.status() == 503 || answer.status() == 504;
      if (!transientFailure) {
        throw refused(answer);
      }
      if (attempt >= maxRetries) {
        throw gaveUp(answer, attempt);
      }
      attempt++;
      if (answer.status() == 429) {
        waitForReset(answer);
      } else {
        backOff(attempt);
      }
    }
  }

  private Answer send(CloseableHttpClient http) throws IOException {
    HttpPost post = new HttpPost(uri);
    post.setHeader("Accept", "application/json");
    post.setEntity(new UrlEncodedFormEntity(List.of(
        new BasicNameValuePair("grant_type", "client_credentials"),
        new BasicNameValuePair("scope", app.scopeParameter()),
        new BasicNameValuePair("client_assertion_type", ASSERTION_TYPE),
        new BasicNameValuePair("client_assertion", assertion.sign(clock).reveal()))));
    if (dpop) {
      post.setHeader("DPoP", proofs.proof("POST", uri, null, nonce).reveal());
    }
    return http.execute(post, response -> {
      String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity());
      return new Answer(response.getCode(), body, header(response, "DPoP-Nonce"),
          header(response, "X-Rate-Limit-Reset"), header(response, "Date"));
    });
  }

  private AccessToken token(Answer answer) {
    JsonNode json = answer.json();
    String value = json.path("access_token").asText("");
    String type = json.path("token_type").asText("");
    long expiresIn = json.path("expires_in").asLong(0);
    if (value.isEmpty() || expiresIn <= 0) {
      throw new ConnectorFailureException(org + PATH + " answered 200 without an access_token and a"
          + " positive expires_in; this is not an Okta token response.", false, null);
    }
    boolean bound = "DPoP".equalsIgnoreCase(type);
    if (bound && !dpop) {
      throw new ConnectorFailureException(org + PATH + " issued a DPoP-bound token to a request"
          + " without a DPoP proof; this is not how Okta answers.", false, null);
    }
    return new AccessToken(Secret.of(value), bound, clock.instant().plusSeconds(expiresIn));
  }

  private GovernanceException refused(Answer answer) {
    String error = answer.error();
    String description = answer.json().path("error_description").asText("");
    String said = " Okta said: " + (error == null ? "HTTP " + answer.status() : error)
        + (description.isEmpty() ? "" : " (" + description + ")") + ".";
    String what = org + " refused the token request of service app " + app.clientId();
    String hint;
    AuthenticationFailedException.Reason reason = AuthenticationFailedException.Reason.UNKNOWN_CREDENTIAL;
    if ("invalid_dpop_proof".equals(error) || "use_dpop_nonce".equals(error)) {
      hint = ": the DPoP handshake did not complete; the client id, key and scopes were not what"
          + " Okta objected to. Check that this machine's clock is correct, since proofs carry the"
          + " time they were made"
          + (app.dpop() == OktaCredentials.ServiceApp.Dpop.ALWAYS
              ? ", and that the app requires DPoP, or use Dpop.AUTO." : ".");
    } else if ("invalid_scope".equals(error)) {
      hint = ": grant the scopes " + app.scopeParameter() + " to the app on its Okta API Scopes tab,"
          + " or request fewer.";
      reason = AuthenticationFailedException.Reason.UNSPECIFIED;
    } else if ("invalid_client".equals(error) || answer.status() == 401) {
      hint = ": check the client id, that the public key for the private key (kid "
          + app.keyId().orElse("none") + ") is registered on the app with public key / private key"
          + " client authentication, and that the app is active.";
    } else {
      hint = ".";
      reason = AuthenticationFailedException.Reason.UNSPECIFIED;
    }
    return new AuthenticationFailedException(org, reason, what + hint + said, null);
  }

  private GovernanceException gaveUp(Answer answer, int attempt) {
    String what = "The token request to " + org + PATH + " for service app " + app.clientId();
    if (answer.status() == 429) {
      long reset = resetAtMillis(answer);
      return new RateLimitedException(PATH, Instant.ofEpochMilli(reset > 0 ? reset : clock.millis()),
          what + " was refused with 429 " + (attempt + 1) + " times; another client is using up the"
              + " token endpoint's rate limit. Try again after the reset.");
    }
    return new ConnectorFailureException(what + " failed with HTTP " + answer.status() + " "
        + (attempt + 1) + " times. Okta may be degraded; try again later.", true, null);
  }

  private void waitForReset(Answer answer) {
    long reset = resetAtMillis(answer);
    long wait = reset > 0 ? Math.max(0, reset - clock.millis()) : backOffMillis(1);
    pause(wait);
  }

  /** The reset in local epoch millis, correcting for a server clock that differs from ours. */
  private long resetAtMillis(Answer answer) {
    long reset = number(answer.rateLimitReset());
    if (reset <= 0) {
      return -1;
    }
    long serverDate = date(answer.date());
    long now = clock.millis();
    if (serverDate <= 0 || Math.abs(now - serverDate) <= 1_500) {
      return reset * 1000;
    }
    return now + (reset * 1000 - serverDate);
  }

  private void backOff(int retry) {
    pause(backOffMillis(retry));
  }

  private static long backOffMillis(int retry) {
    long base = Math.min(20_000L, 300L << Math.min(retry, 6));
    return base + ThreadLocalRandom.current().nextLong(base / 2 + 1);
  }

  private void pause(long millis) {
    retries++;
    try {
      sleeper.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException("waiting to repeat the token request to " + org + " was interrupted");
    }
  }

  /** The nonce Okta's token endpoint gave, for proofs that need one. */
  @Nullable String nonce() {
    return nonce;
  }

  private static @Nullable String header(ClassicHttpResponse response, String name) {
    Header h = response.getFirstHeader(name);
    return h == null ? null : h.getValue();
  }

  private static long number(@Nullable String value) {
    try {
      return value == null ? -1 : Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static long date(@Nullable String value) {
    try {
      return value == null ? -1
          : ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      return -1;
    }
  }

  /** One answer of the token endpoint. The body holds a token only when the status is 200. */
  private record Answer(int status, String body, @Nullable String dpopNonce,
      @Nullable String rateLimitReset, @Nullable String date) {

    boolean isJson() {
      try {
        JsonNode node = JSON.readTree(body);
        return node != null && node.isObject();
      } catch (IOException e) {
        return false;
      }
    }

    JsonNode json() {
      try {
        JsonNode node = JSON.readTree(body);
        return node == null ? JSON.createObjectNode() : node;
      } catch (IOException e) {
        return JSON.createObjectNode();
      }
    }

    @Nullable String error() {
      JsonNode error = json().get("error");
      return error != null && error.isTextual() ? error.asText() : null;
    }

    @Override
    public String toString() {
      return "Answer[" + status + "]";
    }
  }
}
