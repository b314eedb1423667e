package dev.governance.testkit.okta.internal.http;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The credentials a tenant was sent or issued, without repeats, oldest first, so that tests can
 * search logs for them. Keeps the latest {@value #CAPACITY}. Thread-safe.
 */
public final class CredentialsSeen {
  /** How many are kept. */
  public static final int CAPACITY = 20_000;

  private final Set<String> seen = new LinkedHashSet<>();

  /** Creates an empty record. */
  public CredentialsSeen() {}

  /**
   * Records a credential; blank ones are ignored.
   *
   * @param credential an API token, access token, client assertion or DPoP proof
   */
  public synchronized void record(@Nullable String credential) {
    if (credential == null || credential.isBlank()) {
      return;
    }
    if (seen.add(credential.strip()) && seen.size() > CAPACITY) {
      seen.remove(seen.iterator().next());
    }
  }

  /**
   * Returns the credentials kept.
   *
   * @return a copy, oldest first
   */
  public synchronized List<String> all() {
    return new ArrayList<>(seen);
  }
}
