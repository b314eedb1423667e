package dev.governance.testkit.scim.internal;

import org.jspecify.annotations.Nullable;

/** An error answer: HTTP status, RFC 7644 {@code scimType} and detail. */
public final class ScimError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status. */
  public final int status;
  /** The {@code scimType}, or null. */
  public final @Nullable String scimType;

  /**
   * Creates an error.
   *
   * @param status HTTP status
   * @param scimType scimType or null
   * @param detail the detail
   */
  public ScimError(int status, @Nullable String scimType, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.scimType = scimType;
  }

  /**
   * A 400 with a scimType.
   *
   * @param scimType e.g. {@code invalidFilter}
   * @param detail the detail
   * @return the error
   */
  public static ScimError bad(String scimType, String detail) {
    return new ScimError(400, scimType, detail);
  }

  /**
   * A 404 for a resource.
   *
   * @param type resource type
   * @param id its id
   * @return the error
   */
  public static ScimError notFound(String type, String id) {
    return new ScimError(404, null, "Resource " + type + " " + id + " not found");
  }
}
