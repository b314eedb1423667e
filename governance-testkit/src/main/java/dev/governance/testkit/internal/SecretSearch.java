package dev.governance.testkit.internal;

import dev.governance.core.Secret;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a secret in a text: the secret whole, and long ones (keys, JWTs) also by fragments, since
 * PEM and base64 printers break lines (every 64 or 76 characters). Fragments come in pairs of
 * neighbours 24 characters long: a line break at most every 48 characters cuts at most one of a
 * pair, so a wrapped printing still shows the other whole. The first 48 characters are left out of
 * the fragments, because JWTs of one issuer share their header. Secrets shorter than 8 characters
 * are too short to tell from a word and are never found.
 */
public final class SecretSearch {

  /** Shorter secrets are searched for whole only. */
  private static final int FRAGMENT_FROM = 96;
  private static final int FRAGMENT = 24;
  private static final int PAIRS = 4;
  /** Too short to tell a secret from a word. */
  private static final int SHORTEST = 8;

  private SecretSearch() {}

  /**
   * Tells whether a text shows a secret, whole or by a fragment.
   *
   * @param text the text
   * @param secret the secret
   * @return {@code true} if it does
   */
  public static boolean shows(String text, Secret secret) {
    return needles(secret.reveal().strip()).stream().anyMatch(text::contains);
  }

  /**
   * Returns the strings whose presence in a text shows a secret.
   *
   * @param secret the secret's clear text
   * @return the strings; empty for a secret too short to search for
   */
  public static List<String> needles(String secret) {
    List<String> needles = new ArrayList<>();
    if (secret.length() < SHORTEST) {
      return needles;
    }
    needles.add(secret);
    int slots = secret.length() / FRAGMENT - 3;
    if (secret.length() >= FRAGMENT_FROM && slots > 0) {
      for (int pair = 0; pair < PAIRS; pair++) {
        int slot = 2 + (int) ((long) pair * slots / PAIRS);
        needles.add(secret.substring(slot * FRAGMENT, (slot + 1) * FRAGMENT));
        needles.add(secret.substring((slot + 1) * FRAGMENT, (slot + 2) * FRAGMENT));
      }
    }
    return needles;
  }
}
