package dev.governance.core.model;

/**
 * Whether a {@link Grant.ScopeGrant} lets its holder change things or only read them, as the
 * connector decides from the provider's scope.
 *
 * @since 0.2
 */
public enum AccessMode {
  /** Reads only. */
  READ,
  /** Creates, changes or deletes. */
  WRITE,
  /** The connector could not tell. */
  UNKNOWN;

  /**
   * Maps a category's name as the snapshot JSON and the CSV write it, ignoring case.
   *
   * @param name the name, or {@code null}
   * @return the matching constant, or {@link #UNKNOWN} for {@code null} and unknown names
   */
  public static AccessMode parse(@org.jspecify.annotations.Nullable String name) {
    return Enums.parse(AccessMode.class, name, UNKNOWN);
  }
}
