package dev.governance.imports.internal;

import dev.governance.core.internal.Quoted;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.report.CsvReport;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.ProgressEvent;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Imports the CSV files of {@code CsvReport}: {@code coverage.csv} first (when there is one), then
 * {@code entities.csv}, then {@code relations.csv}, each streamed row by row into the sink. Only
 * the ids of entities are kept, to check the references of later rows; a problem stops the rows
 * going to the sink, and the import fails once every file is read (or the bound of problems is
 * reached), so that a caller that keeps a snapshot only when {@code collect} returns keeps
 * nothing of a file with a problem.
 */
public final class CsvImport {

  /** The setting names, as problems name them. */
  static final String ENTITIES = "entities";
  static final String RELATIONS = "relations";
  static final String COVERAGE = "coverage";

  /**
   * Rows per page: after each, the import reports its progress and checks the cancellation
   * token, as a connector does between the pages of an API.
   */
  static final int PAGE = 1_000;

  private final Path entities;
  private final @Nullable Path relations;
  private final @Nullable Path coverage;
  private final int maxProblems;

  /**
   * Creates an import of the files.
   *
   * @param entities {@code entities.csv}
   * @param relations {@code relations.csv}, or {@code null} for no grants
   * @param coverage {@code coverage.csv}, or {@code null} when the files state no coverage
   * @param maxProblems the most problems collected before the import stops reading
   */
  public CsvImport(Path entities, @Nullable Path relations, @Nullable Path coverage, int maxProblems) {
    this.entities = entities;
    this.relations = relations;
    this.coverage = coverage;
    this.maxProblems = maxProblems;
  }

  /** A reference an entity row makes, checked once every entity is read. */
  private record Pending(long line, Inventory.Reference ref) {}

  /** A count {@code coverage.csv} states, checked once every row is read. */
  private record StatedCount(long line, long count) {}

