package dev.governance.testkit.okta.internal.state;

import java.util.List;

/** An Okta error response: HTTP status, error code, summary and causes. */
public final class OktaError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** HTTP status. */
  public final int status;
  /** Okta error code, e.g. {@code E0000007}. */
  public final String code;
  /** Error causes ({@code errorSummary} of each). */
  public final List<String> causes;
  private final String summary;

  /**
   * Creates an error.
   *
   * @param status HTTP status
   * @param code Okta code
   * @param summary error summary
   * @param causes causes
   */
  public OktaError(int status, String code, String summary, List<String> causes) {
    super(summary, null, false, false);
    this.summary = summary;
    this.status = status;
    this.code = code;
    this.causes = List.copyOf(causes);
  }

  /**
   * The error summary.
   *
   * @return the summary given to the constructor
   */
  @Override
  public String getMessage() {
    return summary;
  }

  /**
   * 404 E0000007.
   *
   * @param what the resource description
   * @return the error
   */
  public static OktaError notFound(String what) {
    return new OktaError(404, "E0000007", "Not found: Resource not found: " + what, List.of());
  }

  /**
   * 403 E0000006.
   *
   * @return the error
   */
  public static OktaError forbidden() {
    return new OktaError(
        403, "E0000006", "You do not have permission to perform the requested action", List.of());
  }

  /**
   * 400 E0000001.
   *
   * @param cause the reason
   * @return the error
   */
  public static OktaError validation(String cause) {
    return new OktaError(400, "E0000001", "Api validation failed: " + cause, List.of(cause));
  }

  /**
   * 400 E0000031.
   *
   * @param cause what is unsupported
   * @return the error
   */
  public static OktaError badSearch(String cause) {
    return new OktaError(400, "E0000031", "Invalid search criteria.", List.of(cause));
  }

  /**
   * 401 E0000011.
   *
   * @return the error
   */
  public static OktaError invalidToken() {
    return new OktaError(401, "E0000011", "Invalid token provided", List.of());
  }
}
