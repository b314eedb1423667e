package dev.governance.testkit.okta.junit;

import dev.governance.testkit.internal.ScopedServer;
import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.RateLimits;
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
 * JUnit 5 extension that runs a {@link FakeOktaTenant}: declaratively through {@link
 * FakeOktaTenantTest}, or programmatically:
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeOktaTenantExtension okta = FakeOktaTenantExtension.of(tenant -> tenant
 *     .shape(TenantShape.DEMO).seed(3).rateLimits(RateLimits.disabled()).clock(clock));
 * }</pre>
 *
 * <p>The function is given a fresh {@link FakeOktaTenant.Builder} for every tenant the extension
 * starts, so every option of the tenant (shape, seed, rate limits, faults, port, clock, fixture
 * file, ...) is available.
 *
 * <p>A static field gives one tenant per class, an instance field one per test. The tenant is kept
 * in the JUnit store and closed with its scope. Parameters of exactly the type {@code
 * FakeOktaTenant} are injected.
 *
 * @since 0.1
 */
public class FakeOktaTenantExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ScopedServer<FakeOktaTenant> TENANTS =
      new ScopedServer<>(FakeOktaTenantExtension.class, FakeOktaTenant.class);

  private final @Nullable Consumer<FakeOktaTenant.Builder> configured;
  private @Nullable FakeOktaTenant current;

  /** Used by {@link FakeOktaTenantTest}: the configuration comes from the annotation. */
  public FakeOktaTenantExtension() {
    this.configured = null;
  }

  private FakeOktaTenantExtension(Consumer<FakeOktaTenant.Builder> configured) {
    this.configured = configured;
  }

  /**
   * An extension for {@code @RegisterExtension} whose tenants are configured by a function.
   *
   * @param configuration sets the options of each tenant on the builder it is given
   * @return the extension
   */
  public static FakeOktaTenantExtension of(Consumer<FakeOktaTenant.Builder> configuration) {
    return new FakeOktaTenantExtension(Objects.requireNonNull(configuration, "configuration"));
  }

  /**
   * The tenant of the current scope (for fields registered with {@code @RegisterExtension}).
   *
   * @return the running tenant
   */
  public FakeOktaTenant tenant() {
    if (current == null) {
      throw new ExtensionConfigurationException("No FakeOktaTenant is running yet: tenant() works "
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
    if (TENANTS.find(context).isEmpty()) {
      current = start(context);
    }
  }

  private FakeOktaTenant start(ExtensionContext context) {
    FakeOktaTenant.Builder builder;
    if (configured != null) {
      builder = FakeOktaTenant.builder();
      configured.accept(builder);
    } else {
      builder = fromAnnotation(context);
    }
    FakeOktaTenant tenant = builder.start();
    TENANTS.keep(context, tenant);
    onStart(tenant, context);
    return tenant;
  }

  /**
   * Called after a tenant starts, before any test uses it; override to seed fixtures.
   *
   * @param tenant the tenant
   * @param context the scope it belongs to
   */
  protected void onStart(FakeOktaTenant tenant, ExtensionContext context) {}

  private static FakeOktaTenant.Builder fromAnnotation(ExtensionContext context) {
    FakeOktaTenantTest a = context.getTestClass()
        .flatMap(c -> AnnotationSupport.findAnnotation(c, FakeOktaTenantTest.class))
        .orElseThrow(() -> new ExtensionConfigurationException("FakeOktaTenantExtension was "
            + "registered without configuration: annotate the class with @FakeOktaTenantTest or "
            + "register FakeOktaTenantExtension.of(tenant -> ...) with @RegisterExtension."));
    RateLimits limits = a.rateLimits() ? RateLimits.defaults().withTimeScale(a.rateLimitScale())
        : RateLimits.disabled();
    return FakeOktaTenant.builder().shape(a.shape()).seed(a.seed()).rateLimits(limits);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return TENANTS.supports(parameter);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return TENANTS.resolve(parameter, context);
  }
}
