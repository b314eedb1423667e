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
   * Returns the file or directory concerned.
   *
   * @return its path
   */
  public Path location() {
    return Path.of(location);
  }
}
