package dev.governance.testkit.okta;

import com.fasterxml.jackson.core.type.TypeReference;
import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.AuthorizationMode;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import com.okta.sdk.resource.common.PagedList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** Builds okta-sdk-java 24.0.0 clients against a fake tenant, hermetically. */
final class SdkClients {
  private SdkClients() {}

  static ApiClient ssws(FakeOktaTenant tenant, String token) {
    return ssws(tenant, token, 4);
  }

  static ApiClient ssws(FakeOktaTenant tenant, String token, int retries) {
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    return Clients.builder()
        .setOrgUrl(tenant.orgUrl())
        .setAuthorizationMode(AuthorizationMode.SSWS)
        .setClientCredentials(new TokenClientCredentials(token))
        .setCacheManager(Caches.newDisabledCacheManager())
        .setConnectionTimeout(10)
        .setRetryMaxAttempts(retries)
        .build();
  }

  static ApiClient bearer(FakeOktaTenant tenant, String accessToken) {
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    return Clients.builder()
        .setOrgUrl(tenant.orgUrl())
        .setAuthorizationMode(AuthorizationMode.PRIVATE_KEY)
        .setClientId("unused")
        .setScopes(java.util.Set.of("okta.users.read"))
        .setOAuth2AccessToken(accessToken)
        .setCacheManager(Caches.newDisabledCacheManager())
        .setConnectionTimeout(10)
        .setRetryMaxAttempts(0)
        .build();
  }

  /** One page of a typed list call. */
  @FunctionalInterface
  interface Page<T> {
    List<T> get(String after) throws ApiException;
  }

  /** Pages with the typed method and {@link PagedList#getAfter()}; counts pages in {@code pages}. */
  static <T> List<T> allPages(Page<T> page, int[] pages) throws ApiException {
    List<T> all = new ArrayList<>();
    String after = null;
    do {
      List<T> items = page.get(after);
      pages[0]++;
      all.addAll(items);
      after = items instanceof PagedList<T> p ? p.getAfter() : null;
    } while (after != null);
    return all;
  }

  /** Follows {@code next} links verbatim through {@code ApiClient.invokeAPI}. */
  static <T> List<T> followNext(ApiClient client, String pathAndQuery, TypeReference<List<T>> type,
      int[] pages) throws ApiException {
    List<T> all = new ArrayList<>();
    String next = client.getBasePath() + pathAndQuery;
    while (next != null) {
      List<T> items = client.invokeAPI(next.substring(client.getBasePath().length()), "GET",
          new ArrayList<>(), new ArrayList<>(), "", null, new HashMap<>(), new HashMap<>(),
          new HashMap<>(), "application/json", "application/json",
          new String[] {"apiToken", "oauth2"}, type);
      pages[0]++;
      all.addAll(items);
      next = items instanceof PagedList<T> p ? p.getNextPage() : null;
    }
    return all;
  }
}
