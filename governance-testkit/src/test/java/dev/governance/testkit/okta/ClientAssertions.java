package dev.governance.testkit.okta;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;

/** Builds {@code private_key_jwt} token requests by hand (RS256). */
final class ClientAssertions {
  private ClientAssertions() {}

  static String jwt(String orgUrl, String clientId, KeyPair keys, long expInSeconds)
      throws GeneralSecurityException {
    long now = System.currentTimeMillis() / 1000;
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String head = b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
    String claims = b64.encodeToString(("{\"iss\":\"" + clientId + "\",\"sub\":\"" + clientId
        + "\",\"aud\":\"" + orgUrl + "/oauth2/v1/token\",\"exp\":" + (now + expInSeconds)
        + "}").getBytes(StandardCharsets.UTF_8));
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(keys.getPrivate());
    s.update((head + "." + claims).getBytes(StandardCharsets.US_ASCII));
    return head + "." + claims + "." + b64.encodeToString(s.sign());
  }

  static String tokenForm(String orgUrl, String clientId, KeyPair keys, String scope)
      throws GeneralSecurityException {
    return "grant_type=client_credentials&scope=" + scope + "&client_assertion_type="
        + "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion="
        + jwt(orgUrl, clientId, keys, 600);
  }
}
