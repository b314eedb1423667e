package dev.governance.okta;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.Secret;
import dev.governance.core.internal.Quoted;
import dev.governance.okta.internal.PrivateKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.Objects;
import java.util.Optional;

/**
 * The private key a service app signs its client assertions with ({@code private_key_jwt}): RSA or
 * EC, read from PEM (PKCS#8, PKCS#1 or SEC1) or from a JWK as the Okta Admin Console exports it.
 *
 * <p>The key is available as a {@link PrivateKey} and as PKCS#8 PEM, the two forms the Okta SDK
 * accepts. {@link #toString()} shows the algorithm and size only.
 *
 * @since 0.1
 */
public final class OktaPrivateKey {

  static final String SETTING = "privateKey";

  private final PrivateKey key;
  private final Optional<String> keyId;

  private OktaPrivateKey(PrivateKey key, Optional<String> keyId) {
    this.key = key;
    this.keyId = keyId;
  }

  /**
   * Reads a key from PEM or JWK text, told apart by their first character.
   *
   * @param text the key as PEM ({@code -----BEGIN …}) or JWK ({@code {…}})
   * @return the key
   * @throws InvalidConfigurationException if the text is not an unencrypted RSA or EC private key
   */
  public static OktaPrivateKey parse(Secret text) {
    Objects.requireNonNull(text, "text");
    String value = text.reveal().strip();
    return value.startsWith("{") ? fromJwk(text) : fromPem(text);
  }

  /**
   * Reads a PEM private key: {@code BEGIN PRIVATE KEY}, {@code BEGIN RSA PRIVATE KEY} or {@code
   * BEGIN EC PRIVATE KEY}, unencrypted.
   *
   * @param pem the PEM text
   * @return the key
   * @throws InvalidConfigurationException if it is not such a key
   */
  public static OktaPrivateKey fromPem(Secret pem) {
    Objects.requireNonNull(pem, "pem");
    try {
      return new OktaPrivateKey(PrivateKeys.fromPem(pem.reveal()), Optional.empty());
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigurationException(
          SETTING, e.getMessage() != null ? e.getMessage() : "The private key cannot be read.");
    }
  }

  /**
   * Reads a private JWK (RSA, or EC on P-256, P-384 or P-521), or a JWK set with one private key.
   * Its {@code kid}, if any, becomes {@link #keyId()}.
   *
   * @param jwk the JWK as JSON
   * @return the key
   * @throws InvalidConfigurationException if it is not such a key
   */
  public static OktaPrivateKey fromJwk(Secret jwk) {
    Objects.requireNonNull(jwk, "jwk");
    try {
      PrivateKeys.Parsed parsed = PrivateKeys.fromJwk(jwk.reveal());
      return new OktaPrivateKey(parsed.key(), parsed.keyId().filter(id -> !id.isBlank()));
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigurationException(
          SETTING, e.getMessage() != null ? e.getMessage() : "The private key cannot be read.");
    }
  }

  /**
   * Reads a key from a file holding PEM or JWK text.
   *
   * @param file the file
   * @return the key
   * @throws InvalidConfigurationException if the file cannot be read or holds no such key
   */
  public static OktaPrivateKey fromFile(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidConfigurationException(
          SETTING,
          "The private key file "
              + Quoted.quote(file.toString())
              + " cannot be read ("
              + e.getClass().getSimpleName()
              + "). Give the path of a readable"
              + " PEM or JWK file.",
          e);
    }
    if (text.isBlank()) {
      throw new InvalidConfigurationException(
          SETTING,
          "The private key file " + Quoted.quote(file.toString()) + " is empty. Give the path of a PEM or JWK file.");
    }
    return parse(Secret.of(text));
  }

  /**
   * Wraps a key that is already a {@link PrivateKey}.
   *
   * @param key an RSA or EC private key
   * @return the key
   * @throws InvalidConfigurationException if it is neither RSA nor EC
   */
  public static OktaPrivateKey of(PrivateKey key) {
    Objects.requireNonNull(key, "key");
    if (!(key instanceof RSAPrivateKey) && !(key instanceof ECPrivateKey)) {
      throw new InvalidConfigurationException(
          SETTING,
          "The private key's algorithm is "
              + key.getAlgorithm()
              + "; Okta client assertions are signed with RSA or EC keys.");
    }
    return new OktaPrivateKey(key, Optional.empty());
  }

  /**
   * Returns the key, as the Okta SDK's {@code setPrivateKey(PrivateKey)} takes it.
   *
   * @return the key
   */
  public PrivateKey privateKey() {
    return key;
  }

  /**
   * Returns the key as unencrypted PKCS#8 PEM, as the Okta SDK's {@code setPrivateKey(String)} and
   * {@code OKTA_CLIENT_PRIVATEKEY} take it.
   *
   * @return the PEM, masked when printed
   */
  public Secret toPem() {
    return Secret.of(PrivateKeys.toPem(key));
  }

  /**
   * Returns the key's algorithm.
   *
   * @return {@code RSA} or {@code EC}
   */
  public String algorithm() {
    return key instanceof RSAPrivateKey ? "RSA" : "EC";
  }

  /**
   * Returns the key size in bits: the modulus for RSA, the field for EC.
   *
   * @return e.g. 2048 or 256
   */
  public int bits() {
    if (key instanceof RSAPrivateKey rsa) {
      return rsa.getModulus().bitLength();
    }
    return ((ECPrivateKey) key).getParams().getCurve().getField().getFieldSize();
  }

  /**
   * Returns the JWS algorithm a client assertion signed with this key uses.
   *
   * @return {@code RS256}, {@code ES256}, {@code ES384} or {@code ES512}
   */
  public String signingAlgorithm() {
    if (key instanceof RSAPrivateKey) {
      return "RS256";
    }
    return switch (bits()) {
      case 256 -> "ES256";
      case 384 -> "ES384";
      default -> "ES512";
    };
  }

  /**
   * Returns the key id that came with a JWK.
   *
   * @return the JWK's {@code kid}; empty for PEM keys
   */
  public Optional<String> keyId() {
    return keyId;
  }

  /**
   * Returns the algorithm and size, never the key.
   *
   * @return e.g. {@code OktaPrivateKey[RSA 2048 bits, ****]}
   */
  @Override
  public String toString() {
    return "OktaPrivateKey[" + algorithm() + " " + bits() + " bits, " + Secret.MASK + "]";
  }
}
