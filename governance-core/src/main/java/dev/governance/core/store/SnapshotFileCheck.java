package dev.governance.core.store;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Tells whether a snapshot file can be read, by reading it to its end once: a header alone says
 * nothing of a body torn after it, and a gzip file is only known whole when its trailer's length
 * and checksum match. A file under its final name never changes (it is written beside it and
 * renamed), so the verdict is kept for as long as its size and modification time stay the same.
 */
final class SnapshotFileCheck {

  /** What a check found. */
  sealed interface Verdict {
    /** A whole snapshot file and its header. */
    record Good(SnapshotFileFormat.Header header, long size) implements Verdict {}

    /** A file that cannot be read, and why. */
    record Bad(String reason) implements Verdict {}
  }

  private record Seen(long size, long modified, Verdict verdict) {}

  private final SnapshotFileFormat format;
  private final ConcurrentHashMap<Path, Seen> seen = new ConcurrentHashMap<>();

  SnapshotFileCheck(SnapshotFileFormat format) {
    this.format = format;
  }

  /**
   * Checks a file, or answers from an earlier check of the same file.
   *
   * @throws NoSuchFileException if the file was deleted meanwhile
   * @throws IOException if the file cannot be opened at all (permissions, I/O errors)
   */
  Verdict check(Path file) throws IOException {
    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
    long size = attrs.size();
    long modified = attrs.lastModifiedTime().toMillis();
    Seen known = seen.get(file);
    if (known != null && known.size() == size && known.modified() == modified) {
      return known.verdict();
    }
    Verdict verdict = read(file, size);
    seen.put(file, new Seen(size, modified, verdict));
    return verdict;
  }

  /** Forgets a file that was deleted. */
  void forget(Path file) {
    seen.remove(file);
  }

  private Verdict read(Path file, long size) throws IOException {
    if (size == 0) {
      return new Verdict.Bad("the file is empty");
    }
    SnapshotFileFormat.Header header;
    try (InputStream in = open(file)) {
      header = format.readHeader(in);
    } catch (NoSuchFileException gone) {
      throw gone;
    } catch (IOException | RuntimeException e) {
      return new Verdict.Bad(reason(e));
    }
    try (InputStream in = open(file)) {
      format.read(new FilterInputStream(in) {
        @Override
        public void close() {
          // kept open: the rest is drained below
        }
      });
      // Inflating to the end makes GZIPInputStream compare the trailer's length and checksum.
      in.transferTo(OutputStream.nullOutputStream());
    } catch (NoSuchFileException gone) {
      throw gone;
    } catch (IOException | RuntimeException e) {
      return new Verdict.Bad("its header is readable, but its body is torn or damaged ("
          + describe(e) + ")");
    }
    return new Verdict.Good(header, size);
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    if (e instanceof SnapshotFileFormat.UnsupportedVersionException && message != null) {
      return message;
    }
    return "it is damaged or not a snapshot file (" + describe(e) + ")";
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    int line = text.indexOf('\n');
    return line < 0 ? text : text.substring(0, line);
  }

  /** Opens a snapshot file, compressed or not: gzip files are told by their first two bytes. */
  static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
  }
}
