package dev.governance.okta.sync;

import dev.governance.okta.catalog.OktaScope;
import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.testkit.okta.AdminRole;
import dev.governance.testkit.okta.FakeOktaTenant;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.EnumSet;

/** The service app most sync tests read a fake tenant with: every read scope, READ_ONLY_ADMIN. */
final class ServiceApps {

  private ServiceApps() {}

  /** Every {@code .read} scope of Okta's management API. */
  static EnumSet<OktaScope> readScopes() {
    EnumSet<OktaScope> read = EnumSet.noneOf(OktaScope.class);
    Arrays.stream(OktaScope.values()).filter(s -> s.value().endsWith(".read")).forEach(read::add);
    return read;
  }

  /**
   * Registers a service app named Governance with a public key, grants it every read scope and
   * assigns it READ_ONLY_ADMIN.
   *
   * @return the app's client id
   */
  static String readOnlyAdmin(FakeOktaTenant tenant, PublicKey key, String keyId) {
    String app = tenant.fixtures().addServiceApp("Governance", key, keyId);
    readScopes().forEach(scope -> tenant.fixtures().grantScope(app, scope.value()));
    tenant.fixtures().assignRole(AdminRole.client(StandardAdminRole.READ_ONLY_ADMIN, app));
    return app;
  }
}
