package dev.governance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.cli.Main;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README and {@code docs/} name only types and commands that exist: every backticked Java
 * type ({@code `SnapshotBuilder`}, {@code `OktaConnector.check()`}, {@code
 * `dev.governance.core.model`}) and every {@code governance <command>} in their code.
 */
class DocsNameWhatExistsTest {

  /**
   * Backticked words in the docs that look like Java types but name something else: HTTP headers,
   * a group Okta creates, and names from Okta's OpenAPI specification.
   */
  private static final Set<String> NOT_TYPES = Set.of(
      "Authorization", "DPoP", "Date", "ETag", "Link", "Everyone", "Remaining",
      "ErrorAccessDenied403", "ErrorResourceNotFound404", "ErrorTooManyRequests429",
      "PrincipalRateLimitsSSWSListAllExample", "CreateIAMStandardRoleResponseGroup");

  /** Backticked names in the docs that look like packages of this repository but are not. */
  private static final Set<String> NOT_PACKAGES = Set.of(
      "dev.governance.report", // the JSON report's schema id, docs/reports.md
      "dev.governance.snapshot"); // the snapshot file format's id, docs/store.md

  /** A backticked span that is a type, optionally qualified and optionally with a member. */
  private static final Pattern TYPE = Pattern.compile(
      "((?:[a-z]\\w*\\.)*)([A-Z]\\w*[a-z]\\w*)((?:[.#]\\w+(?:\\(.*\\))?)*)");
  private static final Pattern PACKAGE = Pattern.compile("dev\\.governance(?:\\.[a-z]\\w*)+");
  private static final Pattern COMMAND = Pattern.compile(
      "(?<![\\w/.-])governance(?:\\.jar)?[ \\t]+([a-z][\\w-]*)(?:[ \\t]+([a-z][\\w-]*))?");
  private static final Pattern FENCED = Pattern.compile("```[^\\n]*\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern INLINE = Pattern.compile("`([^`\\n]+)`");

  private static final Set<String> sourceTypes = new HashSet<>();
  private static final Set<String> qualifiedSourceTypes = new HashSet<>();
  private static final Set<String> sourcePackages = new HashSet<>();
  private static final Set<String> classpathTypes = new HashSet<>();

  @BeforeAll
  static void collectTypes() throws IOException {
    Pattern declared = Pattern.compile("\\b(?:class|interface|enum|record|@interface)\\s+([A-Z]\\w*)");
    for (Path root : Repository.sourceRoots("main", "test")) {
      for (Path file : Repository.javaFiles(root)) {
        String pkg = root.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
        sourcePackages.add(pkg);
        String name = file.getFileName().toString().replaceFirst("\\.java$", "");
        if (name.equals("package-info")) {
          continue;
        }
        sourceTypes.add(name);
        qualifiedSourceTypes.add(pkg + "." + name);
        Matcher m = declared.matcher(Files.readString(file));
        while (m.find()) {
          sourceTypes.add(m.group(1));
        }
      }
    }
    // The JDK and the libraries the published modules use (okta-sdk-java, Jackson, JUnit, picocli).
    try (ScanResult scan = new ClassGraph().enableSystemJarsAndModules().enableClassInfo()
        .ignoreClassVisibility().scan()) {
      for (ClassInfo c : scan.getAllClasses()) {
        classpathTypes.add(c.getSimpleName());
      }
    }
  }

  @Test
  void everyTypeTheDocsNameExists() throws IOException {
    List<String> unknown = new ArrayList<>();
    for (Path doc : docs()) {
      for (String span : inlineCode(Files.readString(doc))) {
        String problem = typeProblem(span);
        if (problem != null) {
          unknown.add(Repository.root().relativize(doc) + ": `" + span + "` " + problem);
        }
      }
    }

    assertThat(unknown)
        .as("Docs name types that exist nowhere in the sources, the JDK or the libraries; name the"
            + " real type, or add the word to NOT_TYPES if it is not a Java type")
        .isEmpty();
  }

  @Test
  void everyCommandTheDocsNameExists() throws IOException {
    CommandLine cli = Main.commandLine();
    List<String> unknown = new ArrayList<>();
    int seen = 0;
    for (Path doc : docs()) {
      String text = Files.readString(doc);
      List<String> code = new ArrayList<>(inlineCode(text));
      FENCED.matcher(text).results().forEach(r -> code.add(r.group(1)));
      for (String block : code) {
        Matcher m = COMMAND.matcher(block);
        while (m.find()) {
          seen++;
          CommandLine command = cli.getSubcommands().get(m.group(1));
          if (command == null) {
            unknown.add(Repository.root().relativize(doc) + ": governance " + m.group(1));
          } else if (!command.getSubcommands().isEmpty() && m.group(2) != null
              && !command.getSubcommands().containsKey(m.group(2))) {
            unknown.add(Repository.root().relativize(doc) + ": governance " + m.group(1) + " " + m.group(2));
          }
        }
      }
    }

    assertThat(seen).as("commands found in the docs").isPositive();
    assertThat(unknown)
        .as("Docs name commands that 'governance --help' does not list: %s", cli.getSubcommands().keySet())
        .isEmpty();
  }

  @Test
  void aTypeThatExistsNowhereIsReported() {
    assertThat(typeProblem("OktaSyncBench")).isNotNull();
    assertThat(typeProblem("dev.governance.core.model.NoSuchThing")).isNotNull();
    assertThat(typeProblem("dev.governance.nosuchpackage")).isNotNull();
  }

  @Test
  void typesFromTheSourcesTheJdkAndTheLibrariesAreKnown() {
    assertThat(typeProblem("SyncBenchmark")).isNull();
    assertThat(typeProblem("OktaConnector.check()")).isNull();
    assertThat(typeProblem("dev.governance.core.model.Identity")).isNull();
    assertThat(typeProblem("dev.governance.core.model")).isNull();
    assertThat(typeProblem("ServiceLoader")).isNull();
    assertThat(typeProblem("UserApi.listUsers")).isNull();
    assertThat(typeProblem("USER_ADMIN")).isNull();
  }

  /** Why a backticked span names no existing type, or {@code null} when it does (or is no type). */
  private static String typeProblem(String span) {
    String s = span.strip();
    if (PACKAGE.matcher(s).matches()) {
      return sourcePackages.contains(s) || qualifiedSourceTypes.contains(s) || NOT_PACKAGES.contains(s)
          ? null : "is no package of this repository";
    }
    Matcher m = TYPE.matcher(s);
    if (!m.matches()) {
      return null;
    }
    String qualifier = m.group(1);
    String type = m.group(2);
    if (qualifier.startsWith("dev.governance.")) {
      return qualifiedSourceTypes.contains(qualifier + type) ? null : "is no type of this repository";
    }
    if (sourceTypes.contains(type) || classpathTypes.contains(type) || NOT_TYPES.contains(type)) {
      return null;
    }
    return "is no type of this repository, the JDK or its libraries";
  }

  private static List<Path> docs() throws IOException {
    List<Path> docs = new ArrayList<>();
    docs.add(Repository.root().resolve("README.md"));
    try (Stream<Path> files = Files.list(Repository.root().resolve("docs"))) {
      files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  /** Inline code spans outside fenced blocks. */
  private static List<String> inlineCode(String markdown) {
    String prose = FENCED.matcher(markdown).replaceAll("");
    return INLINE.matcher(prose).results().map(r -> r.group(1)).toList();
  }
}
