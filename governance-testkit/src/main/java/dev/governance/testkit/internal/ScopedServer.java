package dev.governance.testkit.internal;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * Where a JUnit 5 extension of the testkit keeps the fake server it started: in the store of the
 * scope that started it (class or test), so that JUnit closes it with that scope, and found again
 * from any nested scope.
 *
 * @param <T> the server type
 */
public final class ScopedServer<T extends AutoCloseable> {
  private static final String KEY = "server";

  private final ExtensionContext.Namespace namespace;
  private final Class<T> type;

  /**
   * A home for servers of one type.
   *
   * @param extension the extension class, which names the store's namespace
   * @param type the server type
   */
  public ScopedServer(Class<?> extension, Class<T> type) {
    this.namespace = ExtensionContext.Namespace.create(extension);
    this.type = type;
  }

  /**
   * Keeps a started server in the given scope; JUnit closes it when the scope ends.
   *
   * @param context the scope
   * @param server the running server
   */
  public void keep(ExtensionContext context, T server) {
    context.getStore(namespace).put(KEY, server);
  }

  /**
   * The server of this scope or of the nearest enclosing one.
   *
   * @param context the scope to start from
   * @return the server, or empty when none was started yet
   */
  public Optional<T> find(ExtensionContext context) {
    for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent();
        c = c.get().getParent()) {
      T server = c.get().getStore(namespace).get(KEY, type);
      if (server != null) {
        return Optional.of(server);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a parameter asks for this server type.
   *
   * @param parameter the parameter
   * @return true when its type is exactly the server type
   */
  public boolean supports(ParameterContext parameter) {
    return parameter.getParameter().getType() == type;
  }

  /**
   * The server for a parameter, or an error that says why there is none.
   *
   * @param parameter the parameter
   * @param context the scope
   * @return the server
   */
  public T resolve(ParameterContext parameter, ExtensionContext context) {
    return find(context).orElseThrow(() -> new ParameterResolutionException("No "
        + type.getSimpleName() + " for parameter '" + parameter.getParameter().getName()
        + "': with @RegisterExtension on an instance field the server starts per test, so it "
        + "cannot be injected into @BeforeAll methods or constructors; make the field static."));
  }
}
