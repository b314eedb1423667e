package dev.governance.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.Secret;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OktaPrivateKeyTest {

  private static final Path KEYS = Path.of("src/test/resources/keys");

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
    "rsa-pkcs1.pem,      RSA, 2048, RS256",
    "rsa-pkcs8.pem,      RSA, 2048, RS256",
    "ec-p256-sec1.pem,   EC,  256,  ES256",
    "ec-p256-pkcs8.pem,  EC,  256,  ES256",
    "ec-p384-sec1.pem,   EC,  384,  ES384",
  })
  void readsPemPrivateKeysInPkcs8Pkcs1AndSec1Form(
      String file, String algorithm, int bits, String jws) {
    OktaPrivateKey key = OktaPrivateKey.fromFile(KEYS.resolve(file));

    assertThat(key.algorithm()).isEqualTo(algorithm);
    assertThat(key.bits()).isEqualTo(bits);
    assertThat(key.signingAlgorithm()).isEqualTo(jws);
    assertThat(key.keyId()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"rsa-pkcs1.pem, rsa-pkcs8.pem", "ec-p256-sec1.pem, ec-p256-pkcs8.pem"})
  void traditionalPemFormsGiveTheSameKeyAsTheirPkcs8Form(String traditional, String pkcs8) {
    PrivateKey fromTraditional = OktaPrivateKey.fromFile(KEYS.resolve(traditional)).privateKey();
    PrivateKey fromPkcs8 = OktaPrivateKey.fromFile(KEYS.resolve(pkcs8)).privateKey();

    if (fromPkcs8 instanceof ECPrivateKey ec) {
      assertThat(((ECPrivateKey) fromTraditional).getS()).isEqualTo(ec.getS());
      assertThat(((ECPrivateKey) fromTraditional).getParams().getCurve())
          .isEqualTo(ec.getParams().getCurve());
    } else {
      assertThat(fromTraditional.getEncoded()).isEqualTo(fromPkcs8.getEncoded());
    }
  }

  @Test
  void writesPkcs8PemThatReadsBackToTheSameKey() {
    OktaPrivateKey key = OktaPrivateKey.fromFile(KEYS.resolve("rsa-pkcs1.pem"));

    Secret pem = key.toPem();

    assertThat(pem).hasToString("****");
    assertThat(pem.reveal())
        .startsWith("-----BEGIN PRIVATE KEY-----\n")
        .endsWith("-----END PRIVATE KEY-----\n");
    assertThat(pem.reveal().lines().skip(1).findFirst().orElseThrow()).hasSize(64);
    assertThat(OktaPrivateKey.fromPem(pem).privateKey()).isEqualTo(key.privateKey());
  }

  @Test
  void readsAnRsaJwkWithItsKeyIdAndSignsWhatItsPublicKeyVerifies() throws Exception {
    KeyPair pair = generate("RSA", null);
    RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) pair.getPrivate();
    String jwk =
        "{\"kty\":\"RSA\",\"kid\":\"kid-rsa\",\"alg\":\"RS256\",\"use\":\"sig\","
            + member("n", rsa.getModulus())
            + ","
            + member("e", rsa.getPublicExponent())
            + ","
            + member("d", rsa.getPrivateExponent())
            + ","
            + member("p", rsa.getPrimeP())
            + ","
            + member("q", rsa.getPrimeQ())
            + ","
            + member("dp", rsa.getPrimeExponentP())
            + ","
            + member("dq", rsa.getPrimeExponentQ())
            + ","
            + member("qi", rsa.getCrtCoefficient())
            + "}";

    OktaPrivateKey key = OktaPrivateKey.parse(Secret.of(jwk));

    assertThat(key.keyId()).contains("kid-rsa");
    assertThat(key.privateKey().getEncoded()).isEqualTo(rsa.getEncoded());
    assertThat(verifies("SHA256withRSA", key.privateKey(), pair.getPublic())).isTrue();
    assertThat(OktaPrivateKey.fromPem(key.toPem()).privateKey()).isEqualTo(key.privateKey());
  }

  @ParameterizedTest
  @CsvSource({"P-256, secp256r1, 256", "P-384, secp384r1, 384", "P-521, secp521r1, 521"})
  void readsEcJwksOnOktasCurves(String crv, String curve, int bits) throws Exception {
    KeyPair pair = generate("EC", curve);
    ECPrivateKey ec = (ECPrivateKey) pair.getPrivate();
    ECPublicKey pub = (ECPublicKey) pair.getPublic();
    String jwk =
        "{\"keys\":[{\"kty\":\"EC\",\"crv\":\""
            + crv
            + "\",\"kid\":\"kid-ec\","
            + member("x", pub.getW().getAffineX())
            + ","
            + member("y", pub.getW().getAffineY())
            + ","
            + member("d", ec.getS())
            + "}]}";

    OktaPrivateKey key = OktaPrivateKey.fromJwk(Secret.of(jwk));

    assertThat(key.algorithm()).isEqualTo("EC");
    assertThat(key.bits()).isEqualTo(bits);
    assertThat(((ECPrivateKey) key.privateKey()).getS()).isEqualTo(ec.getS());
    assertThat(verifies("SHA256withECDSA", key.privateKey(), pub)).isTrue();
    assertThat(OktaPrivateKey.fromPem(key.toPem()).privateKey().getEncoded())
        .isEqualTo(key.privateKey().getEncoded());
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          rsa-encrypted.pem | encrypted
          rsa-public.pem    | public key, not a private key
          """)
  void refusesPemFilesThatHoldNoUsablePrivateKey(String file, String problem) {
    assertThatThrownBy(() -> OktaPrivateKey.fromFile(KEYS.resolve(file)))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining(problem);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"kty":"RSA","n":"AQAB","e":"AQAB"}                 | has no "d" member
          {"kty":"oct","k":"c2VjcmV0","d":"AQAB"}             | only RSA and EC
          {"kty":"EC","crv":"P-192","x":"AQ","y":"AQ","d":"AQ"} | P-256, P-384 and P-521
          {"kty":"RSA","e":"AQAB","d":"AQAB"}                 | no "n" member
          {"kty":"RSA","n":"!!!","e":"AQAB","d":"AQAB"}       | not base64url
          {"keys":[]}                                         | holds 0 private keys
          {not json                                           | not valid JSON
          """)
  void refusesJwksThatAreNotPrivateRsaOrEcKeys(String jwk, String problem) {
    assertThatThrownBy(() -> OktaPrivateKey.fromJwk(Secret.of(jwk)))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining(problem);
  }

  @Test
  void refusesBrokenPemWithoutQuotingItsContent() throws Exception {
    String pem = Files.readString(KEYS.resolve("rsa-pkcs8.pem"), StandardCharsets.UTF_8);
    String secretLine = pem.lines().skip(1).findFirst().orElseThrow();
    String broken = pem.replace(secretLine, "A".repeat(secretLine.length()));

    assertThatThrownBy(() -> OktaPrivateKey.fromPem(Secret.of(broken)))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining("not a valid RSA or EC private key")
        .message()
        .doesNotContain(secretLine)
        .doesNotContain("AAAA");
    assertThatThrownBy(() -> OktaPrivateKey.fromPem(Secret.of("just some text")))
        .hasMessageContaining("BEGIN");
  }

  @Test
  void toStringShowsAlgorithmAndSizeOnly() {
    OktaPrivateKey key = OktaPrivateKey.fromFile(KEYS.resolve("ec-p256-sec1.pem"));

    assertThat(key).hasToString("OktaPrivateKey[EC 256 bits, ****]");
  }

  @Test
  void refusesAMissingFileAndSaysWhichPath() {
    Path missing = KEYS.resolve("no-such-key.pem");

    assertThatThrownBy(() -> OktaPrivateKey.fromFile(missing))
        .isInstanceOf(InvalidConfigurationException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("cannot be read");
  }

  private static KeyPair generate(String algorithm, String curve) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
    if (curve == null) {
      generator.initialize(2048);
    } else {
      generator.initialize(new ECGenParameterSpec(curve));
    }
    return generator.generateKeyPair();
  }

  private static String member(String name, BigInteger value) {
    byte[] bytes = value.toByteArray();
    if (bytes.length > 1 && bytes[0] == 0) {
      bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
    }
    return "\""
        + name
        + "\":\""
        + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)
        + "\"";
  }

  private static boolean verifies(String algorithm, PrivateKey key, PublicKey publicKey)
      throws Exception {
    byte[] data = "client assertion".getBytes(StandardCharsets.UTF_8);
    Signature signer = Signature.getInstance(algorithm);
    signer.initSign(key);
    signer.update(data);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance(algorithm);
    verifier.initVerify(publicKey);
    verifier.update(data);
    return verifier.verify(signature);
  }
}
