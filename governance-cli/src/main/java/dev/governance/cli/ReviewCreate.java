package dev.governance.cli;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.integration.Integration;
import dev.governance.core.internal.Quoted;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.review.Review;
import dev.governance.core.review.ReviewEngine;
import dev.governance.core.review.ReviewItem;
import dev.governance.core.review.ReviewOptions;
import dev.governance.core.review.ReviewScope;
import dev.governance.core.review.ReviewStore;
import dev.governance.core.review.ReviewerRule;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.store.SnapshotStore;
import dev.governance.core.store.StoredSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code governance review create}: builds an access review of a stored snapshot, its scope from
 * the options, its reviewers from the {@code --reviewer} rules, and keeps it in the review store.
 *
 * @since 0.1
 */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Builds a review of a stored "
    + "snapshot (default scope: every application).")
final class ReviewCreate implements Callable<Integer> {
  @ParentCommand ReviewCommand parent;
  @Spec CommandSpec spec;

  @Option(names = "--snapshot", required = true, paramLabel = "INTEGRATION[/ID]", description = "The stored "
      + "snapshot: INTEGRATION (its latest whole snapshot) or INTEGRATION/SNAPSHOT_ID.")
  String snapshot = "";

  @Option(names = "--app", paramLabel = "ID|LABEL", description = "An application to review; repeatable.")
  List<String> apps = new ArrayList<>();

  @Option(names = "--group", paramLabel = "ID|NAME", description = "A group whose members to review; repeatable.")
  List<String> groups = new ArrayList<>();

  @Option(names = "--role", paramLabel = "ID", description = "An admin role to review; repeatable.")
  List<String> roles = new ArrayList<>();

  @Option(names = "--identity", paramLabel = "ID|LOGIN", description = "Review everything this identity "
      + "reaches; repeatable.")
  List<String> identities = new ArrayList<>();

  @Option(names = "--privileged", description = "Review privileged access only: admin roles, .manage "
      + "scope grants, API tokens.")
  boolean privileged;

  @Option(names = "--reviewer", paramLabel = "RULE", description = "Where reviewers come from, tried in "
      + "order: owners (the integration's), owner-attribute:NAME (the target's attribute), manager:ATTR "
      + "(the identity's manager attribute), named:A,B; repeatable (default: owners).")
  List<String> reviewers = new ArrayList<>();

  @Option(names = "--name", paramLabel = "TEXT", description = "The review's name.")
  @Nullable String name;

  @Option(names = "--id", paramLabel = "ID", description = "The review's id (default: made from the time).")
  @Nullable String id;

  @Option(names = "--since-last", description = "Only access that is new since the integration's last "
      + "closed review.")
  boolean sinceLast;

