package dev.governance.okta.conformance;

import dev.governance.core.ConflictException;
import dev.governance.core.NotFoundException;
import dev.governance.core.Secret;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.model.Provenance;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorOptions;
import dev.governance.okta.OktaConnectorProvider;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaOrg;
import dev.governance.okta.OktaPrivateKey;
import dev.governance.okta.catalog.OktaScope;
import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.testkit.conformance.ConnectorConformance;
import dev.governance.testkit.conformance.LifecycleCase;
import dev.governance.testkit.conformance.MissingPermission;
import dev.governance.testkit.conformance.RefusedAction;
import dev.governance.testkit.conformance.SeededInventory;
import dev.governance.testkit.faults.CapturedLog;
import dev.governance.testkit.okta.AdminRole;
import dev.governance.testkit.okta.AppStatus;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.OktaGroupType;
import dev.governance.testkit.okta.OktaSignOnMode;
import dev.governance.testkit.okta.TenantFixtures;
import dev.governance.testkit.okta.TenantShape;
import dev.governance.testkit.okta.junit.FakeOktaTenantExtension;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * The Okta connector against the conformance kit, over real HTTP to a fake tenant seeded with 211
 * users (two pages of 200), a few groups and applications, a group rule whose membership the kit
 * checks the provenance of, and one example of each lifecycle action. Runs in the {@code
 * trace-logging} surefire execution, so that the log the kit searches for secrets holds
 * everything, HttpClient's wire log included.
 */
@Tag("trace-logging")
class OktaConnectorConformanceTest extends ConnectorConformance {

  private static final String LOG_FILE = "org.slf4j.simpleLogger.logFile";
  private static final int USERS = 210;
  private static final Secret BAD_TOKEN = Secret.of("00-not-a-token-of-this-org-0123456789");
  private static KeyPair keys;

  @RegisterExtension
  final FakeOktaTenantExtension fake = FakeOktaTenantExtension.of(b -> b.shape(TenantShape.EMPTY).seed(3));

  private @Nullable Seeded seeded;

  /** The ids the fixtures gave what was seeded. */
  private record Seeded(List<String> users, String finance, String adSales, String payroll, String expenses,
      String reporter, String scopeGrant, String token, String serviceApp, SeededInventory inventory) {}

