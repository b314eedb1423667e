package dev.governance.okta.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.okta.OktaPrivateKey;
import java.io.StringReader;
import java.nio.file.Path;
import java.security.PrivateKey;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PEM written by {@link PrivateKeys#toPem} is read back by the PEM parser the Okta SDK uses
 * (Bouncy Castle's {@code PEMParser}), so it can be handed to the SDK's {@code setPrivateKey}.
 */
class PrivateKeysSdkCompatibilityTest {

  private static final Path KEYS = Path.of("src/test/resources/keys");

  @ParameterizedTest
  @ValueSource(strings = {"rsa-pkcs1.pem", "ec-p256-sec1.pem", "ec-p384-sec1.pem"})
  void pemWrittenForTheSdkIsReadByTheSdksPemParser(String file) throws Exception {
    OktaPrivateKey key = OktaPrivateKey.fromFile(KEYS.resolve(file));

    Object parsed;
    try (PEMParser parser = new PEMParser(new StringReader(key.toPem().reveal()))) {
      parsed = parser.readObject();
    }
    PrivateKey read = new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) parsed);

    assertThat(read.getAlgorithm()).isIn("RSA", "EC", "ECDSA");
    assertThat(read.getEncoded()).isEqualTo(key.privateKey().getEncoded());
  }
}
