package dev.governance.scim.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.governance.core.GovernanceException;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.InventorySink;
import dev.governance.core.spi.ProgressEvent;
import dev.governance.core.spi.SyncContext;
import dev.governance.core.spi.SyncPlan;
import dev.governance.core.spi.SyncResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One sync: discovery, then users (with their roles and entitlements), then groups (with their
 * members), each streamed into the sink page by page, and the coverage of every collection of the
 * plan.
 */
public final class ScimReader {
  /** The collections SCIM 2.0 can hold. */
  public static final Set<InventoryCollection> READABLE = EnumSet.of(InventoryCollection.IDENTITIES,
      InventoryCollection.GROUPS, InventoryCollection.MEMBERSHIPS, InventoryCollection.ROLES,
      InventoryCollection.ROLE_ASSIGNMENTS);

  private static final Set<InventoryCollection> FROM_USERS = EnumSet.of(InventoryCollection.IDENTITIES,
      InventoryCollection.ROLES, InventoryCollection.ROLE_ASSIGNMENTS);

  private final ScimClient client;
  private final int pageSize;

  /**
   * Creates a reader.
   *
   * @param client the client
   * @param pageSize the count asked for per page
   */
  public ScimReader(ScimClient client, int pageSize) {
    this.client = client;
    this.pageSize = pageSize;
  }

  /**
   * Reads a plan into a sink.
   *
   * @param plan what to read
   * @param sink where to put it
   * @param context progress, cancellation and clock
   * @return what it cost
   */
  public SyncResult collect(SyncPlan plan, InventorySink sink, SyncContext context) {
    Instant began = context.clock().instant();
    Meter meter = new Meter();
    context.cancellation().throwIfCancelled("the SCIM sync");
    ServerProfile profile = ServerProfile.discover(client, meter);
    Set<InventoryCollection> want = plan.collections();
    for (InventoryCollection c : want) {
      if (!READABLE.contains(c)) {
        sink.coverage(c, Coverage.unavailable("SCIM 2.0 has no " + c.label(), Set.of(), Coverage.Cause.BY_DESIGN));
      }
    }
    boolean wantRoles = want.contains(InventoryCollection.ROLES)
        || want.contains(InventoryCollection.ROLE_ASSIGNMENTS);
    if (wantRoles && !profile.mayHaveRoles()) {
      String reason = "the server's User schema has neither roles nor entitlements";
      for (InventoryCollection c : List.of(InventoryCollection.ROLES, InventoryCollection.ROLE_ASSIGNMENTS)) {
        if (want.contains(c)) {
          sink.coverage(c, Coverage.unavailable(reason, Set.of(), Coverage.Cause.BY_DESIGN));
        }
      }
      wantRoles = false;
    }
    if (want.contains(InventoryCollection.IDENTITIES) || wantRoles) {
      readUsers(profile, want, wantRoles, sink, context, meter);
    }
    boolean wantGroups = want.contains(InventoryCollection.GROUPS);
    boolean wantMembers = want.contains(InventoryCollection.MEMBERSHIPS);
    if (wantGroups || wantMembers) {
      if (profile.groupsEndpoint() == null) {
        String reason = "the server offers no Group resource type (/ResourceTypes)";
        for (InventoryCollection c : List.of(InventoryCollection.GROUPS, InventoryCollection.MEMBERSHIPS)) {
          if (want.contains(c)) {
            sink.coverage(c, Coverage.unavailable(reason, Set.of(), Coverage.Cause.BY_DESIGN));
          }
        }
      } else {
        readGroups(profile.groupsEndpoint(), wantGroups, wantMembers, sink, context, meter);
      }
    }
    List<String> assumptions = new ArrayList<>(profile.assumptions());
    assumptions.add("pages of " + pageSize + " asked for" + (profile.maxResults() > 0
        ? "; the server says it returns at most " + profile.maxResults() : ""));
    return new SyncResult(Map.of(ScimClient.BUCKET, meter.calls() - meter.retries()), Map.of(),
        meter.retries(), Duration.between(began, context.clock().instant()), assumptions, List.of());
  }

