package dev.governance.store.postgres.internal;

import dev.governance.core.ConflictException;
import dev.governance.core.NotFoundException;
import dev.governance.core.internal.Quoted;
import dev.governance.core.review.AuditEntry;
import dev.governance.core.review.Review;
import dev.governance.core.review.ReviewFiles;
import dev.governance.core.review.ReviewStatus;
import dev.governance.core.review.ReviewStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Reviews and their audit logs in {@code governance_reviews} and {@code governance_review_audit},
 * in the formats of {@link ReviewFiles}. A change reads the row {@code FOR UPDATE}, applies the
 * change and writes the result in one transaction, so concurrent changes from any number of
 * processes are serialised per review and a change that throws leaves the row as it was.
 */
public final class PgReviews implements ReviewStore {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PgReviews.class);

  private final Jdbc jdbc;

  /**
   * Creates the review store.
   *
   * @param jdbc the database
   */
  public PgReviews(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Review create(Review review) {
    Objects.requireNonNull(review, "review");
    return jdbc.transaction("create review " + Quoted.quote(review.id()), c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO governance_reviews"
          + " (id, integration_id, status, created_at, data) VALUES (?, ?, ?, ?, ?)"
          + " ON CONFLICT (id) DO NOTHING")) {
        s.setString(1, review.id());
        s.setString(2, review.integrationId());
        s.setString(3, review.status().name());
        Jdbc.instant(s, 4, review.createdAt());
        s.setString(5, text(review));
        if (s.executeUpdate() == 0) {
          throw new ConflictException("A review with id " + review.id() + " exists already; choose another id");
        }
      }
      return review;
    });
  }

  @Override
  public Review load(String reviewId) {
    return jdbc.transaction("read review " + Quoted.quote(reviewId), c -> {
      Review r = select(c, reviewId, false);
      if (r == null) {
        throw notFound(reviewId);
      }
      return r;
    });
  }

  /**
   * {@inheritDoc} A review row that cannot be read is passed over with a warning; {@link #load} of
   * its id fails with {@link dev.governance.core.StorageFailureException}.
   */
  @Override
  public List<Review> list() {
    return jdbc.transaction("list the reviews", c -> {
      List<Review> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT id, data FROM governance_reviews ORDER BY created_at DESC, id");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          try {
            out.add(read(rs));
          } catch (dev.governance.core.StorageFailureException e) {
            LOG.warn("Passing over an unreadable review: {}", e.getMessage());
          }
        }
      }
      return out;
    });
  }

  @Override
  public Review update(String reviewId, UnaryOperator<Review> change) {
    return jdbc.transaction("change review " + Quoted.quote(reviewId), c -> {
      Review before = select(c, reviewId, true);
      if (before == null) {
        throw notFound(reviewId);
      }
      Review after = change.apply(before);
      if (!after.id().equals(reviewId)) {
        throw new IllegalArgumentException("a change must keep the review's id " + reviewId);
      }
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE governance_reviews SET integration_id = ?, status = ?, created_at = ?, data = ? WHERE id = ?")) {
        s.setString(1, after.integrationId());
        s.setString(2, after.status().name());
        Jdbc.instant(s, 3, after.createdAt());
        s.setString(4, text(after));
        s.setString(5, reviewId);
        s.executeUpdate();
      }
      return after;
    });
  }

  @Override
  public Optional<Review> latestClosed(String integrationId) {
    return jdbc.transaction("find the latest closed review of " + Quoted.quote(integrationId), c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT id, data FROM governance_reviews"
          + " WHERE integration_id = ? AND status = ? ORDER BY created_at DESC, id")) {
        s.setString(1, integrationId);
        s.setString(2, ReviewStatus.CLOSED.name());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            try {
              return Optional.of(read(rs));
            } catch (dev.governance.core.StorageFailureException e) {
              LOG.warn("Passing over an unreadable review: {}", e.getMessage());
            }
          }
        }
      }
      return Optional.empty();
    });
  }

  @Override
  public void appendAudit(String reviewId, List<AuditEntry> entries) {
    List<AuditEntry> copy = List.copyOf(entries);
    jdbc.transaction("append to the audit log of " + Quoted.quote(reviewId), c -> {
      if (!lock(c, reviewId)) {
        throw notFound(reviewId);
      }
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO governance_review_audit (review_id, data) VALUES (?, ?)")) {
        for (AuditEntry e : copy) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          ReviewFiles.writeAudit(List.of(e), out);
          s.setString(1, reviewId);
          s.setString(2, out.toString(StandardCharsets.UTF_8));
          s.addBatch();
        }
        s.executeBatch();
      }
      return copy.size();
    });
  }

  @Override
  public List<AuditEntry> audit(String reviewId) {
    return jdbc.transaction("read the audit log of " + Quoted.quote(reviewId), c -> {
      List<AuditEntry> out = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT seq, data FROM governance_review_audit WHERE review_id = ? ORDER BY seq")) {
        s.setString(1, reviewId);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            out.addAll(ReviewFiles.readAudit(bytes(rs.getString("data")),
                "governance_review_audit/" + rs.getLong("seq") + " of " + reviewId));
          }
        }
      }
      return out;
    });
  }

  private boolean lock(Connection c, String reviewId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM governance_reviews WHERE id = ? FOR UPDATE")) {
      s.setString(1, reviewId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static @Nullable Review select(Connection c, String reviewId, boolean forUpdate) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id, data FROM governance_reviews WHERE id = ?"
        + (forUpdate ? " FOR UPDATE" : ""))) {
      s.setString(1, reviewId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? read(rs) : null;
      }
    }
  }

  private static Review read(ResultSet rs) throws SQLException {
    return ReviewFiles.read(bytes(rs.getString("data")), "governance_reviews/" + rs.getString("id"));
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(Review review) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReviewFiles.write(review, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private NotFoundException notFound(String reviewId) {
    return new NotFoundException("review", reviewId, "No review with id " + Quoted.quote(reviewId)
        + " in " + jdbc.location() + "; 'governance review list' shows the reviews", null);
  }
}
