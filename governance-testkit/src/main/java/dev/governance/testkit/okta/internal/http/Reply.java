package dev.governance.testkit.okta.internal.http;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a handler answers: status, body, {@code link} values and extra headers. */
public final class Reply {
  /** HTTP status. */
  public final int status;
  /** Body bytes, or null for an empty body. */
  public byte @Nullable [] body;
  /** {@code link} header values, one header line each. */
  public final List<String> links = new ArrayList<>(2);
  /** Extra headers as name/value pairs. */
  public final List<String[]> headers = new ArrayList<>(1);

  /**
   * Creates a reply.
   *
   * @param status status
   * @param body body or null
   */
  public Reply(int status, byte @Nullable [] body) {
    this.status = status;
    this.body = body;
  }

  /**
   * 200 with JSON.
   *
   * @param body JSON
   * @return the reply
   */
  public static Reply ok(byte[] body) {
    return new Reply(200, body);
  }

  /**
   * An empty response with the given status.
   *
   * @param status 200 or 204
   * @return the reply
   */
  public static Reply empty(int status) {
    return new Reply(status, null);
  }

  /**
   * Adds a header.
   *
   * @param name name as it goes on the wire
   * @param value value
   * @return this
   */
  public Reply header(String name, String value) {
    headers.add(new String[] {name, value});
    return this;
  }
}
