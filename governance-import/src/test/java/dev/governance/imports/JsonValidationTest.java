package dev.governance.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem of a snapshot JSON file is named by line, column and JSON pointer. */
class JsonValidationTest {

  @TempDir Path dir;

  private static final String HEADER = "{\"format\":\"dev.governance.snapshot\",\"formatVersion\":2,\n"
      + "\"info\":{\"tenant\":\"https://acme.example.com\",\"connectorId\":\"bulk\","
      + "\"startedAt\":\"2026-11-23T08:00:00Z\",\"completedAt\":\"2026-11-23T08:01:00Z\"},\n";

  private Path file(String body) throws IOException {
    return Files.writeString(dir.resolve("upload.json"), HEADER + body);
  }

  private InvalidConfigurationException refused(Path file) {
    Throwable t = catchThrowable(() -> Fixtures.importWith("json", Map.of("file", file.toString())));
    assertThat(t).isInstanceOf(InvalidConfigurationException.class);
    return (InvalidConfigurationException) t;
  }

  @Test
  void aGrantToAnIdentityNotInTheFileNamesLineColumnAndPointer() throws IOException {
    Path f = file("\"entities\":[\n"
        + "  {\"kind\":\"IDENTITY\",\"id\":\"u1\",\"login\":\"ann\",\"status\":\"ACTIVE\"},\n"
        + "  {\"kind\":\"GROUP\",\"id\":\"g1\",\"name\":\"Sales\",\"type\":\"NATIVE\"}],\n"
        + "\"grants\":[\n"
        + "  {\"type\":\"MEMBERSHIP\",\"memberKind\":\"IDENTITY\",\"memberId\":\"u9\",\"groupId\":\"g1\","
        + "\"provenance\":{\"type\":\"DIRECT\"}}]}\n");

    InvalidConfigurationException x = refused(f);

    assertThat(x.getMessage()).isEqualTo("upload.json line 7, column 3 (/grants/0 (subject)): 'u9'"
        + " names no IDENTITY in upload.json; add the identity or remove the row");
    assertThat(x.setting()).isEqualTo("file");
  }

  @Test
  void badItemsAreEachReportedWithTheirPointer() throws IOException {
    Path f = file("\"entities\":[\n"
        + "  {\"kind\":\"IDENTITY\",\"id\":\"u1\",\"login\":\"ann\",\"status\":\"SLEEPING\"},\n"
        + "  {\"kind\":\"IDENTITY\",\"id\":\"u2\",\"status\":\"ACTIVE\"},\n"
        + "  {\"kind\":\"IDENTITY\",\"id\":\"u3\",\"login\":\"cy\",\"status\":\"ACTIVE\",\"created\":\"soon\"},\n"
        + "  {\"kind\":\"IDENTITY\",\"id\":\"u3\",\"login\":\"cy2\",\"status\":\"ACTIVE\"},\n"
        + "  {\"kind\":\"ALIEN\",\"id\":\"z\"}],\n"
        + "\"grants\":[]}\n");

    InvalidConfigurationException x = refused(f);

    assertThat(x.getSuppressed()).extracting(Throwable::getMessage).containsExactly(
        "upload.json line 4, column 3 (/entities/0/status): 'SLEEPING' is not a known status; use one of"
            + " ACTIVE, PENDING, LOCKED, SUSPENDED, DEACTIVATED, UNKNOWN",
        "upload.json line 5, column 3 (/entities/1): missing field 'login'",
        "upload.json line 6, column 3 (/entities/2): field 'created' is not an ISO-8601 instant such as"
            + " 2026-01-31T12:00:00Z: 'soon'",
        "upload.json line 7, column 3 (/entities/3/id): another IDENTITY has the id 'u3'; ids are unique"
            + " within a kind, so remove one or give it its own id",
        "upload.json line 8, column 3 (/entities/4): unknown entity kind 'ALIEN'");
  }

  @Test
  void aFileCutShortIsRefusedWhereTheJsonEnds() throws IOException {
    Path f = file("\"entities\":[\n  {\"kind\":\"IDENTITY\",\"id\":\"u1\",\"login\":\"ann\",\"stat");

    InvalidConfigurationException x = refused(f);

    assertThat(x.getMessage()).startsWith("upload.json line 4, column").contains("not valid JSON");
  }

  @Test
  void headerCountsThatTheFileDoesNotHoldFailTheImport() throws IOException {
    Path f = file("\"counts\":{\"IDENTITIES\":2},\n\"entities\":[\n"
        + "  {\"kind\":\"IDENTITY\",\"id\":\"u1\",\"login\":\"ann\",\"status\":\"ACTIVE\"}],\n\"grants\":[]}");

    assertThat(refused(f).getMessage()).isEqualTo("upload.json (/counts/IDENTITIES): the header counts 2"
        + " IDENTITIES but the file holds 1; the file may be cut short or edited. Export it again, or"
        + " correct or remove the count");
  }

  @Test
  void aNewerFormatVersionIsRefusedWithWhatToDo() throws IOException {
    Path f = Files.writeString(dir.resolve("new.json"),
        "{\"format\":\"dev.governance.snapshot\",\"formatVersion\":99,\"entities\":[],\"grants\":[]}");

    assertThat(refused(f).getMessage()).contains("(/formatVersion): format version 99 is not one this"
        + " release reads").endsWith("upgrade governance-import to read it");
  }

  @Test
  void coverageIsAsTheFileStatesItAndNeverCompleteForWhatItDoesNotHold() throws IOException {
    Path f = file("\"coverage\":{\"ROLES\":{\"state\":\"UNAVAILABLE\",\"reason\":\"not allowed\","
        + "\"cause\":\"PERMISSION\",\"missingPermissions\":[\"okta.roles.read\"]}},\n\"entities\":[\n"
        + "  {\"kind\":\"IDENTITY\",\"id\":\"u1\",\"login\":\"ann\",\"status\":\"ACTIVE\"}],\n\"grants\":[]}");

    Snapshot s = Fixtures.importWith("json", Map.of("file", f.toString()));

    assertThat(s.info().tenant()).isEqualTo("https://acme.example.com");
    assertThat(s.coverage(InventoryCollection.IDENTITIES)).isEqualTo(Coverage.complete());
    assertThat(s.coverage(InventoryCollection.ROLES)).isEqualTo(Coverage.unavailable("not allowed",
        java.util.Set.of("okta.roles.read"), Coverage.Cause.PERMISSION));
    assertThat(s.coverage(InventoryCollection.GROUPS)).isInstanceOfSatisfying(Coverage.Unavailable.class,
        u -> assertThat(u.cause()).isEqualTo(Coverage.Cause.BY_DESIGN));
  }

  @Test
  void aFileThatIsNotASnapshotSaysWhatItMustStartWith() throws IOException {
    Path f = Files.writeString(dir.resolve("other.json"), "[1,2,3]");

    assertThat(refused(f).getMessage()).isEqualTo("other.json line 1, column 1: not a snapshot file: it"
        + " must start with {\"format\":\"dev.governance.snapshot\",\"formatVersion\":2 (see docs/store.md)");
  }
}
