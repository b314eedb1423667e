package dev.governance.cli;

import dev.governance.core.internal.Quoted;
import dev.governance.core.Connectors;
import dev.governance.core.GovernanceException;
import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.access.Access;
import dev.governance.core.access.AccessGraph;
import dev.governance.core.access.AccessPath;
import dev.governance.core.model.Application;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Identity;
import dev.governance.core.model.Role;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.testkit.reference.InMemoryConnector;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code governance access}: who reaches an application or role, or what an identity reaches, with
 * every path.
 */
@Command(
    name = "access",
    mixinStandardHelpOptions = true,
    description = "Shows what an identity reaches, or who reaches an application or role, with every path.")
final class AccessCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private @org.jspecify.annotations.Nullable Source source;

  @picocli.CommandLine.Mixin private OrgOptions org = new OrgOptions();

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Subject subject = new Subject();

  static final class Source {
    @Option(names = "--sample", description = "Read the built-in sample tenant (in-memory connector).")
    boolean sample;

    @Option(names = "--connector", paramLabel = "ID", description = "Read a tenant through the connector with this id.")
    @org.jspecify.annotations.Nullable String connector;
  }

  static final class Subject {
    @Option(names = "--user", paramLabel = "ID|LOGIN", description = "The identity, by id or login.")
    @org.jspecify.annotations.Nullable String user;

    @Option(names = "--app", paramLabel = "ID|LABEL", description = "The application, by id or label.")
    @org.jspecify.annotations.Nullable String app;

    @Option(names = "--role", paramLabel = "ID", description = "The role, by id (e.g. SUPER_ADMIN).")
    @org.jspecify.annotations.Nullable String role;

    /** The role, when neither --user nor --app was given: the group takes exactly one of the three. */
    String role() {
      return Objects.requireNonNull(role, "--role");
    }
  }

  @Option(names = "--json", description = "Print the accesses as JSON: identity, target, and every path's kind and description.")
  private boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Snapshot snapshot = read();
      AccessGraph graph = AccessGraph.of(snapshot);
      if (json) {
        printJson(out, snapshot, subject.user != null
            ? graph.accessOf(find(snapshot, EntityKind.IDENTITY, subject.user, Identity.class).id())
            : subject.app != null
                ? graph.whoReaches(EntityKind.APPLICATION, find(snapshot, EntityKind.APPLICATION, subject.app, Application.class).id())
                : graph.whoReaches(EntityKind.ROLE, find(snapshot, EntityKind.ROLE, subject.role(), Role.class).id()));
      } else if (subject.user != null) {
        Identity identity = find(snapshot, EntityKind.IDENTITY, subject.user, Identity.class);
        List<Access> accesses = graph.accessOf(identity.id());
        out.printf("%s reaches %d applications and roles%n", identity.login(), accesses.size());
        for (Access a : accesses) {
          out.printf("  %s %s%n", a.targetKind() == EntityKind.ROLE ? "role" : "app ", name(snapshot, a.targetKind(), a.targetId()));
          printPaths(out, snapshot, a);
        }
      } else {
        EntityKind kind = subject.app != null ? EntityKind.APPLICATION : EntityKind.ROLE;
        Entity target = subject.app != null
            ? find(snapshot, kind, subject.app, Application.class)
            : find(snapshot, kind, subject.role(), Role.class);
        List<Access> accesses = graph.whoReaches(kind, target.id());
        out.printf("%d identities reach %s%n", accesses.size(), name(snapshot, kind, target.id()));
        for (Access a : accesses) {
          out.printf("  %s%n", name(snapshot, EntityKind.IDENTITY, a.identityId()));
          printPaths(out, snapshot, a);
        }
      }
      out.flush();
      return 0;
    } catch (GovernanceException e) {
      err.println("error: " + Main.oneLine(e));
      return ExitCodes.of(e);
    }
  }

  /** Opens the tenant the options name, always through {@link Connectors}, and reads it once. */
  private Snapshot read() {
    OrgOptions.Target target;
    if (source == null) {
      if (!org.given()) {
        throw new InvalidConfigurationException("--org", "Say which tenant to read: --demo, --org URL"
            + " with credentials, --sample or --connector ID");
      }
      target = org.open();
    } else {
      if (org.given()) {
        throw new InvalidConfigurationException("--sample", "--sample and --connector read another "
            + "tenant than --demo or --org; give one of them");
      }
      // picocli's exclusive group gives either --sample or --connector here.
      String id = source.sample ? InMemoryConnector.ID : java.util.Objects.requireNonNull(source.connector);
      ConnectorContext.Builder context = ConnectorContext.builder().settings(org.extraSettings());
      if (source.sample && !org.extraSettings().containsKey("fixture")) {
        context.setting("fixture", "sample");
      }
      target = new OrgOptions.Target(Connectors.builder().build().open(id, context.build()), null);
    }
    try (target) {
      Connector connector = target.connector();
      SnapshotBuilder builder = Snapshot.builder(connector.tenant(), connector.id());
      connector.collect(SyncPlan.everything(), builder, SyncContext.defaults());
      return builder.build();
    }
  }

  private static void printJson(PrintWriter out, Snapshot snapshot, List<Access> accesses) {
    try {
      var g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(out);
      g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (Access a : accesses) {
        g.writeStartObject();
        g.writeStringField("identityId", a.identityId());
        g.writeStringField("identity", name(snapshot, EntityKind.IDENTITY, a.identityId()));
        g.writeStringField("targetKind", a.targetKind().name());
        g.writeStringField("targetId", a.targetId());
        g.writeStringField("target", name(snapshot, a.targetKind(), a.targetId()));
        g.writeArrayFieldStart("paths");
        for (AccessPath p : a.paths()) {
          g.writeStartObject();
          g.writeStringField("kind", p.kind().name());
          g.writeStringField("description", p.describe((kind, id) -> name(snapshot, kind, id)));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.flush();
      out.println();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void printPaths(PrintWriter out, Snapshot snapshot, Access access) {
    for (AccessPath p : access.paths()) {
      out.printf("      %s%n", p.describe((kind, id) -> name(snapshot, kind, id)));
    }
  }

  private static <T extends Entity> T find(Snapshot snapshot, EntityKind kind, String key, Class<T> type) {
    return snapshot.entity(kind, key)
        .or(() -> snapshot.entities(kind).stream().filter(e -> key.equalsIgnoreCase(e.displayLabel())).findFirst())
        .map(type::cast)
        .orElseThrow(() -> new dev.governance.core.NotFoundException(kind.name().toLowerCase(), key,
            "No " + kind.name().toLowerCase() + " with id or name " + Quoted.quote(key) + " in " + snapshot.info().tenant()
                + "; check the spelling, or list them in the report's entities.csv",
            null));
  }

  private static String name(Snapshot snapshot, EntityKind kind, String id) {
    return snapshot.displayLabel(kind, id);
  }
}
