package dev.governance.scim;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.internal.Quoted;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a SCIM service provider is, how to authenticate to it, and how to read it: page size,
 * timeouts and retries.
 *
 * <pre>{@code
 * ScimConnectorOptions options = ScimConnectorOptions.builder()
 *     .url("https://scim.example.com/scim/v2")
 *     .credentials(ScimCredentials.bearer(Secret.of(System.getenv("SCIM_TOKEN"))))
 *     .pageSize(200)
 *     .build();
 * }</pre>
 *
 * <p>The URL must be {@code https}; plain {@code http} is accepted only on a loopback address and
 * only with {@link Builder#allowLoopback(boolean)}, for a fake server on this machine. {@code
 * toString} never shows a secret.
 *
 * @since 0.1
 */
public final class ScimConnectorOptions {
  /** The largest page size asked for. */
  public static final int MAX_PAGE_SIZE = 10_000;
  /** The most retries of one request. */
  public static final int MAX_RETRIES = 10;
  /** The longest first wait before a retry. */
  public static final Duration MAX_RETRY_BACKOFF = Duration.ofMinutes(1);

  private final URI url;
  private final ScimCredentials credentials;
  private final int pageSize;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final int maxRetries;
  private final Duration retryBackoff;
  private final Duration maxRetryAfter;
  private final Clock clock;

  private ScimConnectorOptions(Builder b, URI url, ScimCredentials credentials) {
    this.url = url;
    this.credentials = credentials;
    this.pageSize = b.pageSize;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.maxRetries = b.maxRetries;
    this.retryBackoff = b.retryBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.clock = b.clock;
  }

  /**
   * A builder with the defaults: pages of 100, 10 seconds to connect, 60 to read, 3 retries from
   * 500 ms, {@code Retry-After} honoured up to 60 seconds, the UTC system clock.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder with these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.url = url.toString();
    b.allowLoopback = url.getScheme().equals("http");
    b.credentials = credentials;
    b.pageSize = pageSize;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.maxRetries = maxRetries;
    b.retryBackoff = retryBackoff;
    b.maxRetryAfter = maxRetryAfter;
    b.clock = clock;
    return b;
  }

  /**
   * The SCIM base URL, without trailing slash, e.g. {@code https://scim.example.com/scim/v2}.
   *
   * @return the URL
   */
  public URI url() {
    return url;
  }

  /**
   * The credentials.
   *
   * @return the credentials
   */
  public ScimCredentials credentials() {
    return credentials;
  }

  /**
   * The {@code count} asked for per page; servers may return fewer.
   *
   * @return 1 to {@value #MAX_PAGE_SIZE}
   */
  public int pageSize() {
    return pageSize;
  }

  /**
   * How long to wait for a connection.
   *
   * @return the timeout
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * How long to wait for an answer.
   *
   * @return the timeout
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * How often one request is retried after a 429, a 5xx or a broken connection.
   *
   * @return 0 to {@value #MAX_RETRIES}
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * The first wait before a request that failed transiently is sent again; it doubles after.
   *
   * @return the wait
   */
  public Duration retryBackoff() {
    return retryBackoff;
  }

  /**
   * The longest {@code Retry-After} honoured; a 429 asking for longer ends the request at once.
   *
   * @return the limit
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The clock lifecycle results and rate-limit resets are stated by.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "ScimConnectorOptions[url=" + url + ", credentials=" + credentials + ", pageSize="
        + pageSize + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
        + ", maxRetries=" + maxRetries + ", retryBackoff=" + retryBackoff + ", maxRetryAfter="
        + maxRetryAfter + "]";
  }

  /** Builds {@link ScimConnectorOptions}. */
  public static final class Builder {
    private @Nullable String url;
    private boolean allowLoopback;
    private @Nullable ScimCredentials credentials;
    private int pageSize = 100;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private int maxRetries = 3;
    private Duration retryBackoff = Duration.ofMillis(500);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The SCIM base URL, the one below which {@code /Users} and {@code /ServiceProviderConfig}
     * are.
     *
     * @param value e.g. {@code https://scim.example.com/scim/v2}
     * @return this
     */
    public Builder url(String value) {
      this.url = Objects.requireNonNull(value, "url");
      return this;
    }

    /**
     * Accepts a plain-http URL on a loopback address, such as a fake server on this machine.
     *
     * @param value true to accept it
     * @return this
     */
    public Builder allowLoopback(boolean value) {
      this.allowLoopback = value;
      return this;
    }

    /**
     * The credentials.
     *
     * @param value the credentials
     * @return this
     */
    public Builder credentials(ScimCredentials value) {
      this.credentials = Objects.requireNonNull(value, "credentials");
      return this;
    }

    /**
     * The {@code count} asked for per page.
     *
     * @param value 1 to {@value ScimConnectorOptions#MAX_PAGE_SIZE}
     * @return this
     * @throws InvalidConfigurationException if out of range
     */
    public Builder pageSize(int value) {
      if (value < 1 || value > MAX_PAGE_SIZE) {
        throw new InvalidConfigurationException("pageSize", "pageSize must be from 1 to "
            + MAX_PAGE_SIZE + ", got " + value);
      }
      this.pageSize = value;
      return this;
    }

    /**
     * How long to wait for a connection.
     *
     * @param value positive
     * @return this
     * @throws InvalidConfigurationException if not positive
     */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = positive("connectTimeout", value);
      return this;
    }

