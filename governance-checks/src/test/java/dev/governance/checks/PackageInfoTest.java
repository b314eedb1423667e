package dev.governance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every package in a main source set has a package-info that marks it {@code @NullMarked}
 * (JSpecify) and says whether it is public API or carries no compatibility promise.
 */
class PackageInfoTest {

  private static final String API = "public api";
  private static final String NO_PROMISE = "no compatibility promise";

  @Test
  void everyMainPackageHasADocumentedNullMarkedPackageInfo() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path dir : packages()) {
      problems.addAll(problems(dir));
    }

    assertThat(problems)
        .as("Add or fix these package-info.java files: each starts with a Javadoc paragraph on what"
            + " the package holds, says \"This package is public API.\" or \"No compatibility"
            + " promise.\" (internal packages), and annotates the package with"
            + " @org.jspecify.annotations.NullMarked")
        .isEmpty();
  }

  @Test
  void theCheckSeesThePackagesOfEveryModule() {
    Set<String> modules = new TreeSet<>();
    for (Path dir : packages()) {
      modules.add(Repository.root().relativize(dir).getName(0).toString());
    }

    assertThat(modules).contains("governance-core", "governance-okta-catalog", "governance-okta",
        "governance-testkit", "governance-cli");
  }

  @Test
  void aPackageInfoWithoutNullMarkedIsReported(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("A.java"), "package x;\nclass A {}\n");
    Files.writeString(dir.resolve("package-info.java"),
        "/** Things. This package is public API. */\npackage x;\n");

    assertThat(problems(dir)).singleElement().asString().contains("@NullMarked");
  }

  @Test
  void anInternalPackageThatPromisesApiIsReported(@org.junit.jupiter.api.io.TempDir Path root)
      throws IOException {
    Path dir = Files.createDirectories(root.resolve("internal"));
    Files.writeString(dir.resolve("A.java"), "package x.internal;\nclass A {}\n");
    Files.writeString(dir.resolve("package-info.java"), "/** Things. This package is public API."
        + " */\n@NullMarked\npackage x.internal;\n\nimport org.jspecify.annotations.NullMarked;\n");

    assertThat(problems(dir)).singleElement().asString().contains(NO_PROMISE);
  }

  @Test
  void aPackageWithoutPackageInfoIsReported(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("A.java"), "package x;\nclass A {}\n");

    assertThat(problems(dir)).singleElement().asString().contains("no package-info.java");
  }

  /** Directories of the main source sets that hold at least one Java type. */
  private static List<Path> packages() {
    Set<Path> dirs = new TreeSet<>();
    for (Path root : Repository.sourceRoots("main")) {
      for (Path file : Repository.javaFiles(root)) {
        if (!file.getFileName().toString().equals("package-info.java")) {
          dirs.add(file.getParent());
        }
      }
    }
    return List.copyOf(dirs);
  }

  private static List<String> problems(Path dir) throws IOException {
    Path info = dir.resolve("package-info.java");
    if (!Files.exists(info)) {
      return List.of(dir + ": no package-info.java");
    }
    String text = Files.readString(info);
    List<String> problems = new ArrayList<>();
    var declaration = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE).matcher(text);
    if (!declaration.find()) {
      return List.of(info + ": no package declaration");
    }
    String pkg = declaration.group(1);
    String head = text.substring(0, declaration.start());
    if (!head.strip().startsWith("/**")) {
      problems.add(info + ": no Javadoc comment describing the package");
    }
    boolean nullMarked = Pattern.compile("@(org\\.jspecify\\.annotations\\.)?NullMarked\\s*$").matcher(head.stripTrailing()).find()
        && (head.contains("@org.jspecify.annotations.NullMarked")
            || text.contains("import org.jspecify.annotations.NullMarked;"));
    if (!nullMarked) {
      problems.add(info + ": package " + pkg + " is not annotated @NullMarked");
    }
    String doc = head.toLowerCase(Locale.ROOT).replaceAll("\\s*\\*\\s*", " ");
    boolean internal = List.of(pkg.split("\\.")).contains("internal");
    if (internal && (!doc.contains(NO_PROMISE) || doc.contains(API))) {
      problems.add(info + ": an internal package must say that it carries " + NO_PROMISE);
    } else if (!internal && !doc.contains(API) && !doc.contains(NO_PROMISE)) {
      problems.add(info + ": say whether package " + pkg + " is public API or carries " + NO_PROMISE);
    }
    return problems;
  }
}
