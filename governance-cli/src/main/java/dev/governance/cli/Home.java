package dev.governance.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** The home directory of the command: {@code --home}, or {@code ~/.governance}. */
final class Home {
  private Home() {}

  static Path resolve(@Nullable Path home) {
    return home != null ? home : Path.of(System.getProperty("user.home"), ".governance");
  }
}
