package dev.governance.testkit.scim.junit;

import dev.governance.testkit.scim.ScimShape;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one {@link dev.governance.testkit.scim.FakeScimServer} for the test class and injects it
 * into test and lifecycle method parameters of type {@code FakeScimServer}.
 *
 * <pre>{@code
 * @FakeScimServerTest(shape = ScimShape.SMALL, seed = 7)
 * class ReaderTest {
 *   @Test
 *   void readsUsers(FakeScimServer scim) {
 *     // scim.baseUrl(), scim.token()
 *   }
 * }
 * }</pre>
 *
 * <p>For features, faults, a port, a clock or basic authentication, register {@link
 * FakeScimServerExtension#of(java.util.function.Consumer)} with {@code @RegisterExtension}
 * instead.
 *
 * @since 0.1
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeScimServerExtension.class)
public @interface FakeScimServerTest {
  /**
   * The generated shape.
   *
   * @return the shape
   */
  ScimShape shape() default ScimShape.EMPTY;

  /**
   * The generator seed.
   *
   * @return the seed
   */
  long seed() default 1;
}
