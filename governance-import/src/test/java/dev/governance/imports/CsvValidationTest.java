package dev.governance.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.report.CsvReport;
import dev.governance.core.snapshot.Snapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem of the CSV files is named by file, line and column, with what to do. */
class CsvValidationTest {

  @TempDir Path dir;

  /** A row of a file with these columns, its values given by column name. */
  static String row(List<String> columns, String... pairs) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    assertThat(columns).containsAll(values.keySet());
    return columns.stream().map(c -> values.getOrDefault(c, "")).collect(Collectors.joining(","));
  }

  static String entity(String... pairs) {
    return row(CsvReport.ENTITY_COLUMNS, pairs);
  }

  static String relation(String... pairs) {
    return row(CsvReport.RELATION_COLUMNS, pairs);
  }

  private Path write(String name, List<String> header, String... rows) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", header));
    lines.addAll(Arrays.asList(rows));
    return Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
  }

  private Path entities(String... rows) throws IOException {
    return write("entities.csv", CsvReport.ENTITY_COLUMNS, rows);
  }

  private Path relations(String... rows) throws IOException {
    return write("relations.csv", CsvReport.RELATION_COLUMNS, rows);
  }

  private static final String ANN = entity("kind", "IDENTITY", "id", "u1", "name", "ann@acme.com", "status", "ACTIVE");
  private static final String SALES = entity("kind", "GROUP", "id", "g1", "name", "Sales", "type", "NATIVE");

  private Snapshot load(Path entities, Path relations) {
    return Fixtures.importWith("file", Map.of("entities", entities.toString(), "relations", relations.toString()));
  }

  private InvalidConfigurationException refused(Path entities, Path relations) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> load(entities, relations));
    assertThat(t).isInstanceOf(InvalidConfigurationException.class);
    return (InvalidConfigurationException) t;
  }

  @Test
  void aRelationToAnIdentityNotInTheEntitiesNamesFileLineAndColumn() throws IOException {
    Path e = entities(ANN, SALES);
    Path r = relations(relation("kind", "MEMBERSHIP", "subject_kind", "IDENTITY", "subject_id", "u1",
        "target_kind", "GROUP", "target_id", "g1"), relation("kind", "MEMBERSHIP", "subject_kind",
        "IDENTITY", "subject_id", "u9", "target_kind", "GROUP", "target_id", "g1"));

    InvalidConfigurationException x = refused(e, r);

    assertThat(x.getMessage()).isEqualTo("relations.csv line 3, column subject_id: 'u9' names no"
        + " IDENTITY in entities.csv; add the identity or remove the row");
    assertThat(x.setting()).isEqualTo("relations");
  }

  @Test
  void eachKindOfBadValueIsReportedAtItsColumnAndAllAreListedAtOnce() throws IOException {
    Path e = entities(
        ANN,
        entity("kind", "PERSON", "id", "x1"),
        entity("kind", "IDENTITY", "id", "u2", "name", "bob@acme.com", "status", "ACTIVE", "created", "yesterday"),
        entity("kind", "IDENTITY", "id", "u1", "name", "ann2@acme.com", "status", "ACTIVE"),
        entity("kind", "GROUP", "id", "g2", "type", "NATIVE"),
        entity("kind", "IDENTITY", "id", "u3", "name", "cy@acme.com", "status", "SLEEPING"),
        entity("kind", "GROUP", "id", "g3", "name", "Ops", "type", "NATIVE", "email", "ops@acme.com"),
        entity("kind", "API_TOKEN", "id", "t1", "name", "CI", "related_kind", "IDENTITY", "related_id", "u7"));
    Path r = relations();

    InvalidConfigurationException x = refused(e, r);

    assertThat(x.getSuppressed()).extracting(Throwable::getMessage).containsExactly(
        "entities.csv line 3, column kind: 'PERSON' is not a known kind; use one of IDENTITY, GROUP,"
            + " APPLICATION, ROLE, API_TOKEN, AUTH_FACTOR, GROUP_RULE",
        "entities.csv line 4, column created: 'yesterday' is not an ISO-8601 instant in UTC; write it"
            + " as 2026-01-31T12:00:00Z",
        "entities.csv line 5, column id: another IDENTITY row has the id 'u1'; ids are unique within a"
            + " kind, so remove one of the rows or give it its own id",
        "entities.csv line 6, column name: missing name; every such row needs one",
        "entities.csv line 7, column status: 'SLEEPING' is not a known status; use one of "
            + Arrays.stream(dev.governance.core.model.IdentityStatus.values()).map(Enum::name)
                .collect(Collectors.joining(", ")),
        "entities.csv line 8, column email: the column does not apply to a GROUP row; leave it empty",
        "entities.csv line 9, column related_id: 'u7' names no IDENTITY in entities.csv; add the"
            + " identity or remove the row");
    assertThat(x.getMessage()).startsWith("7 problems: 1) entities.csv line 3, column kind:");
    assertThat(x.getSuppressed()).allSatisfy(s ->
        assertThat(((InvalidConfigurationException) s).setting()).isEqualTo("entities"));
  }

  @Test
  void badRelationsAreReportedAtTheirColumns() throws IOException {
    Path e = entities(ANN, SALES);
    Path r = relations(
        relation("kind", "FRIENDSHIP", "subject_kind", "IDENTITY", "subject_id", "u1", "target_kind", "GROUP", "target_id", "g1"),
        relation("kind", "MEMBERSHIP", "subject_kind", "IDENTITY", "subject_id", "u1", "target_kind", "ROLE", "target_id", "g1"),
        relation("kind", "MEMBERSHIP", "subject_kind", "IDENTITY", "subject_id", "u1", "target_kind", "GROUP", "target_id", "g1",
            "provenance", "VIA_GROUP"),
        relation("kind", "SCOPE_GRANT", "subject_kind", "APPLICATION", "subject_id", "a1", "target_kind", "SCOPE",
            "target_id", "okta.users.read", "source", "ADMIN"),
        relation("kind", "ROLE_ASSIGNMENT", "subject_kind", "IDENTITY", "subject_id", "u1", "target_kind", "ROLE",
            "target_id", "SUPER_ADMIN", "targets", "GROUP:g1 nonsense"));

    InvalidConfigurationException x = refused(e, r);

    assertThat(x.getSuppressed()).extracting(Throwable::getMessage).containsExactly(
        "relations.csv line 2, column kind: 'FRIENDSHIP' is not a known kind; use one of MEMBERSHIP,"
            + " APP_ASSIGNMENT, ROLE_ASSIGNMENT, SCOPE_GRANT",
        "relations.csv line 3, column target_kind: a MEMBERSHIP gives GROUP, not 'ROLE'; fix the kind"
            + " or the target",
        "relations.csv line 4, column provenance_id: missing the id of the group that VIA_GROUP names",
        "relations.csv line 5, column access: missing access; write one of READ, WRITE, UNKNOWN",
        "relations.csv line 5, column issuer: missing issuer (the authorization server's URL); every"
            + " such row needs one",
        "relations.csv line 6, column targets: 'nonsense' is not a target; write KIND:id, e.g. GROUP:00g1"
            + " or APPLICATION:0oa2");
  }

  @Test
  void aQuotedFieldLeftOpenIsReportedAtTheLineItStartsOn() throws IOException {
    Path e = entities(ANN, "GROUP,g1,\"Sales" + ",".repeat(CsvReport.ENTITY_COLUMNS.size() - 3), SALES);

    InvalidConfigurationException x = refused(e, relations());

    assertThat(x.getMessage()).isEqualTo("entities.csv line 3: a quoted field that starts on this"
        + " line is never closed; close it with \" (and double every \" inside it)");
  }

  @Test
  void anUnknownColumnIsReportedInTheHeaderWithTheKnownOnes() throws IOException {
    Path e = Files.writeString(dir.resolve("entities.csv"), "kind,id,emial\r\nIDENTITY,u1,x\r\n");

    InvalidConfigurationException x = refused(e, relations());

    assertThat(x.getMessage()).startsWith("entities.csv line 1, column 'emial': not a column of"
        + " entities.csv (format version 2); the columns are kind, id, name,");
  }

  @Test
  void aRowWithMoreFieldsThanTheHeaderSaysToQuoteCommas() throws IOException {
    Path e = Files.writeString(dir.resolve("entities.csv"), "kind,id,name,status\r\n"
        + "IDENTITY,u1,Smith, Ann,ACTIVE\r\n");

    assertThat(refused(e, relations()).getMessage()).isEqualTo("entities.csv line 2: the row has 5"
        + " fields but the header 4; quote a field that holds a comma, and give every row the header's columns");
  }

  @Test
  void problemsAreBoundedAndTheListSaysWhereItStopped() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      rows.add(entity("kind", "IDENTITY", "id", "u" + i, "name", "n" + i, "status", "BAD"));
    }
    Path e = entities(rows.toArray(String[]::new));

    InvalidConfigurationException x = refused(e, relations());

    assertThat(x.getSuppressed()).hasSize(101);
    assertThat(x.getSuppressed()[99].getMessage()).startsWith("entities.csv line 101, column status:");
    assertThat(x.getSuppressed()[100].getMessage()).isEqualTo("The import stopped after 100 problems;"
        + " fix these and import again to see the rest");
  }

  @Test
  void aCountInCoverageCsvThatTheFilesDoNotHoldFailsTheImport() throws IOException {
    Path e = entities(ANN);
    write("coverage.csv", CsvReport.COVERAGE_COLUMNS, "IDENTITIES,COMPLETE,,,,2");

    assertThat(refused(e, relations()).getMessage()).isEqualTo("coverage.csv line 2, column count:"
        + " states 2 IDENTITIES but the files hold 1; a file may have been cut short or edited."
        + " Export the files again, or correct or empty the count");
  }

  @Test
  void withoutCoverageCsvOnlyCollectionsWithRowsAreComplete() throws IOException {
    Snapshot s = load(entities(ANN, SALES), relations(relation("kind", "MEMBERSHIP", "subject_kind",
        "IDENTITY", "subject_id", "u1", "target_kind", "GROUP", "target_id", "g1")));

    assertThat(s.coverage(InventoryCollection.IDENTITIES)).isEqualTo(Coverage.complete());
    assertThat(s.coverage(InventoryCollection.MEMBERSHIPS)).isEqualTo(Coverage.complete());
    assertThat(s.coverage(InventoryCollection.ROLES)).isInstanceOfSatisfying(Coverage.Unavailable.class, u -> {
      assertThat(u.cause()).isEqualTo(Coverage.Cause.BY_DESIGN);
      assertThat(u.reason()).isEqualTo("entities.csv and relations.csv hold no roles and do not say"
          + " whether the tenant has any; add a coverage.csv that states it (scan's CSV export writes one)");
    });
  }

  @Test
  void coverageCsvDecidesEvenForACollectionWithoutRows() throws IOException {
    write("coverage.csv", CsvReport.COVERAGE_COLUMNS, "ROLES,COMPLETE,,,,0",
        "IDENTITIES,PARTIAL,PERMISSION,only the first page,,1");

    Snapshot s = load(entities(ANN), relations(relation("kind", "MEMBERSHIP", "subject_kind",
        "IDENTITY", "subject_id", "u8", "target_kind", "GROUP", "target_id", "g1")));

    assertThat(s.coverage(InventoryCollection.ROLES)).isEqualTo(Coverage.complete());
    assertThat(s.coverage(InventoryCollection.IDENTITIES))
        .isEqualTo(Coverage.partial("only the first page", Coverage.Cause.PERMISSION));
    // identities were read in part and groups not at all: the membership may name either
    assertThat(s.grants()).hasSize(1);
  }

  @Test
  void quotedInputInAMessageIsEscapedAndShortened() throws IOException {
    String hostile = "\u001B[2J" + "x".repeat(200);
    Path e = entities(entity("kind", "IDENTITY", "id", "u1", "name", "ann", "status", hostile));

    String message = refused(e, relations()).getMessage();

    assertThat(message).doesNotContain("\u001B").contains("\\u001B[2J").contains("(204 characters)");
  }

  @Test
  void aMissingFileNamesTheSetting() {
    assertThatThrownBy(() -> load(dir.resolve("nope.csv"), dir.resolve("r.csv")))
        .isInstanceOfSatisfying(InvalidConfigurationException.class,
            x -> assertThat(x.setting()).isEqualTo("entities"))
        .hasMessageContaining("does not exist");
  }
}
