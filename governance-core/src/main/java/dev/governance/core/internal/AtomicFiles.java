package dev.governance.core.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file so that a reader sees either the old content or the new one, never a part: the
 * new content goes to a temporary file beside the target, is forced to disk, and is then moved over
 * the target in one atomic step. A crash at any point leaves the old file as it was, plus at worst
 * a temporary file whose name contains {@value #TEMP_MARKER}, which {@link #deleteTemporaryFiles}
 * removes.
 */
public final class AtomicFiles {

  /** Part of the name of every temporary file, and of no finished one. */
  public static final String TEMP_MARKER = ".tmp-";

  private AtomicFiles() {}

  /** Writes content to a stream; may throw {@link IOException}. */
  @FunctionalInterface
  public interface Writer {
    /**
     * Writes the content.
     *
     * @param out the stream, closed by the caller
     * @throws IOException if writing fails
     */
    void write(OutputStream out) throws IOException;
  }

  /**
   * Writes a file atomically. The directory must exist. If {@code writer} throws, the target is
   * untouched and the temporary file is deleted.
   *
   * @param target the file to create or replace
   * @param writer writes the new content
   * @return the size of the new file in bytes
   * @throws IOException if writing, forcing or moving fails
   */
  public static long write(Path target, Writer writer) throws IOException {
    return write(target, writer, true);
  }

  /**
   * Writes a file atomically without forcing it to the disk: a process killed afterwards leaves
   * the new content (the operating system's page cache outlives the process), a machine that loses
   * power may leave the old one. For content that may be lost but never half-written, such as
   * checkpoints.
   *
   * @param target the file to create or replace
   * @param writer writes the new content
   * @return the size of the new file in bytes
   * @throws IOException if writing or moving fails
   */
  public static long writeUnforced(Path target, Writer writer) throws IOException {
    return write(target, writer, false);
  }

  private static long write(Path target, Writer writer, boolean force) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null) {
      throw new IllegalArgumentException(
          "A file cannot be written in place of the root directory " + target);
    }
    Path temp = dir.resolve("." + target.getFileName() + TEMP_MARKER + UUID.randomUUID());
    boolean done = false;
    try {
      try (FileChannel channel = FileChannel.open(
          temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        writer.write(new NonClosing(out));
        out.flush();
        if (force) {
          channel.force(true);
        }
      }
      long size = Files.size(temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the file system of " + dir + " cannot replace files atomically", e);
      }
      done = true;
      if (force) {
        forceDirectory(dir);
      }
      return size;
    } finally {
      if (!done) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Deletes the temporary files a crash left in a directory. Call it only when no write to that
   * directory is under way.
   *
   * @param dir the directory; nothing happens if it does not exist
   * @return how many files were deleted
   * @throws IOException if the directory cannot be listed
   */
  public static int deleteTemporaryFiles(Path dir) throws IOException {
    return deleteTemporaryFiles(dir, java.time.Instant.MAX);
  }

  /**
   * Deletes the temporary files in a directory last written before an instant: a file written
   * since may be the unfinished write of another process sharing the directory.
   *
   * @param dir the directory; nothing happens if it does not exist
   * @param writtenBefore only files last modified before this are deleted
   * @return how many files were deleted
   * @throws IOException if the directory cannot be listed
   */
  public static int deleteTemporaryFiles(Path dir, java.time.Instant writtenBefore) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int deleted = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        if (isTemporary(f) && lastModified(f).isBefore(writtenBefore) && Files.deleteIfExists(f)) {
          deleted++;
        }
      }
    }
    return deleted;
  }

  private static java.time.Instant lastModified(Path f) {
    try {
      return Files.getLastModifiedTime(f).toInstant();
    } catch (IOException e) {
      return java.time.Instant.MAX;   // gone already, or unreadable: leave it
    }
  }

  /**
   * Tells whether a file is a temporary file of an unfinished write.
   *
   * @param file the file
   * @return {@code true} if its name marks it as temporary
   */
  public static boolean isTemporary(Path file) {
    return file.getFileName().toString().contains(TEMP_MARKER);
  }

  /** Makes a rename durable: on Linux a directory can be opened and forced; elsewhere best effort. */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some platforms (Windows) cannot open a directory; the rename is still atomic there.
    }
  }

  /** Keeps a writer's {@code close()} from closing the channel before it is forced. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
