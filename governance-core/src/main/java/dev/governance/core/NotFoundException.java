package dev.governance.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something the caller named does not exist: an entity id, a snapshot, an integration.
 *
 * @since 0.1
 */
public final class NotFoundException extends GovernanceException {

  private static final long serialVersionUID = 1L;

  /** What kind of thing was looked for. */
  private final String kind;

  /** The id that was looked for. */
  private final String id;

  /**
   * Creates the exception.
   *
   * @param kind what kind of thing was looked for, e.g. {@code "identity"}
   * @param id the id that was looked for
   */
  public NotFoundException(String kind, String id) {
    this(kind, id, "No " + kind + " with id '" + id + "'", null);
  }

  /**
   * Creates the exception with a message and a cause.
   *
   * @param kind what kind of thing was looked for
   * @param id the id that was looked for
   * @param message what happened and what to do
   * @param cause the provider exception, or {@code null}
   */
  public NotFoundException(String kind, String id, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.id = Objects.requireNonNull(id, "id");
  }

  /**
   * Returns what kind of thing was looked for.
   *
   * @return the kind
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the id that was looked for.
   *
   * @return the id
   */
  public String id() {
    return id;
  }
}