  private void readUsers(ServerProfile profile, Set<InventoryCollection> want, boolean wantRoles,
      InventorySink sink, SyncContext context, Meter meter) {
    boolean identities = want.contains(InventoryCollection.IDENTITIES);
    boolean roles = wantRoles && want.contains(InventoryCollection.ROLES);
    boolean assignments = wantRoles && want.contains(InventoryCollection.ROLE_ASSIGNMENTS);
    Set<String> rolesSeen = new HashSet<>();
    Set<String> unreadable = new LinkedHashSet<>();
    InventoryCollection shown = identities ? InventoryCollection.IDENTITIES : InventoryCollection.ROLES;
    AtomicLong items = new AtomicLong();
    Pager.Outcome o = Pager.read(client, meter, profile.usersEndpoint(), "User", pageSize, null,
        () -> context.cancellation().throwIfCancelled("the SCIM sync"), page -> {
          List<Identity> people = new ArrayList<>(page.size());
          List<Grant> grants = new ArrayList<>();
          for (ObjectNode u : page) {
            Identity identity;
            try {
              identity = ScimMapper.identity(u);
            } catch (IllegalArgumentException e) {
              unreadable.add(String.valueOf(e.getMessage()));
              continue;
            }
            people.add(identity);
            for (ScimMapper.Held h : ScimMapper.held(u)) {
              if (roles && rolesSeen.add(h.roleId())) {
                sink.entity(ScimMapper.role(h));
              }
              if (assignments) {
                grants.add(ScimMapper.assignment(identity.id(), h));
              }
            }
          }
          if (identities) {
            sink.entities(people);
          }
          sink.grants(grants);
          context.progress().onProgress(new ProgressEvent(shown, items.addAndGet(page.size()),
              Map.of(ScimClient.BUCKET, meter.calls()), 0, null));
        });
    Set<String> notes = new LinkedHashSet<>(o.notes());
    if (!unreadable.isEmpty()) {
      notes.add(unreadable.size() + " kinds of users could not be read, e.g. "
          + unreadable.iterator().next());
    }
    Coverage coverage = coverage(o, notes, "users");
    for (InventoryCollection c : FROM_USERS) {
      if (want.contains(c) && (c == InventoryCollection.IDENTITIES || wantRoles)) {
        sink.coverage(c, coverage);
      }
    }
  }

  private void readGroups(String endpoint, boolean groups, boolean members, InventorySink sink,
      SyncContext context, Meter meter) {
    AtomicLong items = new AtomicLong();
    Set<String> unreadable = new LinkedHashSet<>();
    InventoryCollection shown = groups ? InventoryCollection.GROUPS : InventoryCollection.MEMBERSHIPS;
    Pager.Outcome o = Pager.read(client, meter, endpoint, "Group", pageSize, members ? null : "members",
        () -> context.cancellation().throwIfCancelled("the SCIM sync"), page -> {
          List<dev.governance.core.model.Group> found = new ArrayList<>(page.size());
          List<Grant> grants = new ArrayList<>();
          for (ObjectNode g : page) {
            try {
              found.add(ScimMapper.group(g));
              if (members) {
                grants.addAll(ScimMapper.memberships(g));
              }
            } catch (IllegalArgumentException e) {
              unreadable.add(String.valueOf(e.getMessage()));
            }
          }
          if (groups) {
            sink.entities(found);
          }
          sink.grants(grants);
          context.progress().onProgress(new ProgressEvent(shown, items.addAndGet(page.size()),
              Map.of(ScimClient.BUCKET, meter.calls()), 0, null));
        });
    Set<String> notes = new LinkedHashSet<>(o.notes());
    if (!unreadable.isEmpty()) {
      notes.add(unreadable.size() + " kinds of groups could not be read, e.g. "
          + unreadable.iterator().next());
    }
    Coverage coverage = coverage(o, notes, "groups");
    if (groups) {
      sink.coverage(InventoryCollection.GROUPS, coverage);
    }
    if (members) {
      sink.coverage(InventoryCollection.MEMBERSHIPS, coverage);
    }
  }

  /** Unavailable when nothing was read before a failure, partial when some was, else by the notes. */
  private static Coverage coverage(Pager.Outcome o, Set<String> notes, String what) {
    GovernanceException failure = o.failure();
    String more = notes.isEmpty() ? "" : "; " + String.join("; ", notes);
    if (failure != null) {
      String reason = String.valueOf(failure.getMessage()) + more;
      boolean refused = failure instanceof InsufficientPermissionException;
      if (o.items() == 0) {
        return refused
            ? Coverage.refused(reason, ((InsufficientPermissionException) failure).missingPermissions())
            : Coverage.failed(reason);
      }
      return Coverage.partial(o.items() + " " + what + " read before a failure: " + reason,
          refused ? Coverage.Cause.PERMISSION : Coverage.Cause.FAULT);
    }
    return notes.isEmpty() ? Coverage.complete() : Coverage.partial(String.join("; ", notes),
        Coverage.Cause.UNKNOWN);
  }
}
