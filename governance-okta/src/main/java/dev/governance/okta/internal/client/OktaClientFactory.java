package dev.governance.okta.internal.client;

import dev.governance.okta.catalog.OktaBucket;
import dev.governance.okta.catalog.OktaPlan;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.impl.deserializer.UserProfileDeserializer;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.model.GroupProfile;
import com.okta.sdk.resource.model.UserProfile;
import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.GovernanceException;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.okta.internal.oauth.DpopProofs;
import dev.governance.okta.internal.oauth.ServiceAppAuthorizer;
import dev.governance.okta.internal.oauth.Sleeper;
import dev.governance.okta.internal.oauth.TokenEndpoint;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the SDK client for one org with every setting explicit: nothing is read from {@code
 * ~/.okta/okta.yaml}, {@code OKTA_*} variables or system properties.
 */
public final class OktaClientFactory {

  private OktaClientFactory() {}

  /**
   * What the client needs.
   *
   * @param org the org
   * @param credentials the credentials
   * @param concurrency the most requests in flight at once
   * @param share the share of each bucket's limit this client may use, in (0, 1]
   * @param window the length of Okta's rate-limit window (one minute; shorter against a
   *     time-scaled fake tenant)
   * @param maxRetries retries of one request after a 429 or a transient failure
   * @param connectTimeout the connect timeout
   * @param readTimeout the response timeout
   * @param retryBackoff the first wait before a transiently failed request is repeated
   * @param clock the clock for token expiry, client assertions, DPoP proofs and retry deadlines
   * @param sleeper waits before a request or the token request is repeated
   */
  public record Settings(
      OktaOrg org,
      OktaCredentials credentials,
      int concurrency,
      double share,
      Duration window,
      int maxRetries,
      Duration connectTimeout,
      Duration readTimeout,
      Duration retryBackoff,
      Clock clock,
      Sleeper sleeper) {

    /**
     * Settings with the system clock and real sleeps.
     *
     * @param org the org
     * @param credentials the credentials
     * @param concurrency the most requests in flight at once
     * @param share the share of each bucket's limit this client may use, in (0, 1]
     * @param window the length of Okta's rate-limit window
     * @param maxRetries retries of one request after a 429 or a transient failure
     * @param connectTimeout the connect timeout
     * @param readTimeout the response timeout
     */
    public Settings(OktaOrg org, OktaCredentials credentials, int concurrency, double share,
        Duration window, int maxRetries, Duration connectTimeout, Duration readTimeout) {
      this(org, credentials, concurrency, share, window, maxRetries, connectTimeout, readTimeout,
          Duration.ofMillis(300), Clock.systemUTC(), Sleeper.SYSTEM);
    }
  }

  /**
   * Builds the client; for a service app this requests the first access token.
   *
   * @param settings the settings
   * @return the client
   * @throws AuthenticationFailedException if the org refuses the service app's token request
   */
  public static OktaHttp create(Settings settings) {
    String baseUrl = settings.org().baseUrl();
    RequestIds requestIds = new RequestIds();
    Map<OktaBucket, BucketGovernor> governors = new EnumMap<>(OktaBucket.class);
    for (OktaBucket b : OktaBucket.values()) {
      governors.put(b, new BucketGovernor(b, b.limit(OktaPlan.WORKFORCE_IDENTITY), settings.share(), settings.window(),
          System::currentTimeMillis, Thread::sleep, n -> java.util.concurrent.ThreadLocalRandom.current().nextLong(n)));
    }
    PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
        .setConnectionFactory(new QuietConnectionFactory())
        .setMaxConnPerRoute(settings.concurrency() + 1)
        .setMaxConnTotal(settings.concurrency() + 1)
        .setDefaultConnectionConfig(ConnectionConfig.custom()
            .setConnectTimeout(Timeout.of(settings.connectTimeout()))
            .setSocketTimeout(Timeout.of(settings.readTimeout()))
            .build())
        .build();
    ServiceAppAuthorizer authorizer = null;
    if (settings.credentials() instanceof OktaCredentials.ServiceApp app) {
      // One key pair per client: every token it gets is bound to it, every proof is signed with it.
      DpopProofs proofs = new DpopProofs(settings.clock());
      TokenEndpoint endpoint = new TokenEndpoint(baseUrl, app, proofs, settings.clock(),
          settings.sleeper(), settings.maxRetries());
      authorizer = new ServiceAppAuthorizer(endpoint, proofs, settings.clock());
    }
    HttpClientBuilder builder = HttpClients.custom()
        .setConnectionManager(pool)
        .setDefaultRequestConfig(RequestConfig.custom()
            .setResponseTimeout(Timeout.of(settings.readTimeout()))
            .setConnectionRequestTimeout(Timeout.of(settings.readTimeout()))
            .build())
        .disableAutomaticRetries()
        .disableCookieManagement()
        .disableRedirectHandling()
        .addResponseInterceptorLast((response, entity, context) -> {
          HttpRequest request = HttpCoreContext.adapt(context).getRequest();
          if (request == null || request.getPath() == null
              || request.getPath().startsWith(dev.governance.okta.internal.oauth.TokenEndpoint.PATH)) {
            // The token endpoint has a rate limit of its own; it must not tune a bucket of the API.
            return;
          }
          Header requestId = response.getFirstHeader("X-Okta-Request-Id");
          requestIds.seen(requestId == null ? null : requestId.getValue());
          OktaBucket bucket = OktaHttp.bucketOfRequestTarget(request.getMethod(), request.getPath());
          RateLimitHeaders headers = RateLimitHeaders.parse(name -> {
            Header h = response.getFirstHeader(name);
            return h == null ? null : h.getValue();
          });
          // Every bucket has a governor, made above.
          Objects.requireNonNull(governors.get(bucket), "governor")
              .observe(headers, System.currentTimeMillis());
        });
    if (authorizer != null) {
      builder.addExecInterceptorFirst("okta-service-app", authorizer);
    }
    CloseableHttpClient http = builder.build();

    ApiClient client = new ApiClient(http, Caches.newDisabledCacheManager());
    client.setBasePath(baseUrl);
    client.setUserAgent("governance-okta/0.1 okta-sdk-java/24.0.0");
    SimpleModule module = new SimpleModule("governance-okta");
    module.addDeserializer(UserProfile.class, new UserProfileDeserializer());
    module.addDeserializer(GroupProfile.class, new GroupProfileKeeper());
    client.getObjectMapper().registerModule(module);

    OktaErrors errors = new OktaErrors(baseUrl);
    OktaCredentials credentials = settings.credentials();
    if (credentials instanceof OktaCredentials.ApiToken token) {
      client.setApiKeyPrefix("SSWS");
      client.setApiKey(token.token().reveal());
    } else if (authorizer != null) {
      try {
        authorizer.connect(http);
      } catch (GovernanceException e) {
        closeQuietly(http, e);
        throw e;
      }
    } else {
      throw new InvalidConfigurationException("credentials", "Unsupported Okta credentials: " + credentials);
    }
    return new OktaHttp(client, baseUrl, governors, requestIds, errors, settings.maxRetries(), settings.retryBackoff(),
        settings.concurrency(), settings.clock(), settings.sleeper(), http);
  }

  private static void closeQuietly(CloseableHttpClient http, Exception failure) {
    try {
      http.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
