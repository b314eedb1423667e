package dev.governance.okta.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPrivateKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads RSA and EC private keys from PEM (PKCS#8, PKCS#1, SEC1) and from JWK, with the JDK alone,
 * and writes them back as PKCS#8 PEM, the form the Okta SDK reads. Error messages describe the
 * input's shape, never its content.
 */
public final class PrivateKeys {

  /** A parsed key and the {@code kid} its JWK carried, if any. */
  public record Parsed(PrivateKey key, Optional<String> keyId) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> CURVES =
      Map.of("P-256", "secp256r1", "P-384", "secp384r1", "P-521", "secp521r1");

  private PrivateKeys() {}

  /**
   * Reads a PEM private key.
   *
   * @param pem the PEM text
   * @return the key
   * @throws IllegalArgumentException with a message that says what to give instead
   */
  public static PrivateKey fromPem(String pem) {
    String text = pem.strip();
    if (text.contains("ENCRYPTED")) {
      throw new IllegalArgumentException(
          "The private key is encrypted. Give it unencrypted, e.g."
              + " converted with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-plain.pem");
    }
    String type = pemType(text);
    switch (type) {
      case "PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY" -> {}
      case "PUBLIC KEY", "RSA PUBLIC KEY", "CERTIFICATE" ->
          throw new IllegalArgumentException(
              "This PEM holds a "
                  + type.toLowerCase(Locale.ROOT)
                  + ", not a private key. Give the"
                  + " private key that belongs to the public key registered in Okta.");
      case "OPENSSH PRIVATE KEY" ->
          throw new IllegalArgumentException(
              "OpenSSH private keys are"
                  + " not supported. Convert it to PKCS#8 first: ssh-keygen -p -m PKCS8 -f key");
      default ->
          throw new IllegalArgumentException(
              "Unsupported PEM type '"
                  + type
                  + "'. Give a PEM private key: BEGIN PRIVATE KEY, BEGIN RSA PRIVATE KEY or BEGIN"
                  + " EC PRIVATE KEY.");
    }
    byte[] der = pemBody(text, type);
    try {
      return switch (type) {
        case "RSA PRIVATE KEY" ->
            KeyFactory.getInstance("RSA")
                .generatePrivate(
                    new PKCS8EncodedKeySpec(
                        Der.write(
                            Der.SEQUENCE,
                            new byte[] {0x02, 0x01, 0x00},
                            Der.write(Der.SEQUENCE, Der.RSA_ENCRYPTION, new byte[] {0x05, 0x00}),
                            Der.write(Der.OCTET_STRING, der))));
        case "EC PRIVATE KEY" -> fromSec1(der);
        default -> fromPkcs8(der);
      };
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalArgumentException(
          "The "
              + type
              + " PEM block is not a valid RSA or EC"
              + " private key. Give the key exactly as exported, with its BEGIN and END lines.");
    }
  }

  /**
   * Reads a private JWK, or a JWK set that holds exactly one private key.
   *
   * @param json the JWK as JSON
   * @return the key and its {@code kid}
   * @throws IllegalArgumentException with a message that says what to give instead
   */
  public static Parsed fromJwk(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "The JWK is not valid JSON. Give the private key as"
              + " exported from the Okta Admin Console (JSON, with a \"d\" member).");
    }
    if (node != null && node.has("keys") && node.get("keys").isArray()) {
      List<JsonNode> keys = new ArrayList<>();
      node.get("keys")
          .forEach(
              key -> {
                if (key.has("d")) {
                  keys.add(key);
                }
              });
      if (keys.size() != 1) {
        throw new IllegalArgumentException(
            "The JWK set holds "
                + keys.size()
                + " private keys;"
                + " give exactly one: the key whose public part is registered in Okta.");
      }
      node = keys.get(0);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("The JWK is not a JSON object. Give a private key JWK.");
    }
    if (!node.has("d")) {
      throw new IllegalArgumentException(
          "The JWK is a public key (it has no \"d\" member). Give the private key: in the Admin"
              + " Console it is shown once, when the key is generated.");
    }
    Optional<String> keyId = Optional.ofNullable(node.get("kid")).map(JsonNode::asText);
    String kty = text(node, "kty");
    try {
      PrivateKey key =
          switch (kty) {
            case "RSA" -> rsa(node);
            case "EC" -> ec(node);
            default ->
                throw new IllegalArgumentException(
                    "The JWK has key type \""
                        + kty
                        + "\"; only"
                        + " RSA and EC keys can sign Okta client assertions.");
          };
      return new Parsed(key, keyId);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "The "
              + kty
              + " JWK's members do not form a valid"
              + " private key. Give the key exactly as exported.");
    }
  }

  /**
   * Writes a private key as PKCS#8 PEM.
   *
   * @param key the key
   * @return {@code -----BEGIN PRIVATE KEY-----} … {@code -----END PRIVATE KEY-----}, ending with a
   *     line break
   */
  public static String toPem(PrivateKey key) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(key.getEncoded());
    return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
  }

  private static PrivateKey fromPkcs8(byte[] der) throws GeneralSecurityException {
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(spec);
    } catch (GeneralSecurityException e) {
      return KeyFactory.getInstance("EC").generatePrivate(spec);
    }
  }

  private static PrivateKey fromSec1(byte[] der) throws GeneralSecurityException {
    Der.Element curve = null;
    for (Der.Element child : Der.children(Der.read(der, 0))) {
      if (child.tag() == Der.CONTEXT_0) {
        curve = Der.read(child.content(), 0);
      }
    }
    if (curve == null || curve.tag() != Der.OID) {
      throw new IllegalArgumentException(
          "The EC private key does not name its curve. Give it in"
              + " PKCS#8 form: openssl pkcs8 -topk8 -nocrypt -in key.pem");
    }
    byte[] pkcs8 =
        Der.write(
            Der.SEQUENCE,
            new byte[] {0x02, 0x01, 0x00},
            Der.write(Der.SEQUENCE, Der.EC_PUBLIC_KEY, curve.encoded()),
            Der.write(Der.OCTET_STRING, der));
    return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  private static PrivateKey rsa(JsonNode node) throws GeneralSecurityException {
    BigInteger n = number(node, "n");
    BigInteger e = number(node, "e");
    BigInteger d = number(node, "d");
    KeyFactory factory = KeyFactory.getInstance("RSA");
    if (node.has("p") && node.has("q") && node.has("dp") && node.has("dq") && node.has("qi")) {
      return factory.generatePrivate(
          new RSAPrivateCrtKeySpec(
              n,
              e,
              d,
              number(node, "p"),
              number(node, "q"),
              number(node, "dp"),
              number(node, "dq"),
              number(node, "qi")));
    }
    return factory.generatePrivate(new RSAPrivateKeySpec(n, d));
  }

  private static PrivateKey ec(JsonNode node) throws GeneralSecurityException {
    String crv = text(node, "crv");
    String curve = CURVES.get(crv);
    if (curve == null) {
      throw new IllegalArgumentException(
          "The EC JWK uses curve \"" + crv + "\"; Okta accepts P-256, P-384 and P-521.");
    }
    AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
    parameters.init(new ECGenParameterSpec(curve));
    ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
    return KeyFactory.getInstance("EC")
        .generatePrivate(new ECPrivateKeySpec(number(node, "d"), spec));
  }

  private static String text(JsonNode node, String member) {
    JsonNode value = node.get(member);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new IllegalArgumentException(
          "The JWK has no \"" + member + "\" member. Give the complete private key JWK.");
    }
    return value.asText();
  }

  private static BigInteger number(JsonNode node, String member) {
    try {
      return new BigInteger(1, Base64.getUrlDecoder().decode(text(node, member)));
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("The JWK")) {
        throw e;
      }
      throw new IllegalArgumentException(
          "The JWK member \""
              + member
              + "\" is not base64url."
              + " Give the key exactly as exported.");
    }
  }

  private static String pemType(String text) {
    String begin = "-----BEGIN ";
    int start = text.indexOf(begin);
    int end = start < 0 ? -1 : text.indexOf("-----", start + begin.length());
    if (start < 0 || end < 0) {
      throw new IllegalArgumentException(
          "The private key has no '-----BEGIN …-----' line. Give a PEM private key or a JWK.");
    }
    return text.substring(start + begin.length(), end).strip();
  }

  private static byte[] pemBody(String text, String type) {
    String begin = "-----BEGIN " + type + "-----";
    String end = "-----END " + type + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end, from);
    if (to < 0) {
      throw new IllegalArgumentException(
          "The PEM has no matching '"
              + end
              + "' line. Give the"
              + " whole key, from its BEGIN line to its END line.");
    }
    String body = text.substring(from + begin.length(), to).replaceAll("\\s", "");
    try {
      return Base64.getDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "The PEM body is not valid base64. Give the key exactly as exported.");
    }
  }
}
