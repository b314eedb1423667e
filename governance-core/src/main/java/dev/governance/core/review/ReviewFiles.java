package dev.governance.core.review;

import dev.governance.core.StorageFailureException;
import dev.governance.core.review.internal.ReviewJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The review and audit-log formats of {@link DirectoryReviewStore}, for {@link ReviewStore}s that
 * keep reviews elsewhere (e.g. a database column): write a review or audit entries to a stream and
 * read them back. A newer format version is refused rather than read in part.
 *
 * @since 0.1
 */
public final class ReviewFiles {

  private ReviewFiles() {}

  /**
   * Writes a review in the current format version. Does not close the stream.
   *
   * @param review the review
   * @param out where to write
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(Review review, OutputStream out) {
    Objects.requireNonNull(review, "review");
    try {
      out.write(new ReviewJson().write(review));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a review that {@link #write} wrote. Does not close the stream.
   *
   * @param in the content
   * @param where what to name in an error, e.g. the table and the review's id
   * @return the review
   * @throws StorageFailureException if the content is damaged or of a newer format version
   */
  public static Review read(InputStream in, String where) {
    try {
      return new ReviewJson().read(in.readAllBytes());
    } catch (IOException | RuntimeException e) {
      throw new StorageFailureException(where, "The review " + where + " cannot be read: "
          + e.getMessage(), e);
    }
  }

  /**
   * Writes audit entries, oldest first, in the current format version. Does not close the stream.
   *
   * @param entries the entries
   * @param out where to write
   * @throws UncheckedIOException if the stream fails
   */
  public static void writeAudit(List<AuditEntry> entries, OutputStream out) {
    Objects.requireNonNull(entries, "entries");
    try {
      out.write(new ReviewJson().writeAudit(entries));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads audit entries that {@link #writeAudit} wrote, in their order. Does not close the stream.
   *
   * @param in the content
   * @param where what to name in an error
   * @return the entries
   * @throws StorageFailureException if the content is damaged or of a newer format version
   */
  public static List<AuditEntry> readAudit(InputStream in, String where) {
    try {
      return List.copyOf(new ReviewJson().readAudit(in.readAllBytes()));
    } catch (IOException | RuntimeException e) {
      throw new StorageFailureException(where, "The audit log " + where + " cannot be read: "
          + e.getMessage(), e);
    }
  }
}