  @Option(names = "--json", description = "Print the review as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    try (StoreOptions.Reviews opened = parent.open()) {
      return create(opened);
    }
  }

  private Integer create(StoreOptions.Reviews opened) throws IOException {
    int slash = snapshot.indexOf('/');
    String integration = slash < 0 ? snapshot : snapshot.substring(0, slash);
    SnapshotStore store = opened.snapshots;
    String snapshotId = slash < 0 || "latest".equals(snapshot.substring(slash + 1))
        ? store.list(integration).stream().filter(StoredSnapshot::whole).map(StoredSnapshot::id).findFirst()
            .orElseThrow(() -> new InvalidConfigurationException("--snapshot", "The store has no whole snapshot of "
                + Quoted.quote(integration) + "; run 'governance scan --save " + integration + "' first"))
        : snapshot.substring(slash + 1);
    Snapshot taken = store.load(integration, snapshotId);
    ReviewOptions.Builder options = ReviewOptions.builder(integration, snapshotId, scope(taken))
        .createdBy(ReviewCommand.actor(parent.actor));
    List<String> owners = owners(opened, integration);
    options.integrationOwners(owners);
    for (String rule : reviewers.isEmpty() ? List.of("owners") : reviewers) {
      options.reviewer(rule(rule));
    }
    if (name != null) {
      options.name(name);
    }
    if (id != null) {
      options.id(id);
    }
    ReviewStore reviews = opened.reviews;
    if (sinceLast) {
      Review last = reviews.latestClosed(integration).orElseThrow(() -> new InvalidConfigurationException(
          "--since-last", "The integration " + Quoted.quote(integration) + " has no closed review to build"
              + " the difference from; drop --since-last, or close a review first"));
      options.since(last, store.load(integration, last.snapshotId()));
    }
    Review review = reviews.create(ReviewEngine.create(taken, options.build()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ReviewOutput.json(out, review);
    } else {
      long unassigned = review.items().stream().filter(ReviewItem::unassigned).count();
      out.printf("Created review %s: %d items of %s (%s)%s%n", review.id(), review.items().size(),
          review.scope(), review.snapshotId(), unassigned == 0 ? "" : "; " + unassigned + " without a reviewer");
      out.printf("Next: governance review export %s --out %s.csv%n", review.id(), review.id());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static List<String> owners(StoreOptions.Reviews opened, String integration) {
    try {
      return opened.integration(integration).map(ReviewCreate::ownersOf).orElse(List.of());
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private static List<String> ownersOf(Integration i) {
    List<String> all = new ArrayList<>();
    all.add(i.primaryOwner());
    all.addAll(i.secondaryOwners());
    return all;
  }

  private ReviewScope scope(Snapshot s) {
    int given = (apps.isEmpty() ? 0 : 1) + (groups.isEmpty() ? 0 : 1) + (roles.isEmpty() ? 0 : 1)
        + (identities.isEmpty() ? 0 : 1) + (privileged ? 1 : 0);
    if (given > 1) {
      throw new InvalidConfigurationException("--app", "Give one kind of scope: --app, --group, --role, "
          + "--identity or --privileged");
    }
    if (privileged) {
      return new ReviewScope.Privileged();
    }
    if (!groups.isEmpty()) {
      return new ReviewScope.Groups(resolve(s, EntityKind.GROUP, groups, "--group"));
    }
    if (!roles.isEmpty()) {
      return new ReviewScope.Roles(resolve(s, EntityKind.ROLE, roles, "--role"));
    }
    if (!identities.isEmpty()) {
      return new ReviewScope.Identities(resolve(s, EntityKind.IDENTITY, identities, "--identity"));
    }
    return new ReviewScope.Applications(resolve(s, EntityKind.APPLICATION, apps, "--app"));
  }

  private static Set<String> resolve(Snapshot s, EntityKind kind, List<String> refs, String option) {
    Set<String> ids = new LinkedHashSet<>();
    for (String ref : refs) {
      String id = s.entity(kind, ref).map(Entity::id).orElseGet(() -> s.entities(kind).stream()
          .filter(e -> e.displayLabel().equalsIgnoreCase(ref)).map(Entity::id).findFirst()
          .orElseThrow(() -> new InvalidConfigurationException(option, "The snapshot has no "
              + kind.name().toLowerCase(Locale.ROOT) + " with id or name " + Quoted.quote(ref))));
      ids.add(id);
    }
    return ids;
  }

  static ReviewerRule rule(String text) {
    int colon = text.indexOf(':');
    String kind = (colon < 0 ? text : text.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
    String arg = colon < 0 ? "" : text.substring(colon + 1).strip();
    return switch (kind) {
      case "owners" -> new ReviewerRule.IntegrationOwners();
      case "owner-attribute" -> new ReviewerRule.TargetOwnerAttribute(required(arg, text));
      case "manager" -> new ReviewerRule.Manager(arg.isEmpty() ? "managerId" : arg);
      case "named" -> new ReviewerRule.Named(List.of(required(arg, text).split("\\s*,\\s*")));
      default -> throw new InvalidConfigurationException("--reviewer", "Unknown reviewer rule "
          + Quoted.quote(text) + "; use owners, owner-attribute:NAME, manager:ATTR or named:A,B");
    };
  }

  private static String required(String arg, String text) {
    if (arg.isEmpty()) {
      throw new InvalidConfigurationException("--reviewer", "The reviewer rule " + Quoted.quote(text)
          + " needs a value after the colon");
    }
    return arg;
  }
}
