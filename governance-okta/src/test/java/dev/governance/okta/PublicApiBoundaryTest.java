package dev.governance.okta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PublicApiBoundaryTest {

  private static final Path MAIN = Path.of("src/main/java/dev/governance/okta");

  @Test
  void oktaSdkTypesAppearOnlyInInternalPackages() throws IOException {
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(MAIN)) {
      offenders =
          files
              .filter(file -> file.toString().endsWith(".java"))
              .filter(file -> !MAIN.relativize(file).startsWith("internal"))
              .filter(PublicApiBoundaryTest::mentionsOktaSdk)
              .toList();
    }

    assertThat(offenders).as("public classes that mention com.okta.sdk").isEmpty();
  }

  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    try (Stream<Path> dirs = Files.walk(MAIN)) {
      assertThat(dirs.filter(Files::isDirectory).toList())
          .allSatisfy(dir -> assertThat(dir.resolve("package-info.java")).exists());
    }
  }

  private static boolean mentionsOktaSdk(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).contains("com.okta.sdk");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
