package dev.governance.imports.internal;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.StorageFailureException;
import dev.governance.core.internal.Quoted;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens the files an import reads, with errors that name the setting and say what to do. */
final class Files {

  private Files() {}

  /**
   * Opens a file, gunzipping it when it starts with gzip's magic bytes.
   *
   * @param setting the setting that named it
   * @param file the file
   * @throws InvalidConfigurationException if it does not exist, is a directory or may not be read
   */
  static InputStream open(String setting, Path file) {
    try {
      if (java.nio.file.Files.isDirectory(file)) {
        throw new InvalidConfigurationException(setting, "The setting '" + setting + "' names the"
            + " directory " + Quoted.quote(file.toString()) + "; name a file in it");
      }
      InputStream in = new BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 16);
      in.mark(2);
      int first = in.read();
      int second = in.read();
      in.reset();
      if (first == 0x1f && second == 0x8b) {
        return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
      }
      return in;
    } catch (NoSuchFileException e) {
      throw new InvalidConfigurationException(setting, "The file " + Quoted.quote(file.toString())
          + " of the setting '" + setting + "' does not exist; check the path", e);
    } catch (AccessDeniedException e) {
      throw new InvalidConfigurationException(setting, "The file " + Quoted.quote(file.toString())
          + " of the setting '" + setting + "' may not be read; check its permissions", e);
    } catch (IOException e) {
      throw failed(file, e);
    }
  }

  /** A file that could not be read to its end. */
  static StorageFailureException failed(Path file, IOException e) {
    return new StorageFailureException(file, "Cannot read " + Quoted.quote(file.toString()) + " ("
        + e.getMessage() + "); check the disk and the file, then import again", e);
  }

  /** The file's name, as messages name it. */
  static String name(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }
}
