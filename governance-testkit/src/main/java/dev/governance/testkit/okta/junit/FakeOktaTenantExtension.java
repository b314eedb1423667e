package dev.governance.testkit.okta.junit;

import dev.governance.testkit.okta.FakeOktaTenant;
import dev.governance.testkit.okta.FaultRule;
import dev.governance.testkit.okta.RateLimits;
import dev.governance.testkit.okta.TenantShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension that runs a {@link FakeOktaTenant}: declaratively through {@link
 * FakeOktaTenantTest}, or programmatically:
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeOktaTenantExtension okta = FakeOktaTenantExtension.builder()
 *     .shape(TenantShape.DEMO).seed(3).rateLimits(RateLimits.disabled()).build();
 * }</pre>
 *
 * <p>A static field gives one tenant per class, an instance field one per test. The tenant is kept
 * in the JUnit store and closed with its scope. Parameters of exactly the type {@code
 * FakeOktaTenant} are injected.
 *
 * @since 0.1
 */
public class FakeOktaTenantExtension
    implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(FakeOktaTenantExtension.class);
  private static final String KEY = "tenant";

  private final FakeOktaTenant.Builder configured;
  private FakeOktaTenant current;

  /** Used by {@link FakeOktaTenantTest}: the configuration comes from the annotation. */
  public FakeOktaTenantExtension() {
    this.configured = null;
  }

  private FakeOktaTenantExtension(FakeOktaTenant.Builder configured) {
    this.configured = configured;
  }

  /**
   * A builder for {@code @RegisterExtension}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
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
    if (find(context).isEmpty()) {
      current = start(context);
    }
  }

  private FakeOktaTenant start(ExtensionContext context) {
    FakeOktaTenant.Builder builder = configured != null ? configured : fromAnnotation(context);
    FakeOktaTenant tenant = builder.start();
    context.getStore(NS).put(KEY, tenant);
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
            + "register FakeOktaTenantExtension.builder()...build() with @RegisterExtension."));
    RateLimits limits = a.rateLimits() ? RateLimits.defaults().withTimeScale(a.rateLimitScale())
        : RateLimits.disabled();
    return FakeOktaTenant.builder().shape(a.shape()).seed(a.seed()).rateLimits(limits);
  }

  private static Optional<FakeOktaTenant> find(ExtensionContext context) {
    for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent();
        c = c.get().getParent()) {
      FakeOktaTenant t = c.get().getStore(NS).get(KEY, FakeOktaTenant.class);
      if (t != null) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FakeOktaTenant.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return find(context).orElseThrow(() -> new ParameterResolutionException("No FakeOktaTenant "
        + "for parameter '" + parameter.getParameter().getName() + "': with @RegisterExtension "
        + "on an instance field the tenant starts per test, so it cannot be injected into "
        + "@BeforeAll methods or constructors; make the field static."));
  }

  /** Configures a {@link FakeOktaTenantExtension}. */
  public static final class Builder {
    private TenantShape shape = TenantShape.EMPTY;
    private long seed = 1;
    private RateLimits limits = RateLimits.defaults();
    private final List<FaultRule> faults = new ArrayList<>();

    private Builder() {}

    /**
     * The generated shape.
     *
     * @param value shape
     * @return this
     */
    public Builder shape(TenantShape value) {
      this.shape = Objects.requireNonNull(value, "shape");
      return this;
    }

    /**
     * The generator seed.
     *
     * @param value seed
     * @return this
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * The rate limits.
     *
     * @param value limits
     * @return this
     */
    public Builder rateLimits(RateLimits value) {
      this.limits = Objects.requireNonNull(value, "rateLimits");
      return this;
    }

    /**
     * Adds a fault rule.
     *
     * @param rule rule
     * @return this
     */
    public Builder fault(FaultRule rule) {
      faults.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Builds the extension.
     *
     * @return the extension
     */
    public FakeOktaTenantExtension build() {
      FakeOktaTenant.Builder b = FakeOktaTenant.builder().shape(shape).seed(seed)
          .rateLimits(limits);
      faults.forEach(b::fault);
      return new FakeOktaTenantExtension(b);
    }
  }
}
