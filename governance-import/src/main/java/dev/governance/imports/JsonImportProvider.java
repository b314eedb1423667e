package dev.governance.imports;

import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.SnapshotInfo;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.core.spi.ConnectorSettings;
import dev.governance.core.spi.Setting;
import dev.governance.core.spi.SettingType;
import dev.governance.core.spi.SettingValues;
import dev.governance.imports.internal.ImportConnector;
import dev.governance.imports.internal.JsonImport;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/**
 * The {@code json} connector provider: reads a tenant from one file of the snapshot JSON format
 * (docs/store.md; gzipped or not), as a bulk upload: the files {@code governance scan --save}
 * keeps, or any file a tool writes in that format. The file is streamed, one item at a time, and
 * validated as the {@link FileImportProvider file} import is: every problem (up to {@code
 * maxProblems}) names the line, the column and the JSON pointer of the item, and one {@link
 * dev.governance.core.InvalidConfigurationException} lists them. Coverage is as the file's {@code
 * coverage} object states it; a collection it does not state is complete when the file holds items
 * of it, and unavailable by design otherwise.
 *
 * <pre>{@code
 * Connector json = Connectors.builder().build().open("json",
 *     ConnectorContext.builder().setting("file", "acme.snapshot.json.gz").build());
 * }</pre>
 *
 * @since 0.1
 */
public final class JsonImportProvider implements ConnectorProvider {

  /** The provider's id. */
  public static final String ID = "json";

  /** The snapshot file. */
  public static final Setting<Path> FILE = Setting.builder("file", SettingType.path())
      .required()
      .description("The snapshot JSON file (.snapshot.json or .snapshot.json.gz)")
      .build();

  /** The tenant's name. */
  public static final Setting<String> TENANT = Setting.builder("tenant", SettingType.string())
      .description("A name for the tenant; by default the tenant the file's info names, else its URI")
      .build();

  /** The bound of problems. */
  public static final Setting<Integer> MAX_PROBLEMS = Setting.builder("maxProblems", SettingType.integer(1, 10_000))
      .defaultValue(100)
      .description("The most problems listed before the import stops reading")
      .build();

  private static final ConnectorSettings SETTINGS = ConnectorSettings.of(FILE, TENANT, MAX_PROBLEMS);

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public JsonImportProvider() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Snapshot JSON import";
  }

  /**
   * Describes the settings {@code file}, {@code tenant} and {@code maxProblems}.
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
    Path file = values.get(FILE).orElseThrow();
    JsonImport json = new JsonImport(file, values.get(MAX_PROBLEMS).orElseThrow());
    String tenant = values.get(TENANT).orElseGet(() -> json.info().map(SnapshotInfo::tenant)
        .orElseGet(() -> file.toAbsolutePath().normalize().toUri().toString()));
    return new ImportConnector(ID, tenant, List.of(new ImportConnector.Source(FILE.name(), file,
        EnumSet.allOf(InventoryCollection.class))), json::collect);
  }
}
