package dev.governance.testkit.okta.internal.state;

import java.util.SplittableRandom;

/** Okta-shaped ids, deterministic for a seed: prefix, position, random tail, cell suffix. */
public final class Ids {
  private static final char[] ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
  private final SplittableRandom random;

  /**
   * Creates an id source.
   *
   * @param seed the seed
   */
  public Ids(long seed) {
    this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
  }

  /**
   * Makes a 20-character id.
   *
   * @param prefix three characters, e.g. {@code 00u}
   * @param position a unique number within the prefix
   * @return the id
   */
  public synchronized String next(String prefix, long position) {
    char[] out = new char[20];
    prefix.getChars(0, 3, out, 0);
    long p = position;
    for (int i = 8; i >= 3; i--) {
      out[i] = ALPHABET[(int) (p % 62)];
      p /= 62;
    }
    for (int i = 9; i < 17; i++) {
      out[i] = ALPHABET[random.nextInt(62)];
    }
    out[17] = '0';
    out[18] = 'g';
    out[19] = '4';
    return new String(out);
  }

  /**
   * Makes a random secret of the given length.
   *
   * @param length characters
   * @return the secret
   */
  public synchronized String secret(int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = ALPHABET[random.nextInt(62)];
    }
    return new String(out);
  }
}
