package dev.governance.cli;

import dev.governance.core.integration.ResolvedSecret;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.okta.OktaConnector;
import dev.governance.okta.OktaConnectorProvider;
import dev.governance.okta.OktaCredentials;
import dev.governance.okta.OktaPrivateKey;
import dev.governance.okta.Secret;
import java.util.Arrays;

/**
 * Opens Okta connectors for the integration registry: the registry hands a connector its tenant as
 * the setting {@code tenant} and its secret as a {@link ResolvedSecret} service, which this turns
 * into the {@code org} setting and {@link OktaCredentials} (an API token, or, when the integration
 * has a {@code clientId} setting, a service app whose private key is the secret) for {@link
 * OktaConnectorProvider}.
 */
final class RegistryOktaProvider implements ConnectorProvider {

  @Override
  public String id() {
    return OktaConnector.ID;
  }

  @Override
  public String displayName() {
    return "Okta";
  }

  @Override
  public Connector open(ConnectorContext context) {
    ConnectorContext.Builder b = ConnectorContext.builder().settings(context.settings()).clock(context.clock());
    if (context.setting("org").isEmpty()) {
      context.setting("tenant").ifPresent(t -> b.setting("org", t));
    }
    var secret = context.service(ResolvedSecret.class);
    var given = context.service(OktaCredentials.class);
    if (given.isPresent()) {
      b.service(OktaCredentials.class, given.get());
    } else if (secret.isPresent()) {
      b.service(OktaCredentials.class, credentials(context, secret.get()));
    }
    return new OktaConnectorProvider().open(b.build());
  }

  private static OktaCredentials credentials(ConnectorContext context, ResolvedSecret secret) {
    if (context.setting("clientId").isEmpty()) {
      return OktaCredentials.apiToken(Secret.of(secret.reveal()));
    }
    OktaCredentials.ServiceApp.Builder app = OktaCredentials.serviceApp()
        .clientId(context.setting("clientId").get())
        .privateKey(OktaPrivateKey.parse(Secret.of(secret.reveal())))
        .scopeNames(Arrays.asList(context.requireSetting("scopes").trim().split("[\\s,]+")));
    context.setting("keyId").ifPresent(app::keyId);
    return app.build();
  }
}
