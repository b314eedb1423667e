package dev.governance.scim.internal;

import com.unboundid.scim2.client.ScimService;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.messages.ErrorResponse;
import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.CancelledException;
import dev.governance.core.ConflictException;
import dev.governance.core.ConnectorFailureException;
import dev.governance.core.GovernanceException;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.NotFoundException;
import dev.governance.core.RateLimitedException;
import dev.governance.core.Secret;
import dev.governance.core.internal.Quoted;
import dev.governance.scim.ScimConnectorOptions;
import dev.governance.scim.ScimCredentials;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.glassfish.jersey.jnh.connector.JavaNetHttpConnectorProvider;
import org.jspecify.annotations.Nullable;

/**
 * UnboundID's {@link ScimService} on a Jersey client: the credentials added to every request,
 * {@code Retry-After} read from every answer, transient failures retried, and SCIM errors mapped
 * to the exception family of {@code dev.governance.core} by HTTP status and {@code scimType},
 * never by message text.
 */
public final class ScimClient implements AutoCloseable {
  /** The one rate-limit bucket a SCIM server is counted in. */
  public static final String BUCKET = "scim";

  private final ScimConnectorOptions options;
  private final Sleeper sleeper;
  private final Client client;
  private final ScimService service;
  /** The {@code Retry-After} of the calling thread's last answer. */
  private final ThreadLocal<@Nullable String> retryAfter = new ThreadLocal<>();

  /** A request to the service. */
  @FunctionalInterface
  public interface Call<T> {
    /**
     * Sends it.
     *
     * @param service the service
     * @return the answer
     * @throws ScimException for an error answer
     */
    T run(ScimService service) throws ScimException;
  }

  /**
   * What a call is about, for its error messages and exceptions.
   *
   * @param what what it does, e.g. {@code read the Users}
   * @param permission the permission it needs, e.g. {@code read User resources}
   * @param kind the kind of the resource it names, for a 404, or null
   * @param id the id of that resource, or null
   */
  public record Op(String what, String permission, @Nullable String kind, @Nullable String id) {
    /**
     * An operation on no single resource.
     *
     * @param what what it does
     * @param permission what it needs
     * @return the operation
     */
    public static Op of(String what, String permission) {
      return new Op(what, permission, null, null);
    }
  }

  /**
   * Opens the client.
   *
   * @param options the options
   * @param sleeper waits before retries
   */
  public ScimClient(ScimConnectorOptions options, Sleeper sleeper) {
    this.options = options;
    this.sleeper = sleeper;
    this.client = new JerseyClientBuilder()
        .withConfig(new ClientConfig().connectorProvider(new JavaNetHttpConnectorProvider()))
        .connectTimeout(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .register(new Authorization(header(options.credentials())))
        .register(new RetryAfterReader(retryAfter))
        .build();
    this.service = new ScimService(client.target(options.url()));
  }

  private static Secret header(ScimCredentials credentials) {
    if (credentials instanceof ScimCredentials.BearerToken b) {
      return Secret.of("Bearer " + b.token().reveal());
    }
    ScimCredentials.Basic basic = (ScimCredentials.Basic) credentials;
    return Secret.of("Basic " + Base64.getEncoder().encodeToString(
        (basic.username() + ":" + basic.password().reveal()).getBytes(StandardCharsets.UTF_8)));
  }

  /** Adds the credentials to every request. */
  private static final class Authorization implements ClientRequestFilter {
    private final Secret header;

    Authorization(Secret header) {
      this.header = header;
    }

    @Override
    public void filter(ClientRequestContext request) {
      request.getHeaders().putSingle("Authorization", header.reveal());
    }

    @Override
    public String toString() {
      return "Authorization[" + Secret.MASK + "]";
    }
  }

  /** Keeps the {@code Retry-After} of each answer for the thread that asked. */
  private static final class RetryAfterReader implements ClientResponseFilter {
    private final ThreadLocal<@Nullable String> target;

    RetryAfterReader(ThreadLocal<@Nullable String> target) {
      this.target = target;
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
      target.set(response.getHeaderString("Retry-After"));
    }
  }

  /**
   * Sends a request, retrying 429s (after their {@code Retry-After}), 5xx answers and broken
   * connections up to the options' limit.
   *
   * @param op what it is about
   * @param meter counts it
   * @param call the request
   * @param <T> the answer's type
   * @return the answer
   * @throws GovernanceException the mapped failure
   */
  public <T> T call(Op op, Meter meter, Call<T> call) {
    return call(op, meter, call, e -> Optional.empty());
  }

  /**
   * Sends a request, as {@link #call(Op, Meter, Call)}, letting the caller turn some error answers
   * into a result first.
   *
   * @param op what it is about
   * @param meter counts it
   * @param call the request
   * @param handler gives a result for an error answer it expects, or empty to map it as usual
   * @param <T> the answer's type
   * @return the answer
   */
  public <T> T call(Op op, Meter meter, Call<T> call, ErrorHandler<T> handler) {
    int attempt = 0;
    long backoff = options.retryBackoff().toMillis();
    while (true) {
      retryAfter.remove();
      meter.call();
      try {
        return call.run(service);
      } catch (ScimException e) {
        int status = status(e);
        String scimType = scimType(e);
        Optional<T> handled = handler.handle(new ScimFailure(status, scimType));
        if (handled.isPresent()) {
          return handled.get();
        }
        if (status == 429) {
          Duration wait = retryAfter(retryAfter.get());
          if (attempt < options.maxRetries() && wait.compareTo(options.maxRetryAfter()) <= 0) {
            attempt++;
            meter.retry();
            pause(wait.toMillis());
            continue;
          }
          throw new RateLimitedException(BUCKET, options.clock().instant().plus(wait),
              "The SCIM server kept answering 429 (too many requests) to " + op.what() + " after "
                  + attempt + " retries; it asks to wait " + wait.toSeconds() + "s");
        }
        if (transientStatus(status) && attempt < options.maxRetries()) {
          attempt++;
          meter.retry();
          pause(backoff);
          backoff = Math.min(backoff * 2, ScimConnectorOptions.MAX_RETRY_BACKOFF.toMillis());
          continue;
        }
        throw map(op, status, scimType, detail(e), e, attempt);
      } catch (ProcessingException | WebApplicationException e) {
        if (attempt < options.maxRetries()) {
          attempt++;
          meter.retry();
          pause(backoff);
          backoff = Math.min(backoff * 2, ScimConnectorOptions.MAX_RETRY_BACKOFF.toMillis());
          continue;
        }
        throw new ConnectorFailureException("The SCIM server could not be reached or answered"
            + " what is not SCIM to " + op.what() + " (" + e.getClass().getSimpleName() + ") after "
            + attempt + " retries", true, e);
      }
    }
  }

  /** Turns an error answer a caller expects into a result. */
  @FunctionalInterface
  public interface ErrorHandler<T> {
    /**
     * Handles a failure.
     *
     * @param failure the status and scimType
     * @return a result, or empty to map the failure as usual
     */
    Optional<T> handle(ScimFailure failure);
  }

  /**
   * An error answer.
   *
   * @param status the HTTP status
   * @param scimType the RFC 7644 {@code scimType}, or null
   */
  public record ScimFailure(int status, @Nullable String scimType) {}

  private static boolean transientStatus(int status) {
    return status == 500 || status == 502 || status == 503 || status == 504;
  }

  private void pause(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      sleeper.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException("Interrupted while waiting to retry a SCIM request");
    }
  }