    /**
     * How long to wait for an answer.
     *
     * @param value positive
     * @return this
     * @throws InvalidConfigurationException if not positive
     */
    public Builder readTimeout(Duration value) {
      this.readTimeout = positive("readTimeout", value);
      return this;
    }

    /**
     * How often one request is retried after a transient failure.
     *
     * @param value 0 to {@value ScimConnectorOptions#MAX_RETRIES}
     * @return this
     * @throws InvalidConfigurationException if out of range
     */
    public Builder maxRetries(int value) {
      if (value < 0 || value > MAX_RETRIES) {
        throw new InvalidConfigurationException("maxRetries", "maxRetries must be from 0 to "
            + MAX_RETRIES + ", got " + value);
      }
      this.maxRetries = value;
      return this;
    }

    /**
     * The first wait before a retry, doubling after.
     *
     * @param value 0 to one minute
     * @return this
     * @throws InvalidConfigurationException if out of range
     */
    public Builder retryBackoff(Duration value) {
      Objects.requireNonNull(value, "retryBackoff");
      if (value.isNegative() || value.compareTo(MAX_RETRY_BACKOFF) > 0) {
        throw new InvalidConfigurationException("retryBackoff", "retryBackoff must be from 0 to 1m,"
            + " got " + value);
      }
      this.retryBackoff = value;
      return this;
    }

    /**
     * The longest {@code Retry-After} honoured.
     *
     * @param value not negative
     * @return this
     * @throws InvalidConfigurationException if negative
     */
    public Builder maxRetryAfter(Duration value) {
      Objects.requireNonNull(value, "maxRetryAfter");
      if (value.isNegative()) {
        throw new InvalidConfigurationException("maxRetryAfter", "maxRetryAfter must not be negative,"
            + " got " + value);
      }
      this.maxRetryAfter = value;
      return this;
    }

    /**
     * The clock.
     *
     * @param value the clock
     * @return this
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws InvalidConfigurationException if the URL or the credentials are missing or the URL
     *     is not https (or loopback http with {@link #allowLoopback(boolean)})
     */
    public ScimConnectorOptions build() {
      if (url == null || url.isBlank()) {
        throw new InvalidConfigurationException("url", "The SCIM base URL is required, e.g."
            + " https://scim.example.com/scim/v2");
      }
      if (credentials == null) {
        throw new InvalidConfigurationException("credentials", "Credentials are required: a bearer"
            + " token, or a user name and password");
      }
      return new ScimConnectorOptions(this, parse(url, allowLoopback), credentials);
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new InvalidConfigurationException(name, name + " must be positive, got " + value);
      }
      return value;
    }

    private static URI parse(String text, boolean allowLoopback) {
      String t = text.strip();
      URI uri;
      try {
        uri = new URI(t);
      } catch (URISyntaxException e) {
        throw new InvalidConfigurationException("url", "The SCIM URL " + Quoted.quote(t)
            + " is not a URL", e);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost();
      if (host == null || uri.getRawQuery() != null || uri.getRawFragment() != null
          || uri.getRawUserInfo() != null || !(scheme.equals("https") || scheme.equals("http"))) {
        throw new InvalidConfigurationException("url", "The SCIM URL " + Quoted.quote(t)
            + " must be https://host[:port]/path, without user, query or fragment");
      }
      if (scheme.equals("http") && !(allowLoopback && loopback(host))) {
        throw new InvalidConfigurationException("url", "The SCIM URL " + Quoted.quote(t)
            + " must use https; plain http is accepted only on a loopback address, with the"
            + " allowLoopback setting");
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    private static boolean loopback(String host) {
      String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
      if (h.equalsIgnoreCase("localhost")) {
        return true;
      }
      if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
        return false; // never resolve a name to decide
      }
      try {
        return InetAddress.getByName(h).isLoopbackAddress();
      } catch (java.net.UnknownHostException e) {
        return false;
      }
    }
  }
}
