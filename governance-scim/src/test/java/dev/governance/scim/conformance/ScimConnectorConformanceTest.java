package dev.governance.scim.conformance;

import dev.governance.core.NotFoundException;
import dev.governance.core.Secret;
import dev.governance.core.model.AssignmentStatus;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.Provenance;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.scim.ScimConnector;
import dev.governance.scim.ScimConnectorOptions;
import dev.governance.scim.ScimConnectorProvider;
import dev.governance.scim.ScimCredentials;
import dev.governance.testkit.conformance.ConnectorConformance;
import dev.governance.testkit.conformance.LifecycleCase;
import dev.governance.testkit.conformance.MissingPermission;
import dev.governance.testkit.conformance.RefusedAction;
import dev.governance.testkit.conformance.SeededInventory;
import dev.governance.testkit.faults.CapturedLog;
import dev.governance.testkit.scim.FakeScimServer;
import dev.governance.testkit.scim.ScimAccess;
import dev.governance.testkit.scim.ScimFixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;

/**
 * The SCIM connector against the conformance kit, over real HTTP to a fake SCIM server seeded with
 * 230 users (three pages of 100), groups with a nested one, roles and entitlements, and one case
 * of each lifecycle action the connector applies. Runs in the {@code trace-logging} surefire
 * execution, which sends everything {@code java.util.logging} carries (Jersey's loggers and the
 * JDK's HttpClient among them) at its finest level to the file the kit searches for secrets.
 */
@Tag("trace-logging")
class ScimConnectorConformanceTest extends ConnectorConformance {
  private static final Secret BAD_TOKEN = Secret.of("scim_not-a-token-of-this-server-0123");
  private static final int USERS = 230;
  private static final String LOG_FILE = "governance.test.julLogFile";

  private final FakeScimServer server = FakeScimServer.builder().seed(5).start();
  private final Secret limited = Secret.of(server.issueToken(ScimAccess.only("User")));
  private final Seeded seeded = seed(server.fixtures());

  /** The ids the fixtures gave what was seeded. */
  private record Seeded(List<String> users, String finance, String staff, SeededInventory inventory) {}

  private static Seeded seed(ScimFixtures f) {
    SeededInventory.Builder inventory = SeededInventory.builder().exactly()
        .spansPages(InventoryCollection.IDENTITIES);
    List<String> users = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      String id = f.addUser("user" + i + "@example.com", "User " + i, true, Map.of("department", "D" + (i % 3)));
      users.add(id);
      inventory.entity(EntityKind.IDENTITY, id);
    }
    String finance = f.addGroup("Finance");
    String staff = f.addGroup("Staff");
    f.addMember(finance, users.get(1));
    f.addMember(finance, users.get(2));
    f.addMember(staff, finance);
    f.addMember(staff, users.get(3));
    f.addRole(users.get(1), "admin", "Administrator");
    f.addEntitlement(users.get(2), "crm:export", null);
    inventory.entity(EntityKind.GROUP, finance).entity(EntityKind.GROUP, staff)
        .entity(EntityKind.ROLE, "role:admin").entity(EntityKind.ROLE, "entitlement:crm:export")
        .grant(Grant.Membership.of(users.get(1), finance))
        .grant(Grant.Membership.of(users.get(2), finance))
        .grant(new Grant.Membership(EntityKind.GROUP, finance, staff, Provenance.direct()))
        .grant(Grant.Membership.of(users.get(3), staff))
        .grant(assignment(users.get(1), "role:admin"))
        .grant(assignment(users.get(2), "entitlement:crm:export"));
    return new Seeded(users, finance, staff, inventory.build());
  }

  private static Grant.RoleAssignment assignment(String user, String role) {
    return new Grant.RoleAssignment(EntityKind.IDENTITY, user, role, List.of(), null, Provenance.direct(),
        AssignmentStatus.ACTIVE, false, List.of());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ScimConnectorOptions options(Secret token) {
    return ScimConnectorOptions.builder().url(server.baseUrl()).allowLoopback(true)
        .credentials(ScimCredentials.bearer(token)).retryBackoff(Duration.ZERO).maxRetries(1).build();
  }

  @Override
  protected Connector openConnector() {
    return ScimConnector.open(options(Secret.of(server.token())));
  }

  @Override
  protected SeededInventory seededInventory() {
    return seeded.inventory();
  }

  @Override
  protected Optional<Connector> openWithBadCredentials() {
    return Optional.of(ScimConnector.open(options(BAD_TOKEN)));
  }

  @Override
  protected Optional<MissingPermission> missingPermission() {
    return Optional.of(MissingPermission.of("a token limited to User resources",
        () -> ScimConnector.open(options(limited)), InventoryCollection.GROUPS, InventoryCollection.MEMBERSHIPS));
  }

  @Override
  protected List<Secret> secrets() {
    return List.of(Secret.of(server.token()), BAD_TOKEN, limited);
  }

  @Override
  protected CapturedLog capturedLog() {
    String file = System.getProperty(LOG_FILE);
    return file == null ? CapturedLog.none() : CapturedLog.javaUtilLogging(Path.of(file));
  }

  @Override
  protected List<Object> printedObjects() {
    return List.of(new ScimConnectorProvider(), new ScimConnectorProvider().settings(),
        ScimCredentials.bearer(Secret.of(server.token())), options(Secret.of(server.token())));
  }

  @Override
  protected List<LifecycleCase> lifecycleCases() {
    return List.of(LifecycleCase.of(new LifecycleAction.RemoveMembership(seeded.users().get(1), seeded.finance())),
        LifecycleCase.of(new LifecycleAction.DeactivateIdentity(seeded.users().get(10))));
  }

  @Override
  protected List<RefusedAction> refusedActions() {
    return List.of(RefusedAction.of(new LifecycleAction.DeactivateIdentity("no-such-user"),
            NotFoundException.class),
        RefusedAction.of(new LifecycleAction.RemoveMembership(seeded.users().get(12), "no-such-group"),
            NotFoundException.class));
  }
}
