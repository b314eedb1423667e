package dev.governance.okta.internal.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.message.RequestLine;
import org.apache.hc.core5.http.message.StatusLine;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Identifiable;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the pool's connections: plain HTTP/1.1 connections that never log the wire and log
 * headers only with their secret values masked.
 *
 * <p>HttpClient's own factory logs every header in clear ({@code Authorization: SSWS …}, {@code
 * DPoP: …}) to {@code org.apache.hc.client5.http.headers}, and every byte, form bodies with client
 * assertions included, to {@code org.apache.hc.client5.http.wire}, as soon as either logger is at
 * DEBUG. See the package documentation for why this replaces it.
 */
public final class QuietConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

  /** The logger HttpClient users already know for headers; here it only ever sees masked values. */
  static final Logger HEADER_LOG = LoggerFactory.getLogger("org.apache.hc.client5.http.headers");

  private static final Logger LOG = LoggerFactory.getLogger(QuietConnectionFactory.class);

  /** Headers whose values are credentials, in lower case. */
  private static final Set<String> SECRET_HEADERS = Set.of(
      "authorization", "proxy-authorization", "dpop", "cookie", "set-cookie");

  private static final String MASK = "****";

  private final AtomicLong counter = new AtomicLong();

  @Override
  public ManagedHttpClientConnection createConnection(@Nullable Socket socket) throws IOException {
    QuietConnection connection = new QuietConnection("okta-http-" + counter.getAndIncrement());
    if (socket != null) {
      connection.bind(socket);
    }
    return connection;
  }

  /**
   * A header as it may be logged: the value of a credential header masked, the scheme of an {@code
   * Authorization} header kept.
   *
   * @param header the header
   * @return {@code name: value} with secrets masked
   */
  static String loggable(Header header) {
    String name = header.getName();
    String value = header.getValue();
    if (!SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) || value == null) {
      return name + ": " + (value == null ? "" : value);
    }
    if (name.toLowerCase(Locale.ROOT).endsWith("authorization")) {
      int space = value.indexOf(' ');
      if (space > 0) {
        return name + ": " + value.substring(0, space) + " " + MASK;
      }
    }
    return name + ": " + MASK;
  }

  /** HttpClient's managed connection without the clear-text logging. */
  private static final class QuietConnection extends DefaultBHttpClientConnection
      implements ManagedHttpClientConnection, Identifiable {

    private final String id;
    private final AtomicBoolean closed = new AtomicBoolean();
    private Timeout socketTimeout = Timeout.ZERO_MILLISECONDS;

    QuietConnection(String id) {
      super(Http1Config.DEFAULT, null, null, null, null, null, null, null);
      this.id = id;
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public void bind(Socket socket) throws IOException {
      if (closed.get()) {
        socket.close();
        throw new InterruptedIOException("Connection already shut down");
      }
      // A plain SocketHolder: HttpClient's LoggingSocketHolder would copy every byte to the wire log.
      super.bind(new SocketHolder(socket));
      socketTimeout = Timeout.ofMilliseconds(socket.getSoTimeout());
    }

    @Override
    public @Nullable Socket getSocket() {
      SocketHolder holder = getSocketHolder();
      return holder == null ? null : holder.getSocket();
    }

    @Override
    public @Nullable SSLSession getSSLSession() {
      return getSocket() instanceof SSLSocket ssl ? ssl.getSession() : null;
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
      super.setSocketTimeout(timeout);
      socketTimeout = timeout;
    }

    @Override
    public void close() throws IOException {
      if (closed.compareAndSet(false, true)) {
        LOG.debug("{} closed", id);
        super.close();
      }
    }

    @Override
    public void close(CloseMode mode) {
      if (closed.compareAndSet(false, true)) {
        LOG.debug("{} closed ({})", id, mode);
        super.close(mode);
      }
    }

    @Override
    public void passivate() {
      super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
    }

    @Override
    public void activate() {
      super.setSocketTimeout(socketTimeout);
    }

    @Override
    protected void onRequestSubmitted(@Nullable ClassicHttpRequest request) {
      if (request != null && HEADER_LOG.isDebugEnabled()) {
        HEADER_LOG.debug("{} >> {}", id, new RequestLine(request));
        for (Header header : request.getHeaders()) {
          HEADER_LOG.debug("{} >> {}", id, loggable(header));
        }
      }
    }

    @Override
    protected void onResponseReceived(@Nullable ClassicHttpResponse response) {
      if (response != null && HEADER_LOG.isDebugEnabled()) {
        HEADER_LOG.debug("{} << {}", id, new StatusLine(response));
        for (Header header : response.getHeaders()) {
          HEADER_LOG.debug("{} << {}", id, loggable(header));
        }
      }
    }
  }
}
