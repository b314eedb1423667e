package dev.governance.testkit.reference;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.ConnectorContext;
import dev.governance.core.spi.ConnectorProvider;

/**
 * Opens {@link InMemoryConnector}s. The fixture comes as a service of the context ({@code
 * ConnectorContext.builder().service(InMemoryFixture.class, fixture)}), or, with the setting
 * {@code fixture=sample}, is {@link SampleFixture#create()}.
 *
 * @since 0.1
 */
public final class InMemoryConnectorProvider implements ConnectorProvider {

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

  @Override
  public Connector open(ConnectorContext context) {
    InMemoryFixture fixture =
        context
            .service(InMemoryFixture.class)
            .orElseGet(
                () -> {
                  String name = context.setting("fixture").orElse("");
                  if (!name.equals("sample")) {
                    throw new InvalidConfigurationException(
                        "fixture",
                        "The in-memory connector needs a fixture: pass an InMemoryFixture as a"
                            + " service of the context, or set fixture=sample"
                            + (name.isEmpty() ? "" : " (got '" + name + "')"));
                  }
                  return SampleFixture.create();
                });
    return new InMemoryConnector(fixture, context.clock());
  }
}
