package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code governance scan --connector ID} reads with any provider, with options made from its settings. */
class ScanConnectorTest {

  @TempDir Path dir;

  private Path demoExport() {
    Run run = Run.of("scan", "--demo", "--out", dir.resolve("demo").toString(), "--no-progress",
        "--save", "demo", "--home", dir.resolve("home").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return dir.resolve("demo");
  }

  private static void assertSameCsv(Path expected, Path actual) throws IOException {
    for (String file : List.of("entities.csv", "relations.csv", "coverage.csv")) {
      assertThat(Files.readString(actual.resolve(file))).as(file)
          .isEqualTo(Files.readString(expected.resolve(file)));
    }
  }

  @Test
  void theCsvExportOfAScanScansBackToTheSameFiles() throws IOException {
    Path demo = demoExport();

    Run run = Run.of("scan", "--connector", "file", "--entities", demo.resolve("entities.csv").toString(),
        "--relations", demo.resolve("relations.csv").toString(), "--out", dir.resolve("again").toString(),
        "--no-progress");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertSameCsv(demo, dir.resolve("again"));
  }

  @Test
  void theSavedSnapshotOfAScanScansBackWithTheJsonConnector() throws IOException {
    Path demo = demoExport();
    Path saved;
    try (Stream<Path> files = Files.list(dir.resolve("home/snapshots/demo"))) {
      saved = files.filter(f -> f.getFileName().toString().endsWith(".snapshot.json.gz")).findFirst().orElseThrow();
    }

    Run run = Run.of("scan", "--connector", "json", "--file", saved.toString(), "--out",
        dir.resolve("again").toString(), "--no-progress", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertSameCsv(demo, dir.resolve("again"));
  }

  @Test
  void aFileWithAProblemIsAUsageErrorThatNamesTheLineAndWritesNoReport() throws IOException {
    Path demo = demoExport();
    Path relations = demo.resolve("relations.csv");
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(relations));
    int row = 0;
    while (!lines.get(row).startsWith("MEMBERSHIP,IDENTITY,")) {
      row++;
    }
    lines.set(row, lines.get(row).replaceFirst("^MEMBERSHIP,IDENTITY,[^,]*,", "MEMBERSHIP,IDENTITY,u404,"));
    Files.write(relations, lines);

    Run run = Run.of("scan", "--connector", "file", "--entities", demo.resolve("entities.csv").toString(),
        "--relations", relations.toString(), "--out", dir.resolve("bad").toString(), "--no-progress");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("error: relations.csv line " + (row + 1) + ", column subject_id: 'u404' names no"
        + " IDENTITY in entities.csv; add the identity or remove the row");
    assertThat(dir.resolve("bad")).doesNotExist();
  }

  @Test
  void aMistypedOptionOfAConnectorIsRefusedWithTheClosestOne() {
    Run run = Run.of("scan", "--connector", "file", "--entites", "e.csv");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Unknown option '--entites'").contains("--entities");
  }

  @Test
  void anOptionOfAnotherConnectorIsRefusedAndNamesTheConnectorsThatTakeIt() {
    Run okta = Run.of("scan", "--entities", "e.csv", "--no-progress");
    Run file = Run.of("scan", "--connector", "file", "--entities", "e.csv", "--org", "https://acme.okta.com");

    assertThat(okta.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(okta.err()).contains("--entities is an option of --connector file, not of Okta's; add"
        + " --connector file, or drop --entities");
    assertThat(file.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(file.err()).contains("--org is not an option of --connector file; its options are"
        + " --entities, --relations, --coverage, --tenant, --max-problems");
  }

  @Test
  void aRequiredSettingLeftOutNamesItsOption() {
    Run run = Run.of("scan", "--connector", "json", "--no-progress");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--connector json needs --file PATH (The snapshot JSON file");
  }

  @Test
  void anUnknownConnectorListsTheKnownOnes() {
    Run run = Run.of("check", "--connector", "nope\u001B[2J");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("'nope\\u001B[2J'").contains("file").contains("json")
        .doesNotContainPattern("\\p{Cntrl}(?<![\\r\\n])");
  }

  @Test
  void checkReportsWhatTheFilesAllow() throws IOException {
    Path demo = demoExport();

    Run run = Run.of("check", "--connector", "file", "--entities", demo.resolve("entities.csv").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Access level: READ_ONLY");
  }

  @Test
  void helpListsTheOptionsOfEveryConnectorWithItsId() {
    Run run = Run.of("scan", "--help");

    assertThat(run.out()).contains("--connector=ID").contains("--entities=PATH")
        .contains("(--connector file)").contains("--file=PATH").contains("(--connector json)")
        .contains("--tenant=TENANT");
  }
}
