package dev.governance.okta;

import dev.governance.okta.catalog.OktaScope;
import java.util.Objects;
import java.util.Set;

/**
 * One Okta management API operation that the SDK calls, as named in Okta's OpenAPI specification,
 * with the OAuth scope that the specification lists for it.
 *
 * @param operationId the specification's {@code operationId}, e.g. {@code listUsers}
 * @param method the HTTP method, upper-case
 * @param path the path template, e.g. {@code /api/v1/users/{userId}/roles}
 * @param scope the scope Okta requires of an OAuth access token
 * @since 0.1
 */
public record OktaOperation(String operationId, String method, String path, OktaScope scope) {

  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");

  /** Validates the fields. */
  public OktaOperation {
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(scope, "scope");
    if (!METHODS.contains(method)) {
      throw new IllegalArgumentException("method must be one of " + METHODS + ": " + method);
    }
    if (!path.startsWith("/api/v1/") && !path.startsWith("/oauth2/v1/clients/")) {
      throw new IllegalArgumentException("path must start with /api/v1/ or /oauth2/v1/clients/: " + path);
    }
  }

  static OktaOperation get(String operationId, String path, OktaScope scope) {
    return new OktaOperation(operationId, "GET", path, scope);
  }

  /**
   * Returns the operation as {@code METHOD path}.
   *
   * @return e.g. {@code GET /api/v1/users}
   */
  public String endpoint() {
    return method + " " + path;
  }
}
