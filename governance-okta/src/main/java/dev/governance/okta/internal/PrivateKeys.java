package dev.governance.okta.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads RSA and EC private keys from PEM (PKCS#8, PKCS#1, SEC1) with Bouncy Castle's {@link
 * PEMParser}, the parser okta-sdk-java itself uses, and from JWK with Nimbus JOSE+JWT; writes them
 * back as PKCS#8 PEM, the form the Okta SDK reads. Error messages describe the input's shape, never
 * its content: the libraries' own messages are not passed on, as they may quote the input.
 */
public final class PrivateKeys {

  /** A parsed key and the {@code kid} its JWK carried, if any. */
  public record Parsed(PrivateKey key, Optional<String> keyId) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> CURVES = Set.of("P-256", "P-384", "P-521");
  private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----");

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
    String type = pemType(text);
    if (type.contains("ENCRYPTED")) {
      throw encrypted();
    }
    switch (type) {
      case "PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY" -> {}
      case "PUBLIC KEY", "RSA PUBLIC KEY", "CERTIFICATE" -> throw notPrivate(type.toLowerCase(Locale.ROOT));
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
    if (!text.contains("-----END " + type + "-----")) {
      throw new IllegalArgumentException(
          "The PEM has no matching '-----END "
              + type
              + "-----' line. Give the whole key, from its BEGIN line to its END line.");
    }
    Object parsed;
    try (PEMParser parser = new PEMParser(new StringReader(text))) {
      parsed = parser.readObject();
    } catch (IOException | RuntimeException e) {
      throw invalid(type);
    }
    PrivateKeyInfo info;
    if (parsed instanceof PrivateKeyInfo pkcs8) {
      info = pkcs8;
    } else if (parsed instanceof PEMKeyPair pair) {
      info = pair.getPrivateKeyInfo();
    } else if (parsed instanceof PKCS8EncryptedPrivateKeyInfo || parsed instanceof PEMEncryptedKeyPair) {
      throw encrypted();
    } else if (parsed instanceof SubjectPublicKeyInfo) {
      throw notPrivate("public key");
    } else if (parsed instanceof X509CertificateHolder) {
      throw notPrivate("certificate");
    } else {
      throw invalid(type);
    }
    if (info == null) {
      throw invalid(type);
    }
    try {
      PrivateKey key = new JcaPEMKeyConverter().getPrivateKey(info);
      if (!"RSA".equals(key.getAlgorithm()) && !"EC".equals(key.getAlgorithm())) {
        throw new IllegalArgumentException(
            "The PEM holds a " + key.getAlgorithm() + " key; Okta client assertions are signed"
                + " with RSA or EC keys.");
      }
      return key;
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae && iae.getMessage() != null
          && iae.getMessage().startsWith("The PEM holds")) {
        throw iae;
      }
      throw invalid(type);
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
      node.get("keys").forEach(key -> {
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
    String kty = text(node, "kty");
    List<String> members = switch (kty) {
      case "RSA" -> List.of("n", "e", "d");
      case "EC" -> List.of("crv", "x", "y", "d");
      default ->
          throw new IllegalArgumentException(
              "The JWK has key type \"" + kty + "\"; only RSA and EC keys can sign Okta client"
                  + " assertions.");
    };
    for (String member : members) {
      String value = text(node, member);
      if (!member.equals("crv") && !BASE64URL.matcher(value).matches()) {
        throw new IllegalArgumentException(
            "The JWK member \"" + member + "\" is not base64url. Give the key exactly as exported.");
      }
    }
    if (kty.equals("EC") && !CURVES.contains(text(node, "crv"))) {
      throw new IllegalArgumentException(
          "The EC JWK uses curve \"" + text(node, "crv") + "\"; Okta accepts P-256, P-384 and P-521.");
    }
    try {
      JWK jwk = JWK.parse(node.toString());
      PrivateKey key = jwk instanceof RSAKey rsa ? rsa.toPrivateKey() : ((ECKey) jwk).toPrivateKey();
      if (key == null) {
        throw new JOSEException("no private key");
      }
      return new Parsed(key, Optional.ofNullable(jwk.getKeyID()));
    } catch (ParseException | JOSEException | RuntimeException e) {
      throw new IllegalArgumentException(
          "The " + kty + " JWK's members do not form a valid private key. Give the key exactly as"
              + " exported.");
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

  private static String text(JsonNode node, String member) {
    JsonNode value = node.get(member);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new IllegalArgumentException(
          "The JWK has no \"" + member + "\" member. Give the complete private key JWK.");
    }
    return value.asText();
  }

  private static String pemType(String text) {
    java.util.regex.Matcher m = BEGIN.matcher(text);
    if (!m.find()) {
      throw new IllegalArgumentException(
          "The private key has no '-----BEGIN …-----' line. Give a PEM private key or a JWK.");
    }
    return m.group(1).strip();
  }

  private static IllegalArgumentException encrypted() {
    return new IllegalArgumentException(
        "The private key is encrypted. Give it unencrypted, e.g."
            + " converted with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-plain.pem");
  }

  private static IllegalArgumentException notPrivate(String what) {
    return new IllegalArgumentException(
        "This PEM holds a " + what + ", not a private key. Give the private key that belongs to"
            + " the public key registered in Okta.");
  }

  private static IllegalArgumentException invalid(String type) {
    return new IllegalArgumentException(
        "The " + type + " PEM block is not a valid RSA or EC private key. Give the key exactly as"
            + " exported, with its BEGIN and END lines.");
  }
}
