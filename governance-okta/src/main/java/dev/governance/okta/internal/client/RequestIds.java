package dev.governance.okta.internal.client;

import org.jspecify.annotations.Nullable;

/**
 * The {@code X-Okta-Request-Id} of the last response each thread received from one client. The
 * HTTP client runs its response interceptors on the thread that sent the request, before the call
 * returns, so the id a thread finds here after a call is that call's.
 */
final class RequestIds {
  private final ThreadLocal<@Nullable String> last = new ThreadLocal<>();

  /** Forgets the previous id, before a request is sent. */
  void clear() {
    last.remove();
  }

  /** Keeps the id of a response just received, or nothing when it carried none. */
  void seen(@Nullable String requestId) {
    if (requestId == null || requestId.isBlank()) {
      last.remove();
    } else {
      last.set(requestId);
    }
  }

  /** The id of this thread's last response since {@link #clear()}, or {@code null}. */
  @Nullable String last() {
    return last.get();
  }
}
