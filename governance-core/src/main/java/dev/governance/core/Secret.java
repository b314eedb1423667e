package dev.governance.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A secret value, such as an API token or a private key: its {@link #toString()} is always masked,
 * so it can be logged, printed or put into an exception message without leaking.
 *
 * <p>The value is read only through {@link #reveal()}, which makes each place that needs the clear
 * text easy to find. Two secrets are equal when their values are equal; the comparison takes the
 * same time whatever the values.
 *
 * @since 0.1
 */
public final class Secret {

  /** What {@link #toString()} shows instead of the value. */
  public static final String MASK = "****";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @param value the clear text; not empty
   * @return the secret
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is empty
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("A secret must not be empty: pass the secret's value.");
    }
    return new Secret(value);
  }

  /**
   * Returns the clear text. Call it only where the value is sent to the provider or handed to its client.
   *
   * @return the clear text
   */
  public String reveal() {
    return value;
  }

  /**
   * Returns the number of characters of the value, which is safe to show.
   *
   * @return the length
   */
  public int length() {
    return value.length();
  }

  /**
   * Replaces every occurrence of this secret in a text by {@link #MASK}, for messages that quote
   * what a server or a library said.
   *
   * @param text any text, possibly {@code null}
   * @return the text without the secret, or {@code null} if {@code text} was {@code null}
   */
  public @Nullable String redact(@Nullable String text) {
    if (text == null) {
      return null;
    }
    return text.replace(value, MASK);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret that
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return value.length();
  }

  /**
   * Returns {@code "****"}: never the value.
   *
   * @return the mask
   */
  @Override
  public String toString() {
    return MASK;
  }
}
