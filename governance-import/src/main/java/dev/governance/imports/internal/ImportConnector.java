package dev.governance.imports.internal;

import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.ActionAccess;
import dev.governance.core.spi.Capabilities;
import dev.governance.core.spi.CollectionAccess;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.Preflight;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A read-only connector over files: its preflight says which collections the files can give (a
 * file that exists and may be read), and a sync reads them with an import. Nothing is held open
 * between syncs, so that two syncs may run at once.
 */
public final class ImportConnector implements Connector {

  /** What a sync reads. */
  @FunctionalInterface
  public interface Reader {
    /**
     * Reads the files into a sink.
     *
     * @param plan what to read
     * @param sink where to put it
     * @param context progress, cancellation, clock
     * @return what it cost
     */
    SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext context);
  }

  /**
   * A file and the collections it gives.
   *
   * @param setting the setting that names it
   * @param path the file
   * @param collections what it gives
   */
  public record Source(String setting, Path path, Set<InventoryCollection> collections) {
    /** Copies the set. */
    public Source {
      collections = Set.copyOf(collections);
    }
  }

  private final String id;
  private final String tenant;
  private final List<Source> sources;
  private final Reader reader;

  /**
   * Creates a connector.
   *
   * @param id the provider's id
   * @param tenant the tenant it reports
   * @param sources the files and what each gives
   * @param reader what a sync reads
   */
  public ImportConnector(String id, String tenant, List<Source> sources, Reader reader) {
    this.id = Objects.requireNonNull(id, "id");
    this.tenant = Objects.requireNonNull(tenant, "tenant");
    this.sources = List.copyOf(sources);
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String tenant() {
    return tenant;
  }

  @Override
  public Capabilities capabilities() {
    return Capabilities.readOnly();
  }

  @Override
  public Preflight check() {
    Map<InventoryCollection, CollectionAccess> collections = new EnumMap<>(InventoryCollection.class);
    for (InventoryCollection c : InventoryCollection.values()) {
      collections.put(c, new CollectionAccess.Forbidden("no file given holds " + c, Set.of(), Set.of()));
    }
    List<String> advice = new java.util.ArrayList<>();
    int readable = 0;
    for (Source s : sources) {
      boolean ok = java.nio.file.Files.isRegularFile(s.path()) && java.nio.file.Files.isReadable(s.path());
      if (ok) {
        readable++;
        s.collections().forEach(c -> collections.put(c, CollectionAccess.allowed()));
      } else {
        s.collections().forEach(c -> collections.put(c, new CollectionAccess.Forbidden("the file "
            + Files.name(s.path()) + " (setting " + s.setting() + ") is missing or may not be read",
            Set.of(), Set.of())));
        advice.add("make " + s.path() + " (setting " + s.setting() + ") a file this process may read");
      }
    }
    Map<LifecycleAction.Kind, ActionAccess> actions = new EnumMap<>(LifecycleAction.Kind.class);
    for (LifecycleAction.Kind k : LifecycleAction.Kind.values()) {
      actions.put(k, new ActionAccess.Denied("an import reads files; it changes nothing", Set.of(), Set.of()));
    }
    AccessLevel level = readable == sources.size() ? AccessLevel.READ_ONLY
        : readable == 0 ? AccessLevel.NONE : AccessLevel.PARTIAL;
    String principal = "files " + String.join(", ", sources.stream().map(s -> s.path().toString()).toList());
    return new Preflight(principal, collections, actions, level, advice, 0);
  }

  @Override
  public SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext context) {
    return reader.collect(plan, sink, context);
  }

  @Override
  public void close() {
    // nothing is held open between syncs
  }
}