  @BeforeAll
  static void keys() throws NoSuchAlgorithmException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
  }

  private FakeOktaTenant tenant() {
    return fake.tenant();
  }

  private synchronized Seeded seeded() {
    if (seeded != null) {
      return seeded;
    }
    TenantFixtures f = tenant().fixtures();
    SeededInventory.Builder inventory = SeededInventory.builder().spansPages(InventoryCollection.IDENTITIES);
    List<String> users = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      String id = f.addUser("user" + i + "@example.com");
      users.add(id);
      inventory.entity(EntityKind.IDENTITY, id);
    }
    String seller = f.addUser("seller@example.com", dev.governance.testkit.okta.UserStatus.ACTIVE, "Sam", "Seller",
        Map.of("department", "Sales"));
    inventory.entity(EntityKind.IDENTITY, seller);
    String finance = f.addGroup("Finance", OktaGroupType.OKTA_GROUP);
    String sales = f.addGroup("Sales", OktaGroupType.OKTA_GROUP);
    String salesRule = f.addGroupRule("Sales by department", "user.department==\"Sales\"", List.of(sales));
    String adSales = f.addGroup("AD Sales", OktaGroupType.APP_GROUP);
    String payroll = f.addApp("Payroll", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
    String expenses = f.addApp("Expenses", OktaSignOnMode.SAML_2_0, AppStatus.ACTIVE);
    String reporter = f.addApp("Reporter", OktaSignOnMode.OPENID_CONNECT, AppStatus.ACTIVE);
    String scopeGrant = f.grantScope(reporter, "okta.users.manage");
    String token = f.addApiToken(users.get(6), "old").id();
    f.addMember(finance, users.get(1));
    f.addMember(finance, users.get(2));
    f.addMember(finance, users.get(5));
    f.addMember(adSales, users.get(3));
    f.assignGroup(payroll, finance);
    f.assignUser(payroll, users.get(1));
    f.assignUser(expenses, users.get(4));
    f.assignRole(AdminRole.group(StandardAdminRole.HELP_DESK_ADMIN, finance));
    f.setUserStatus(users.get(8), dev.governance.testkit.okta.UserStatus.DEPROVISIONED);
    String serviceApp = f.addServiceApp("Governance reader", keys.getPublic(), "kid-1");
    for (OktaScope s : OktaScope.values()) {
      if (s.value().endsWith(".read")) {
        f.grantScope(serviceApp, s.value());
      }
    }
    f.assignRole(AdminRole.client(StandardAdminRole.READ_ONLY_ADMIN, serviceApp));
    inventory.entity(EntityKind.GROUP, finance).entity(EntityKind.GROUP, adSales).entity(EntityKind.GROUP, sales)
        .entity(EntityKind.GROUP_RULE, salesRule)
        .entity(EntityKind.APPLICATION, payroll).entity(EntityKind.APPLICATION, expenses)
        .entity(EntityKind.APPLICATION, reporter).entity(EntityKind.API_TOKEN, token)
        .grant(new Grant.Membership(EntityKind.IDENTITY, seller, sales, Provenance.viaGroupRule(salesRule)))
        .grant(Grant.Membership.of(users.get(1), finance))
        .grant(Grant.Membership.of(users.get(2), finance))
        .grant(Grant.Membership.of(users.get(5), finance))
        .grant(Grant.Membership.of(users.get(3), adSales))
        .grant(Grant.AppAssignment.direct(EntityKind.GROUP, finance, payroll))
        .grant(Grant.AppAssignment.direct(EntityKind.IDENTITY, users.get(1), payroll))
        .grant(Grant.AppAssignment.direct(EntityKind.IDENTITY, users.get(4), expenses));
    seeded = new Seeded(users, finance, adSales, payroll, expenses, reporter, scopeGrant, token, serviceApp,
        inventory.build());
    return seeded;
  }

  private OktaOrg org() {
    return OktaOrg.parser().allowLoopbackForTesting().parse(tenant().orgUrl());
  }

  private static OktaConnectorOptions options() {
    return OktaConnectorOptions.builder().bucketShare(1.0).readPrincipalRateLimit(false).maxRetries(1).build();
  }

  private Connector open(OktaCredentials credentials) {
    seeded();
    return OktaConnector.open(org(), credentials, options());
  }

  @Override
  protected Connector openConnector() {
    return open(OktaCredentials.apiToken(Secret.of(tenant().apiToken())));
  }

  @Override
  protected SeededInventory seededInventory() {
    return seeded().inventory();
  }

  @Override
  protected Optional<Connector> openWithBadCredentials() {
    return Optional.of(open(OktaCredentials.apiToken(BAD_TOKEN)));
  }

  @Override
  protected Optional<MissingPermission> missingPermission() {
    EnumSet<OktaScope> scopes = EnumSet.noneOf(OktaScope.class);
    Arrays.stream(OktaScope.values()).filter(s -> s.value().endsWith(".read")).forEach(scopes::add);
    scopes.remove(OktaScope.API_TOKENS_READ);
    return Optional.of(MissingPermission.of("without okta.apiTokens.read", () -> open(serviceApp(scopes)),
        InventoryCollection.API_TOKENS));
  }

  private OktaCredentials serviceApp(EnumSet<OktaScope> scopes) {
    return OktaCredentials.serviceApp().clientId(seeded().serviceApp())
        .privateKey(OktaPrivateKey.of(keys.getPrivate())).keyId("kid-1").scopes(scopes).build();
  }

  @Override
  protected List<Secret> secrets() {
    return List.of(Secret.of(tenant().apiToken()), BAD_TOKEN,
        Secret.of(Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded())));
  }

  @Override
  protected List<Object> printedObjects() {
    return List.of(new OktaConnectorProvider(), new OktaConnectorProvider().settings(),
        OktaCredentials.apiToken(Secret.of(tenant().apiToken())),
        serviceApp(EnumSet.of(OktaScope.USERS_READ)), OktaPrivateKey.of(keys.getPrivate()), options(), org());
  }

  /**
   * The trace-logging execution's log file. The backend is started first: slf4j-simple truncates
   * the file when it starts, which would otherwise happen after the kit marked where the run began.
   */
  @Override
  protected CapturedLog capturedLog() {
    String file = System.getProperty(LOG_FILE);
    LoggerFactory.getLogger(OktaConnectorConformanceTest.class).trace("the conformance kit starts");
    return file == null ? CapturedLog.none() : CapturedLog.file(Path.of(file));
  }

  /**
   * One case per kind of action the connector applies: the four removals (a membership, a direct
   * assignment, a scope grant, an API token), each found already done when applied again, and the
   * identity transitions, each with its revert.
   */
  @Override
  protected List<LifecycleCase> lifecycleCases() {
    Seeded s = seeded();
    return List.of(
        LifecycleCase.of(new LifecycleAction.RemoveMembership(s.users().get(2), s.finance())),
        LifecycleCase.of(new LifecycleAction.UnassignApplication(s.users().get(4), s.expenses())),
        LifecycleCase.of(new LifecycleAction.RevokeScopeGrant(s.reporter(), s.scopeGrant())),
        LifecycleCase.of(new LifecycleAction.RevokeApiToken(s.token())),
        LifecycleCase.of(new LifecycleAction.SuspendIdentity(s.users().get(7))),
        LifecycleCase.of(new LifecycleAction.ReactivateIdentity(s.users().get(8))));
  }

  /**
   * What Okta refuses, and subjects that do not exist: a removal whose assignment is gone is done
   * already, but one whose user or application is unknown is not found.
   */
  @Override
  protected List<RefusedAction> refusedActions() {
    Seeded s = seeded();
    return List.of(
        RefusedAction.of(new LifecycleAction.RemoveMembership(s.users().get(3), s.adSales()), ConflictException.class),
        RefusedAction.of(new LifecycleAction.UnassignApplication(s.users().get(1), s.payroll()),
            ConflictException.class),
        RefusedAction.of(new LifecycleAction.SuspendIdentity("00u-no-such-user"), NotFoundException.class),
        RefusedAction.of(new LifecycleAction.RemoveMembership("00u-no-such-user", s.finance()),
            NotFoundException.class),
        RefusedAction.of(new LifecycleAction.UnassignApplication("00u-no-such-user", s.expenses()),
            NotFoundException.class),
        RefusedAction.of(new LifecycleAction.UnassignApplication(s.users().get(4), "0oa-no-such-app"),
            NotFoundException.class),
        RefusedAction.of(new LifecycleAction.RevokeScopeGrant("0oa-no-such-app", "oag-no-such-grant"),
            NotFoundException.class));
  }
}
