package dev.governance.core.integration;

import dev.governance.core.StorageFailureException;
import dev.governance.core.internal.AtomicFiles;
import dev.governance.core.spi.CheckpointStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The checkpoints of one integration in a directory, one file per key named by the key's SHA-256
 * (keys may be long, e.g. a page's URL) and holding the key, a line break and the value. Each save
 * replaces its file atomically (temporary file and rename) without forcing it to the disk: a killed
 * process leaves every finished save, a power loss may lose recent ones, which only costs a resumed
 * sync some calls again. Thread-safe: a key's file is replaced whole, never edited.
 */
final class DirectoryCheckpoints implements CheckpointStore {

  private static final String SUFFIX = ".checkpoint";

  private final Path directory;

  DirectoryCheckpoints(Path directory) {
    this.directory = directory;
  }

  @Override
  public Optional<String> load(String key) {
    Objects.requireNonNull(key, "key");
    try {
      String text = Files.readString(file(key), StandardCharsets.UTF_8);
      int eol = text.indexOf('\n');
      if (eol < 0 || !text.substring(0, eol).equals(key)) {
        return Optional.empty();
      }
      return Optional.of(text.substring(eol + 1));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw failure("read the checkpoint " + key, e);
    }
  }

  @Override
  public void save(String key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (key.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("A checkpoint key cannot hold a line break: " + key);
    }
    try {
      Files.createDirectories(directory);
      byte[] bytes = (key + "\n" + value).getBytes(StandardCharsets.UTF_8);
      AtomicFiles.writeUnforced(file(key), out -> out.write(bytes));
    } catch (IOException e) {
      throw failure("save the checkpoint " + key, e);
    }
  }

  @Override
  public void clear(String key) {
    Objects.requireNonNull(key, "key");
    try {
      Files.deleteIfExists(file(key));
    } catch (IOException e) {
      throw failure("clear the checkpoint " + key, e);
    }
  }

  @Override
  public List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (Path f : files()) {
      try {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        int eol = text.indexOf('\n');
        if (eol > 0) {
          keys.add(text.substring(0, eol));
        }
      } catch (NoSuchFileException e) {
        // Cleared meanwhile.
      } catch (IOException e) {
        throw failure("read the checkpoint " + f.getFileName(), e);
      }
    }
    return keys;
  }

  @Override
  public void clearAll() {
    try {
      for (Path f : files()) {
        Files.deleteIfExists(f);
      }
      if (Files.isDirectory(directory)) {
        AtomicFiles.deleteTemporaryFiles(directory);
      }
    } catch (IOException e) {
      throw failure("clear the checkpoints", e);
    }
  }

  /** Deletes the directory with every checkpoint in it, for a removed integration. */
  void delete() {
    clearAll();
    try {
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      throw failure("delete the checkpoint directory", e);
    }
  }

  private List<Path> files() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(directory)) {
      return s.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && !AtomicFiles.isTemporary(f)).toList();
    } catch (IOException e) {
      throw failure("list the checkpoints", e);
    }
  }

  private Path file(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return directory.resolve(HexFormat.of().formatHex(hash) + SUFFIX);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private StorageFailureException failure(String what, IOException e) {
    return new StorageFailureException(directory, "Cannot " + what + " in " + directory + ": " + e.getMessage()
        + "; check that the directory is writable", e);
  }
}
