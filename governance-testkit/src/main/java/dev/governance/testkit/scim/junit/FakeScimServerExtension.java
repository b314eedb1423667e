package dev.governance.testkit.scim.junit;

import dev.governance.testkit.internal.ScopedServer;
import dev.governance.testkit.scim.FakeScimServer;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension that runs a {@link FakeScimServer}: declaratively through {@link
 * FakeScimServerTest}, or programmatically:
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeScimServerExtension scim = FakeScimServerExtension.of(server -> server
 *     .shape(ScimShape.SMALL).seed(3).features(ScimFeatures.defaults()).clock(clock));
 * }</pre>
 *
 * <p>The function is given a fresh {@link FakeScimServer.Builder} for every server the extension
 * starts, so every option of the server is available. A static field gives one server per class,
 * an instance field one per test. The server is kept in the JUnit store and closed with its scope.
 * Parameters of exactly the type {@code FakeScimServer} are injected.
 *
 * @since 0.1
 */
public class FakeScimServerExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ScopedServer<FakeScimServer> SERVERS =
      new ScopedServer<>(FakeScimServerExtension.class, FakeScimServer.class);

  private final @Nullable Consumer<FakeScimServer.Builder> configured;
  private @Nullable FakeScimServer current;

  /** Used by {@link FakeScimServerTest}: the configuration comes from the annotation. */
  public FakeScimServerExtension() {
    this.configured = null;
  }

  private FakeScimServerExtension(Consumer<FakeScimServer.Builder> configured) {
    this.configured = configured;
  }

  /**
   * An extension for {@code @RegisterExtension} whose servers are configured by a function.
   *
   * @param configuration sets the options of each server on the builder it is given
   * @return the extension
   */
  public static FakeScimServerExtension of(Consumer<FakeScimServer.Builder> configuration) {
    return new FakeScimServerExtension(Objects.requireNonNull(configuration, "configuration"));
  }

  /**
   * The server of the current scope (for fields registered with {@code @RegisterExtension}).
   *
   * @return the running server
   */
  public FakeScimServer server() {
    if (current == null) {
      throw new ExtensionConfigurationException("No FakeScimServer is running yet: server() works "
          + "inside tests and lifecycle methods once the extension has started it.");
    }
    return current;
  }

  @Override
  public final void beforeAll(ExtensionContext context) {
    current = start(context);
  }

  @Override
  public final void beforeEach(ExtensionContext context) {
    if (SERVERS.find(context).isEmpty()) {
      current = start(context);
    }
  }

  private FakeScimServer start(ExtensionContext context) {
    FakeScimServer.Builder builder;
    if (configured != null) {
      builder = FakeScimServer.builder();
      configured.accept(builder);
    } else {
      builder = fromAnnotation(context);
    }
    FakeScimServer server = builder.start();
    SERVERS.keep(context, server);
    onStart(server, context);
    return server;
  }

  /**
   * Called after a server starts, before any test uses it; override to seed fixtures.
   *
   * @param server the server
   * @param context the scope it belongs to
   */
  protected void onStart(FakeScimServer server, ExtensionContext context) {}

  private static FakeScimServer.Builder fromAnnotation(ExtensionContext context) {
    FakeScimServerTest a = context.getTestClass()
        .flatMap(c -> AnnotationSupport.findAnnotation(c, FakeScimServerTest.class))
        .orElseThrow(() -> new ExtensionConfigurationException("FakeScimServerExtension was "
            + "registered without configuration: annotate the class with @FakeScimServerTest or "
            + "register FakeScimServerExtension.of(server -> ...) with @RegisterExtension."));
    return FakeScimServer.builder().shape(a.shape()).seed(a.seed());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return SERVERS.supports(parameter);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return SERVERS.resolve(parameter, context);
  }
}
