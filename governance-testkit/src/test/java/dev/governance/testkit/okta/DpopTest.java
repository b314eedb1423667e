package dev.governance.testkit.okta;

import dev.governance.okta.catalog.StandardAdminRole;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.AuthorizationMode;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.model.User;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A service app that requires DPoP: the token endpoint's handshake as Okta answers it, proofs
 * verified for real, tokens bound to the proof key, and okta-sdk-java's own DPoP support.
 */
class DpopTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static KeyPair appKeys;

  private final HttpClient http = HttpClient.newHttpClient();
  private FakeOktaTenant tenant;
  private String app;
  private ECKey dpopKey;

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    appKeys = gen.generateKeyPair();
  }

  @BeforeEach
  void start() throws Exception {
    tenant = FakeOktaTenant.builder().shape(TenantShape.DEMO).start();
    TenantFixtures f = tenant.fixtures();
    app = f.addServiceApp("DPoP reader", appKeys.getPublic(), "kid-1");
    f.grantScope(app, "okta.users.read");
    f.assignRole(AdminRole.client(StandardAdminRole.READ_ONLY_ADMIN, app));
    f.requireDpop(app, true);
    dpopKey = new ECKeyGenerator(Curve.P_256).generate();
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  @Test
  void tokenRequestWithoutAProofGetsOktasMissingProofError() throws Exception {
    HttpResponse<String> r = token(null);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).path("error").asText()).isEqualTo("invalid_dpop_proof");
    assertThat(json(r).path("error_description").asText())
        .isEqualTo("The DPoP proof JWT header is missing.");
  }

  @Test
  void aProofWithoutTheNonceIsAskedForItAndWithItGetsABoundToken() throws Exception {
    HttpResponse<String> first = token(proof("POST", tokenUrl(), null, null, Instant.now(), dpopKey));

    assertThat(first.statusCode()).isEqualTo(400);
    assertThat(json(first).path("error").asText()).isEqualTo("use_dpop_nonce");
    String nonce = first.headers().firstValue("DPoP-Nonce").orElseThrow();

    HttpResponse<String> second = token(proof("POST", tokenUrl(), null, nonce, Instant.now(), dpopKey));

    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(json(second).path("token_type").asText()).isEqualTo("DPoP");
    assertThat(tenant.journal().entries().stream().map(JournalEntry::status).toList())
        .containsExactly(400, 200);
  }

  @Test
  void aBoundTokenWorksWithAValidProofForTheRequest() throws Exception {
    String token = boundToken();

    HttpResponse<String> r = api(token, proof("GET", usersUrl(), token, null, Instant.now(), dpopKey));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).isArray()).isTrue();
  }

  @Test
  void aBoundTokenSentAsABearerTokenIsRefused() throws Exception {
    String token = boundToken();

    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(usersUrl() + "?limit=2"))
        .header("Authorization", "Bearer " + token).GET());

    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate").orElseThrow())
        .startsWith("DPoP ").contains("error=\"invalid_token\"");
  }

  @Test
  void aProofSignedByAnotherKeyThanItsJwkIsRefused() throws Exception {
    String token = boundToken();
    ECKey other = new ECKeyGenerator(Curve.P_256).generate();
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dpop+jwt"))
        .jwk(dpopKey.toPublicJWK()).build();
    SignedJWT forged = new SignedJWT(header, claims("GET", usersUrl(), token, null, Instant.now()));
    forged.sign(new ECDSASigner(other));

    assertRefused(api(token, forged.serialize()), "signature");
  }

  @Test
  void aStaleProofIsRefused() throws Exception {
    String token = boundToken();

    String stale = proof("GET", usersUrl(), token, null, Instant.now().minusSeconds(600), dpopKey);

    assertRefused(api(token, stale), "'iat'");
  }

  @Test
  void aReplayedProofIsRefused() throws Exception {
    String token = boundToken();
    String once = proof("GET", usersUrl(), token, null, Instant.now(), dpopKey);

    assertThat(api(token, once).statusCode()).isEqualTo(200);
    assertRefused(api(token, once), "'jti'");
  }

  @Test
  void aProofWithTheWrongAthIsRefused() throws Exception {
    String token = boundToken();

    String wrong = proof("GET", usersUrl(), token + "x", null, Instant.now(), dpopKey);

    assertRefused(api(token, wrong), "'ath'");
  }

  @Test
  void aProofForAnotherUrlOrMethodIsRefused() throws Exception {
    String token = boundToken();

    assertRefused(api(token, proof("GET", tenant.orgUrl() + "/api/v1/groups", token, null,
        Instant.now(), dpopKey)), "'htu'");
    assertRefused(api(token, proof("POST", usersUrl(), token, null, Instant.now(), dpopKey)), "'htm'");
  }

  @Test
  void aProofFromAnotherKeyThanTheTokensIsRefused() throws Exception {
    String token = boundToken();
    ECKey other = new ECKeyGenerator(Curve.P_256).generate();

    assertRefused(api(token, proof("GET", usersUrl(), token, null, Instant.now(), other)),
        "does not match");
  }

  @Test
  void aProofForAnAppThatDoesNotRequireDpopIsRefused() throws Exception {
    tenant.fixtures().requireDpop(app, false);

    HttpResponse<String> r = token(proof("POST", tokenUrl(), null, null, Instant.now(), dpopKey));

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).path("error").asText()).isEqualTo("invalid_dpop_proof");
    assertThat(token(null).statusCode()).isEqualTo(200);
  }

  @Test
  void oktaSdkJavasOwnClientCompletesTheHandshakeAndListsUsers() throws Exception {
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    String pem = "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(appKeys.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
    ApiClient client = Clients.builder()
        .setOrgUrl(tenant.orgUrl())
        .setAuthorizationMode(AuthorizationMode.PRIVATE_KEY)
        .setClientId(app)
        .setKid("kid-1")
        .setScopes(Set.of("okta.users.read"))
        .setPrivateKey(pem)
        .setCacheManager(Caches.newDisabledCacheManager())
        .setConnectionTimeout(10)
        .setRetryMaxAttempts(0)
        .build();

    List<User> users = new UserApi(client).listUsers(null, null, null, 5, null, null, null, null);

    assertThat(users).isNotEmpty();
    List<Integer> tokenStatuses = tenant.journal().entries().stream()
        .filter(e -> e.path().equals("/oauth2/v1/token")).map(JournalEntry::status).toList();
    assertThat(tokenStatuses).containsExactly(400, 400, 200);
    assertThat(tenant.journal().entries().stream()
        .filter(e -> e.path().equals("/api/v1/users")).map(JournalEntry::status).toList())
        .containsExactly(200);
  }

  private String boundToken() throws Exception {
    String nonce = token(proof("POST", tokenUrl(), null, null, Instant.now(), dpopKey))
        .headers().firstValue("DPoP-Nonce").orElseThrow();
    HttpResponse<String> r = token(proof("POST", tokenUrl(), null, nonce, Instant.now(), dpopKey));
    assertThat(r.statusCode()).isEqualTo(200);
    return json(r).path("access_token").asText();
  }

  private static void assertRefused(HttpResponse<String> r, String why) {
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("WWW-Authenticate").orElseThrow())
        .startsWith("DPoP ").contains("error=\"invalid_dpop_proof\"").contains(why);
  }

  private HttpResponse<String> token(String proof) throws Exception {
    String form = ClientAssertions.tokenForm(tenant.orgUrl(), app, appKeys, "okta.users.read");
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(tokenUrl()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    if (proof != null) {
      b.header("DPoP", proof);
    }
    return send(b);
  }

  private HttpResponse<String> api(String token, String proof) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(usersUrl() + "?limit=2"))
        .header("Authorization", "DPoP " + token).header("DPoP", proof).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String proof(String htm, String htu, String accessToken, String nonce, Instant iat,
      ECKey key) throws Exception {
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dpop+jwt"))
        .jwk(key.toPublicJWK()).build();
    SignedJWT jwt = new SignedJWT(header, claims(htm, htu, accessToken, nonce, iat));
    jwt.sign(new ECDSASigner(key));
    return jwt.serialize();
  }

  private static JWTClaimsSet claims(String htm, String htu, String accessToken, String nonce,
      Instant iat) throws Exception {
    JWTClaimsSet.Builder c = new JWTClaimsSet.Builder().jwtID(UUID.randomUUID().toString())
        .issueTime(Date.from(iat)).claim("htm", htm).claim("htu", htu);
    if (accessToken != null) {
      c.claim("ath", Base64URL.encode(MessageDigest.getInstance("SHA-256")
          .digest(accessToken.getBytes(StandardCharsets.US_ASCII))).toString());
    }
    if (nonce != null) {
      c.claim("nonce", nonce);
    }
    return c.build();
  }

  private String tokenUrl() {
    return tenant.orgUrl() + "/oauth2/v1/token";
  }

  private String usersUrl() {
    return tenant.orgUrl() + "/api/v1/users";
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }
}
