package dev.governance.imports;

import dev.governance.core.model.EntityKind;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.core.spi.ConnectorSettings;
import dev.governance.core.spi.Setting;
import dev.governance.core.spi.SettingType;
import dev.governance.core.spi.SettingValues;
import dev.governance.imports.internal.CsvImport;
import dev.governance.imports.internal.ImportConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code file} connector provider: reads a tenant from the CSV files that {@code
 * dev.governance.core.report.CsvReport} writes ({@code entities.csv}, {@code relations.csv} and
 * {@code coverage.csv}, format version 2, described in docs/reports.md), so that an export imports
 * back into an equal snapshot, and a tenant that is only known as a spreadsheet can be reviewed.
 *
 * <pre>{@code
 * try (Connector files = Connectors.builder().build().open("file", ConnectorContext.builder()
 *     .setting("entities", "export/entities.csv")
 *     .setting("relations", "export/relations.csv")
 *     .build())) {
 *   SnapshotBuilder builder = Snapshot.builder(files.tenant(), files.id());
 *   files.collect(SyncPlan.everything(), builder, SyncContext.defaults());
 *   Snapshot snapshot = builder.build();
 * }
 * }</pre>
 *
 * <p>Rows stream into the sink; the import keeps only the ids of the entities, to check that every
 * relation names entities that exist. Every row is validated; problems (up to {@code maxProblems})
 * are collected, each naming the file, the line and the column, and the sync fails with one {@link
 * dev.governance.core.InvalidConfigurationException} listing them. A caller that keeps a snapshot
 * only when {@code collect} returns, as the integration registry and {@code governance scan} do,
 * keeps nothing of files with a problem.
 *
 * <p>Coverage comes from {@code coverage.csv} (the setting {@code coverage}, or a file of that name
 * beside {@code entities.csv}). Without one, a collection the files hold rows of is complete, and
 * one they hold no rows of is unavailable by design: the files never claim more than they say.
 *
 * @since 0.1
 */
public final class FileImportProvider implements ConnectorProvider {

  /** The provider's id. */
  public static final String ID = "file";

  /** The file name of the coverage the export writes beside the two other files. */
  public static final String COVERAGE_FILE = "coverage.csv";

  /** The entities file. */
  public static final Setting<Path> ENTITIES = Setting.builder("entities", SettingType.path())
      .required()
      .description("The entities.csv file: one row per identity, group, application, role, token, factor or rule")
      .build();

  /** The relations file. */
  public static final Setting<Path> RELATIONS = Setting.builder("relations", SettingType.path())
      .description("The relations.csv file: one row per membership, assignment or scope grant; none when not given")
      .build();

  /** The coverage file. */
  public static final Setting<Path> COVERAGE = Setting.builder("coverage", SettingType.path())
      .description("The coverage.csv file; by default the one beside the entities file, if there is one")
      .build();

  /** The tenant's name. */
  public static final Setting<String> TENANT = Setting.builder("tenant", SettingType.string())
      .description("A name for the tenant the files describe; by default the entities file's URI")
      .build();

  /** The bound of problems. */
  public static final Setting<Integer> MAX_PROBLEMS = Setting.builder("maxProblems", SettingType.integer(1, 10_000))
      .defaultValue(100)
      .description("The most problems listed before the import stops reading")
      .build();

  private static final ConnectorSettings SETTINGS =
      ConnectorSettings.of(ENTITIES, RELATIONS, COVERAGE, TENANT, MAX_PROBLEMS);

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public FileImportProvider() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "CSV file import";
  }

  /**
   * Describes the settings {@code entities}, {@code relations}, {@code coverage}, {@code tenant}
   * and {@code maxProblems}.
   *
   * @return the description
   */
  @Override
  public ConnectorSettings settings() {
    return SETTINGS;
  }

  @Override
  public Connector open(ConnectorContext context) {
    SettingValues values = SETTINGS.parse(context.settings());
    Path entities = values.get(ENTITIES).orElseThrow();
    @Nullable Path relations = values.get(RELATIONS).orElse(null);
    @Nullable Path coverage = values.get(COVERAGE).orElseGet(() -> beside(entities));
    String tenant = values.get(TENANT).orElseGet(() -> entities.toAbsolutePath().normalize().toUri().toString());
    CsvImport csv = new CsvImport(entities, relations, coverage, values.get(MAX_PROBLEMS).orElseThrow());
    List<ImportConnector.Source> sources = new ArrayList<>();
    Set<InventoryCollection> entityCollections = EnumSet.noneOf(InventoryCollection.class);
    for (EntityKind k : EntityKind.values()) {
      entityCollections.add(k.collection());
    }
    sources.add(new ImportConnector.Source(ENTITIES.name(), entities, entityCollections));
    if (relations != null) {
      sources.add(new ImportConnector.Source(RELATIONS.name(), relations,
          EnumSet.complementOf(EnumSet.copyOf(entityCollections))));
    }
    return new ImportConnector(ID, tenant, sources, csv::collect);
  }

  private static @Nullable Path beside(Path entities) {
    Path dir = entities.toAbsolutePath().getParent();
    Path candidate = dir == null ? null : dir.resolve(COVERAGE_FILE);
    return candidate != null && Files.isRegularFile(candidate) ? candidate : null;
  }
}