  /** {@code Retry-After} in seconds or as an HTTP date; 1 second when absent or unreadable. */
  Duration retryAfter(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return Duration.ofSeconds(1);
    }
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
    } catch (NumberFormatException e) {
      try {
        java.time.Instant at = java.time.ZonedDateTime.parse(header.strip(),
            java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(options.clock().instant(), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (java.time.format.DateTimeParseException unreadable) {
        return Duration.ofSeconds(1);
      }
    }
  }

  private static int status(ScimException e) {
    ErrorResponse error = e.getScimError();
    Integer status = error == null ? null : error.getStatus();
    return status == null ? 0 : status;
  }

  private static @Nullable String scimType(ScimException e) {
    ErrorResponse error = e.getScimError();
    return error == null ? null : error.getScimType();
  }

  private String detail(ScimException e) {
    ErrorResponse error = e.getScimError();
    String detail = error == null ? null : error.getDetail();
    if (detail == null || detail.isBlank()) {
      return "";
    }
    String safe = detail;
    if (options.credentials() instanceof ScimCredentials.BearerToken b) {
      safe = java.util.Objects.requireNonNull(b.token().redact(safe));
    } else if (options.credentials() instanceof ScimCredentials.Basic basic) {
      safe = java.util.Objects.requireNonNull(basic.password().redact(safe));
    }
    return ": " + Quoted.quote(safe);
  }

  private GovernanceException map(Op op, int status, @Nullable String scimType, String detail,
      ScimException cause, int retries) {
    String said = " (HTTP " + status + (scimType == null ? "" : ", scimType " + scimType) + ")" + detail;
    return switch (status) {
      case 401 -> new AuthenticationFailedException(options.url().toString(),
          AuthenticationFailedException.Reason.UNKNOWN_CREDENTIAL, "The SCIM server at "
              + options.url() + " refused the credentials (" + options.credentials().principal()
              + ") to " + op.what() + said, cause);
      case 403 -> new InsufficientPermissionException("The credentials may not " + op.what()
          + said + "; they need to " + op.permission(), Set.of(), Set.of(op.permission()), cause);
      case 404 -> new NotFoundException(op.kind() == null ? "endpoint" : op.kind(),
          op.id() == null ? op.what() : op.id(), "The SCIM server found nothing to " + op.what()
              + said, cause);
      case 409, 412 -> new ConflictException("The SCIM server refused to " + op.what()
          + " in the resource's current state" + said, cause);
      default -> new ConnectorFailureException("The SCIM server failed to " + op.what() + said
          + (retries > 0 ? " after " + retries + " retries" : ""), transientStatus(status), cause);
    };
  }

  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "ScimClient[" + options.url() + "]";
  }
}
