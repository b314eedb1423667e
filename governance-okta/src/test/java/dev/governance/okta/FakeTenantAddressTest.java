package dev.governance.okta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.Secret;
import dev.governance.testkit.okta.FakeOktaTenant;
import org.junit.jupiter.api.Test;

class FakeTenantAddressTest {

  @Test
  void aFakeTenantsAddressAndTokenAreAcceptedWhenLoopbackIsAllowedForTesting() {
    try (FakeOktaTenant tenant = FakeOktaTenant.start()) {
      OktaOrg org = OktaOrg.parser().allowLoopbackForTesting().parse(tenant.orgUrl());
      OktaCredentials.ApiToken token = OktaCredentials.apiToken(Secret.of(tenant.apiToken()));

      assertThat(org.kind()).isEqualTo(OktaOrg.Kind.LOOPBACK);
      assertThat(org.baseUrl()).doesNotEndWith("/").startsWith("http");
      assertThat(token.token().reveal()).isEqualTo(tenant.apiToken());
      assertThatThrownBy(() -> OktaOrg.parse(tenant.orgUrl()))
          .hasMessageContaining("allowLoopbackForTesting");
    }
  }
}
