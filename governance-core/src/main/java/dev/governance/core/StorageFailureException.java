package dev.governance.core;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Stored data could not be written or read: a disk error, a damaged file, or a file written in a
 * format version this release does not know. Whatever was stored before stays as it was.
 *
 * @since 0.1
 */
public final class StorageFailureException extends GovernanceException {

  private static final long serialVersionUID = 1L;

  /** The file or directory concerned, as text. */
  private final String location;

  /**
   * Creates the exception.
   *
   * @param location the file or directory concerned
   * @param message what failed and what to do
   * @param cause the I/O or parse failure, or {@code null}
   */
  public StorageFailureException(Path location, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.location = Objects.requireNonNull(location, "location").toString();
  }

  /**
   * Creates the exception for a store that is not a file or directory, e.g. a database.
   *
   * @param location what is concerned, e.g. {@code postgresql://db.example.com/governance snapshot
   *     acme/000042-…}; never with a password
   * @param message what failed and what to do
   * @param cause the I/O, SQL or parse failure, or {@code null}
   */
  public StorageFailureException(String location, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.location = Objects.requireNonNull(location, "location");
  }

  /**
   * Returns what is concerned, as text: a path, or a database and what in it.
   *
   * @return the location
   */
  public String where() {
    return location;
  }

  /**
   * Returns the file or directory concerned.
   *
   * @return its path
   */
  public Path location() {
    return Path.of(location);
  }
}
