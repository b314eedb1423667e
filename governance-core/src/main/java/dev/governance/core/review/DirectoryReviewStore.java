package dev.governance.core.review;

import dev.governance.core.ConflictException;
import dev.governance.core.NotFoundException;
import dev.governance.core.StorageFailureException;
import dev.governance.core.internal.AtomicFiles;
import dev.governance.core.review.internal.ReviewJson;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Keeps reviews in a local directory: {@code <id>.review.json} per review and {@code
 * <id>.audit.json} for its audit log. Every file is written atomically (a temporary file, forced
 * to disk and renamed over the final name), so a reader sees a review whole or not at all. Every
 * change is a read-modify-write under an operating-system lock on the directory's {@code .lock}
 * file, so that several processes (two reviewers importing decisions at once) never lose each
 * other's changes. In one process, the stores opened on one directory share one lock for their
 * threads (the operating system's lock is held per process), and the operating system's lock
 * serialises the processes.
 *
 * @since 0.1
 */
public final class DirectoryReviewStore implements ReviewStore {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DirectoryReviewStore.class);
  private static final String REVIEW = ".review.json";
  private static final String AUDIT = ".audit.json";

  private final Path directory;
  private final ReviewJson json = new ReviewJson();
  /** One lock per directory (by its real path) for every store of this process opened on it. */
  private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private final ReentrantLock lock;

  private DirectoryReviewStore(Path directory, Path realPath) {
    this.directory = directory;
    this.lock = LOCKS.computeIfAbsent(realPath, p -> new ReentrantLock());
  }

  /**
   * Opens a store on a directory, creating it if needed, and deletes temporary files a crash left.
   *
   * @param directory the directory
   * @return the store
   * @throws StorageFailureException if the directory cannot be created or read
   */
  public static DirectoryReviewStore open(Path directory) {
    Objects.requireNonNull(directory, "directory");
    Path realPath;
    try {
      Files.createDirectories(directory);
      AtomicFiles.deleteTemporaryFiles(directory);
      realPath = directory.toRealPath();
    } catch (IOException e) {
      throw new StorageFailureException(directory, "The review store directory cannot be created or read: "
          + e.getMessage(), e);
    }
    return new DirectoryReviewStore(directory, realPath);
  }

  /**
   * Returns the directory.
   *
   * @return the directory
   */
  public Path directory() {
    return directory;
  }

  @Override
  public Review create(Review review) {
    ReviewIds.require(review.id());
    return locked(() -> {
      Path file = file(review.id());
      if (Files.exists(file)) {
        throw new ConflictException("A review with id " + review.id() + " exists already; choose another id");
      }
      write(file, review);
      return review;
    });
  }

  @Override
  public Review load(String reviewId) {
    ReviewIds.require(reviewId);
    Path file = file(reviewId);
    try {
      return json.read(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new NotFoundException("review", reviewId, "No review with id " + reviewId
          + " in " + directory + "; 'governance review list' shows the reviews", e);
    } catch (IOException | RuntimeException e) {
      throw new StorageFailureException(file, "The review " + reviewId + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * {@inheritDoc} A review file that cannot be read is passed over with a warning; {@link #load}
   * of its id fails with {@link StorageFailureException}.
   */
  @Override
  public List<Review> list() {
    List<Path> files;
    try (Stream<Path> s = Files.list(directory)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(REVIEW) && !AtomicFiles.isTemporary(p)).toList();
    } catch (IOException e) {
      throw new StorageFailureException(directory, "The review store cannot be read: " + e.getMessage(), e);
    }
    List<Review> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      try {
        out.add(load(name.substring(0, name.length() - REVIEW.length())));
      } catch (StorageFailureException e) {
        LOG.warn("Passing over an unreadable review: {}", e.getMessage());
      }
    }
    out.sort(Comparator.comparing(Review::createdAt).reversed().thenComparing(Review::id));
    return out;
  }

  @Override
  public Review update(String reviewId, UnaryOperator<Review> change) {
    return locked(() -> {
      Review before = load(reviewId);
      Review after = change.apply(before);
      if (!after.id().equals(reviewId)) {
        throw new IllegalArgumentException("a change must keep the review's id " + reviewId);
      }
      write(file(reviewId), after);
      return after;
    });
  }

  @Override
  public void appendAudit(String reviewId, List<AuditEntry> entries) {
    locked(() -> {
      load(reviewId);
      List<AuditEntry> all = new ArrayList<>(audit(reviewId));
      all.addAll(entries);
      Path file = directory.resolve(reviewId + AUDIT);
      try {
        byte[] bytes = json.writeAudit(all);
        AtomicFiles.write(file, out -> out.write(bytes));
      } catch (IOException e) {
        throw new StorageFailureException(file, "The audit log of " + reviewId + " cannot be written: "
            + e.getMessage(), e);
      }
      return null;
    });
  }

  @Override
  public List<AuditEntry> audit(String reviewId) {
    ReviewIds.require(reviewId);
    Path file = directory.resolve(reviewId + AUDIT);
    try {
      return json.readAudit(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException | RuntimeException e) {
      throw new StorageFailureException(file, "The audit log of " + reviewId + " cannot be read: "
          + e.getMessage(), e);
    }
  }

  private Path file(String reviewId) {
    return directory.resolve(reviewId + REVIEW);
  }

  private void write(Path file, Review review) {
    try {
      byte[] bytes = json.write(review);
      AtomicFiles.write(file, out -> out.write(bytes));
    } catch (IOException e) {
      throw new StorageFailureException(file, "The review " + review.id() + " cannot be written: "
          + e.getMessage(), e);
    }
  }

  private <T> T locked(Supplier<T> work) {
    lock.lock();
    Path lockFile = directory.resolve(".lock");
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      return work.get();
    } catch (IOException e) {
      throw new StorageFailureException(lockFile, "The review store cannot be locked: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }
}
