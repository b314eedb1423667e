package dev.governance.core.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An application that identities sign in to, or an OAuth client that calls APIs.
 *
 * @param id the provider's id
 * @param name the provider's technical name (e.g. {@code oidc_client}, {@code salesforce})
 * @param label the name people see
 * @param status whether it is in use
 * @param protocol how users sign in, as the connector decided
 * @param signOnMode the provider's own sign-on mode, e.g. Okta's {@code SAML_2_0}
 * @param created when it was created, or {@code null}
 * @param lastUpdated when it last changed, or {@code null}
 * @param oauthClient whether it is an OAuth 2.0 client that can be granted API scopes
 * @param attributes further provider-specific properties worth keeping
 * @since 0.1
 */
public record Application(
    String id,
    String name,
    String label,
    ApplicationStatus status,
    AppProtocol protocol,
    String signOnMode,
    @Nullable Instant created,
    @Nullable Instant lastUpdated,
    boolean oauthClient,
    Attributes attributes)
    implements Entity {

  /** Validates the components. */
  public Application {
    Checks.id(id, "id");
    Checks.id(name, "name");
    Checks.id(label, "label");
    Checks.present(status, "status");
    Checks.present(protocol, "protocol");
    Checks.id(signOnMode, "signOnMode");
    Checks.present(attributes, "attributes");
  }

  /**
   * Creates an active SAML application with only an id and a label, for tests and fixtures.
   *
   * @param id the id
   * @param label the label, also used as the name
   * @return the application
   */
  public static Application of(String id, String label) {
    return new Application(
        id, label, label, ApplicationStatus.ACTIVE, AppProtocol.SAML, AppProtocol.SAML.name(), null, null, false,
        Attributes.empty());
  }

  @Override
  public String displayLabel() {
    return label;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.APPLICATION;
  }
}