  /**
   * Reads the files into a sink.
   *
   * @param plan the collections to put into the sink; the others are read and checked, not kept
   * @param sink where the entities, grants and coverage go
   * @param context cancellation, progress and the clock
   * @return what the import cost: no API calls, the time it took, what it assumed
   * @throws dev.governance.core.InvalidConfigurationException listing every problem found (at most
   *     the bound), each naming the file, line and column
   */
  public SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext context) {
    Instant start = context.clock().instant();
    Problems problems = new Problems(maxProblems);
    Inventory inventory = new Inventory();
    Map<InventoryCollection, StatedCount> counts = new EnumMap<>(InventoryCollection.class);
    List<String> assumptions = new ArrayList<>();
    Path coverageFile = coverage;
    if (coverageFile != null) {
      readCoverage(coverageFile, problems, inventory, counts);
      assumptions.add("coverage as " + Files.name(coverageFile) + " states it");
    } else {
      assumptions.add("no coverage.csv: a collection with rows in the files is complete, one"
          + " without rows unavailable");
    }
    if (!problems.full()) {
      readEntities(plan, sink, context, problems, inventory);
    }
    Path relationsFile = relations;
    if (relationsFile != null && !problems.full()) {
      readRelations(relationsFile, plan, sink, context, problems, inventory);
    }
    counts.forEach((c, stated) -> {
      if (stated.count() != inventory.count(c)) {
        problems.add(COVERAGE, Files.name(java.util.Objects.requireNonNull(coverageFile)) + " line "
            + stated.line() + ", column count", "states " + stated.count() + " " + c + " but the files"
            + " hold " + inventory.count(c) + "; a file may have been cut short or edited. Export the"
            + " files again, or correct or empty the count");
      }
    });
    problems.throwIfAny();
    String source = Files.name(entities) + (relationsFile == null ? "" : " and " + Files.name(relationsFile));
    for (InventoryCollection c : plan.collections()) {
      sink.coverage(c, inventory.coverage(c, source,
          "add a coverage.csv that states it (scan's CSV export writes one)"));
    }
    return new SyncResult(Map.of(), Map.of(), 0, Duration.between(start, context.clock().instant()),
        assumptions, List.of());
  }

  private void readEntities(SyncPlan plan, InventorySink sink, SyncContext context, Problems problems,
      Inventory inventory) {
    String file = Files.name(entities);
    List<Pending> pending = new ArrayList<>();
    try (BufferedReader in = reader(ENTITIES, entities)) {
      CsvRecords records = new CsvRecords(in);
      CsvFields f = CsvFields.header(file, ENTITIES, problems, records.next(),
          CsvReport.ENTITY_COLUMNS, List.of("kind", "id"));
      if (f == null) {
        return;
      }
      long rows = 0;
      for (CsvRecords.Row row = records.next(); row != null && !problems.full(); row = records.next()) {
        if (CsvFields.blank(row) || !f.start(row)) {
          continue;
        }
        rows++;
        long line = row.line();
        Entity e = CsvEntities.read(f, ref -> pending.add(new Pending(line, ref)));
        EntityKind kind = e != null ? e.kind() : kindOf(f);
        String id = e != null ? e.id() : f.text("id");
        if (kind != null && id != null && !id.isBlank() && !inventory.addEntity(kind, id)) {
          f.problem("id", "another " + kind + " row has the id " + Quoted.quote(id) + "; ids are"
              + " unique within a kind, so remove one of the rows or give it its own id");
          continue;
        }
        if (e != null && !problems.any() && plan.includes(e.kind().collection())) {
          sink.entity(e);
        }
        if (rows % PAGE == 0) {
          if (kind != null) {
            progress(context, kind.collection(), inventory.count(kind.collection()));
          }
          context.cancellation().throwIfCancelled("the import of " + file);
        }
      }
    } catch (CsvRecords.MalformedException e) {
      problems.add(ENTITIES, file + " line " + e.line, String.valueOf(e.getMessage()));
    } catch (java.nio.charset.CharacterCodingException e) {
      problems.add(ENTITIES, file, "the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in a spreadsheet)");
    } catch (IOException e) {
      throw Files.failed(entities, e);
    }
    for (Pending p : pending) {
      inventory.missing(p.ref(), file).ifPresent(m ->
          problems.add(ENTITIES, file + " line " + p.line() + ", column " + p.ref().field(), m));
    }
  }

  private void readRelations(Path file, SyncPlan plan, InventorySink sink, SyncContext context,
      Problems problems, Inventory inventory) {
    String name = Files.name(file);
    String entitiesName = Files.name(entities);
    try (BufferedReader in = reader(RELATIONS, file)) {
      CsvRecords records = new CsvRecords(in);
      CsvFields f = CsvFields.header(name, RELATIONS, problems, records.next(),
          CsvReport.RELATION_COLUMNS, List.of("kind", "subject_kind", "subject_id", "target_kind",
              "target_id"));
      if (f == null) {
        return;
      }
      long rows = 0;
      for (CsvRecords.Row row = records.next(); row != null && !problems.full(); row = records.next()) {
        if (CsvFields.blank(row) || !f.start(row)) {
          continue;
        }
        if (++rows % PAGE == 0) {
          context.cancellation().throwIfCancelled("the import of " + name);
        }
        Grant g = CsvRelations.read(f);
        if (g == null) {
          continue;
        }
        for (Inventory.Reference ref : Inventory.references(g)) {
          inventory.missing(ref, entitiesName).ifPresent(m -> f.problem(CsvRelations.column(ref), m));
        }
        inventory.countGrant(g.collection());
        if (!problems.any() && plan.includes(g.collection())) {
          sink.grant(g);
        }
        if (rows % PAGE == 0) {
          progress(context, g.collection(), inventory.count(g.collection()));
        }
      }
    } catch (CsvRecords.MalformedException e) {
      problems.add(RELATIONS, name + " line " + e.line, String.valueOf(e.getMessage()));
    } catch (java.nio.charset.CharacterCodingException e) {
      problems.add(RELATIONS, name, "the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in a spreadsheet)");
    } catch (IOException e) {
      throw Files.failed(file, e);
    }
  }

  private static void readCoverage(Path file, Problems problems, Inventory inventory,
      Map<InventoryCollection, StatedCount> counts) {
    String name = Files.name(file);
    try (BufferedReader in = reader(COVERAGE, file)) {
      CsvRecords records = new CsvRecords(in);
      CsvFields f = CsvFields.header(name, COVERAGE, problems, records.next(),
          CsvReport.COVERAGE_COLUMNS, List.of("collection", "state"));
      if (f == null) {
        return;
      }
      for (CsvRecords.Row row = records.next(); row != null && !problems.full(); row = records.next()) {
        if (CsvFields.blank(row) || !f.start(row)) {
          continue;
        }
        InventoryCollection c = f.constant("collection", InventoryCollection.class, true);
        Coverage coverage = CsvCoverage.read(f);
        String count = f.text("count");
        Long n = null;
        if (count != null) {
          try {
            n = Long.parseLong(count.strip());
          } catch (NumberFormatException e) {
            f.problem("count", Quoted.quote(count) + " is not a count; write a whole number, or"
                + " leave it empty");
          }
        }
        if (c == null || coverage == null || f.failed()) {
          continue;
        }
        if (inventory.stated(c).isPresent()) {
          f.problem("collection", c + " is stated twice; keep one row per collection");
          continue;
        }
        inventory.state(c, coverage);
        if (n != null) {
          counts.put(c, new StatedCount(f.line(), n));
        }
      }
    } catch (CsvRecords.MalformedException e) {
      problems.add(COVERAGE, name + " line " + e.line, String.valueOf(e.getMessage()));
    } catch (java.nio.charset.CharacterCodingException e) {
      problems.add(COVERAGE, name, "the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in a spreadsheet)");
    } catch (IOException e) {
      throw Files.failed(file, e);
    }
  }

  private static @Nullable EntityKind kindOf(CsvFields f) {
    String text = f.text("kind");
    if (text == null) {
      return null;
    }
    for (EntityKind k : EntityKind.values()) {
      if (k.name().equalsIgnoreCase(text.strip())) {
        return k;
      }
    }
    return null;
  }

  private static void progress(SyncContext context, InventoryCollection c, long items) {
    context.progress().onProgress(new ProgressEvent(c, items, Map.of(), 0, null));
  }

  private static BufferedReader reader(String setting, Path file) {
    return new BufferedReader(new InputStreamReader(Files.open(setting, file),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
  }
}
