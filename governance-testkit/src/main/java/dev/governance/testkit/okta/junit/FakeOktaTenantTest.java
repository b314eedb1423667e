package dev.governance.testkit.okta.junit;

import dev.governance.testkit.okta.TenantShape;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one {@link dev.governance.testkit.okta.FakeOktaTenant} for the test class and injects it
 * into test and lifecycle method parameters of type {@code FakeOktaTenant}.
 *
 * <pre>{@code
 * @FakeOktaTenantTest(shape = TenantShape.DEMO, seed = 7)
 * class ReaderTest {
 *   @Test
 *   void readsUsers(FakeOktaTenant tenant) {
 *     // tenant.orgUrl(), tenant.apiToken()
 *   }
 * }
 * }</pre>
 *
 * <p>For faults, custom limits, a port, a clock or a fixture file, register {@link
 * FakeOktaTenantExtension#of(java.util.function.Consumer)} with {@code @RegisterExtension}
 * instead.
 *
 * @since 0.1
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeOktaTenantExtension.class)
public @interface FakeOktaTenantTest {
  /**
   * The generated shape.
   *
   * @return the shape
   */
  TenantShape shape() default TenantShape.EMPTY;

  /**
   * The generator seed.
   *
   * @return the seed
   */
  long seed() default 1;

  /**
   * Whether Okta's rate limits apply.
   *
   * @return true to apply them
   */
  boolean rateLimits() default true;

  /**
   * The rate-limit time scale (window length as a fraction of a minute).
   *
   * @return the scale
   */
  double rateLimitScale() default 1.0;
}
