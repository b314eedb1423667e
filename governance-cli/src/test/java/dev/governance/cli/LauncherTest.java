package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code governance} launcher, run with {@code sh} beside a stand-in {@code governance.jar} that
 * prints the JVM options it was given and its arguments.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {

  @TempDir Path dir;
  private Path launcher;
  private Path cache;

  @BeforeEach
  void install() throws IOException {
    launcher = Files.copy(Path.of("src/main/sh/governance"), dir.resolve("governance"));
    cache = dir.resolve("cache");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
    String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(dir.resolve("governance.jar")), manifest);
        var probe = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
      jar.putNextEntry(new JarEntry(entry));
      probe.transferTo(jar);
      jar.closeEntry();
    }
  }

  @Test
  void theFirstScanWritesAClassDataArchiveThatTheNextCommandsUse() throws Exception {
    List<String> first = run(Map.of(), "scan", "--demo", "--out", "a report");

    assertThat(first).contains("jvm -XX:TieredStopAtLevel=1", "jvm -XX:+UseSerialGC")
        .anyMatch(l -> l.startsWith("jvm -XX:ArchiveClassesAtExit=" + cache));
    assertThat(first).containsSubsequence("arg scan", "arg --demo", "arg --out", "arg a report");
    List<Path> archives = files(cache);
    assertThat(archives).hasSize(1).allMatch(p -> p.getFileName().toString().matches("governance-\\d+\\.jsa"));

    List<String> next = run(Map.of(), "check", "--demo");
    assertThat(next).contains("jvm -XX:SharedArchiveFile=" + archives.get(0), "jvm -XX:TieredStopAtLevel=1");
    assertThat(files(cache)).isEqualTo(archives);
  }

  @Test
  void aRebuiltJarGetsAnArchiveOfItsOwn() throws Exception {
    run(Map.of(), "scan", "--demo");
    List<Path> before = files(cache);
    Files.setLastModifiedTime(dir.resolve("governance.jar"), java.nio.file.attribute.FileTime.fromMillis(86_400_000L));

    List<String> rebuilt = run(Map.of(), "scan", "--demo");

    assertThat(before).hasSize(1);
    assertThat(rebuilt).noneMatch(l -> l.startsWith("jvm -XX:SharedArchiveFile="));
    assertThat(files(cache)).hasSize(2).containsAll(before);
  }

  @Test
  void onlyAScanWritesTheArchive() throws Exception {
    List<String> options = run(Map.of(), "diff", "--help");

    assertThat(options).contains("jvm -XX:TieredStopAtLevel=1").noneMatch(l -> l.contains("Archive"));
    assertThat(files(cache)).isEmpty();
  }

  @Test
  void theServersAndTheWorkerKeepTheJvmsDefaults() throws Exception {
    for (List<String> command : List.of(List.of("fake-okta", "--port", "18000"), List.of("fake-scim"),
        List.of("integrations", "worker", "--home", "h"))) {
      List<String> options = run(Map.of(), command.toArray(String[]::new));
      assertThat(options).as("%s", command).noneMatch(l -> l.contains("TieredStopAtLevel") || l.contains("Archive")
          || l.contains("SerialGC"));
    }
    assertThat(run(Map.of(), "integrations", "list")).contains("jvm -XX:TieredStopAtLevel=1");
  }

  @Test
  void governanceOptsReachTheJvmAndCdsOffWritesNoArchive() throws Exception {
    List<String> options = run(Map.of("GOVERNANCE_OPTS", "-Xmx64m -Dx=1", "GOVERNANCE_CDS", "off"), "scan", "--demo");

    assertThat(options).contains("jvm -Xmx64m", "jvm -Dx=1").noneMatch(l -> l.contains("Archive"));
    assertThat(files(cache)).isEmpty();
  }

  @Test
  void withoutTheJarBesideItTheLauncherSaysWhatIsMissing() throws Exception {
    Files.delete(dir.resolve("governance.jar"));
    Process p = start(Map.of(), "scan");
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor()).isEqualTo(2);
    assertThat(err).contains("governance.jar is missing; keep this script beside governance.jar");
  }

  private List<String> run(Map<String, String> env, String... args) throws Exception {
    Process p = start(env, args);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(err).as("nothing on standard error").isEmpty();
    return out.lines().toList();
  }

  private Process start(Map<String, String> env, String... args) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of("sh", launcher.toString()), Stream.of(args)).toList());
    pb.environment().put("GOVERNANCE_CACHE", cache.toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().remove("GOVERNANCE_OPTS");
    pb.environment().remove("GOVERNANCE_CDS");
    pb.environment().putAll(env);
    Process p = pb.start();
    try (OutputStream in = p.getOutputStream()) {
      // nothing to say
    }
    return p;
  }

  private static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
