package dev.governance.testkit.reference;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;
import dev.governance.core.spi.ConnectorSettings;
import dev.governance.core.spi.Setting;
import dev.governance.core.spi.SettingType;
import dev.governance.core.spi.SettingValues;

/**
 * Opens {@link InMemoryConnector}s. The fixture comes as a service of the context ({@code
 * ConnectorContext.builder().service(InMemoryFixture.class, fixture)}), or, with the setting
 * {@code fixture=sample}, is {@link SampleFixture#create()}. The setting {@code tenant}, which the
 * integration registry passes, is accepted and not used: the connector reports its fixture's
 * tenant.
 *
 * @since 0.1
 */
public final class InMemoryConnectorProvider implements ConnectorProvider {

  /** The built-in fixture to serve when no {@link InMemoryFixture} service is given. */
  static final Setting<String> FIXTURE = Setting.builder("fixture", SettingType.oneOf("sample"))
      .description("The built-in fixture to serve; needed unless an InMemoryFixture service is given")
      .build();

  /** The tenant the caller expects, as the integration registry passes it. */
  static final Setting<String> TENANT = Setting.builder("tenant", SettingType.string())
      .description("The tenant the caller expects; the connector reports its fixture's tenant")
      .build();

  private static final ConnectorSettings SETTINGS = ConnectorSettings.of(FIXTURE, TENANT);

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public InMemoryConnectorProvider() {}

  @Override
  public String id() {
    return InMemoryConnector.ID;
  }

  @Override
  public String displayName() {
    return "In-memory reference connector";
  }

  /**
   * Describes the settings {@code fixture} and {@code tenant}.
   *
   * @return the description
   */
  @Override
  public ConnectorSettings settings() {
    return SETTINGS;
  }

  @Override
  public Connector open(ConnectorContext context) {
    SettingValues values = SETTINGS.parse(context.settings());
    InMemoryFixture fixture =
        context
            .service(InMemoryFixture.class)
            .orElseGet(
                () -> {
                  if (values.get(FIXTURE).isEmpty()) {
                    throw new InvalidConfigurationException(
                        FIXTURE.name(),
                        "The in-memory connector needs a fixture: pass an InMemoryFixture as a"
                            + " service of the context, or set fixture=sample");
                  }
                  return SampleFixture.create();
                });
    return new InMemoryConnector(fixture, context.clock());
  }
}
