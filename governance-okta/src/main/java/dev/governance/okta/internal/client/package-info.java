/**
 * The HTTP side of the Okta connector: an okta-sdk-java {@code ApiClient} built with every setting
 * explicit, one rate-limit governor per Okta bucket, a pager that follows {@code link} headers, and
 * the translation of Okta's errors into the SDK's exceptions. No compatibility promise.
 *
 * <p>The client is assembled by hand rather than through {@code Clients.builder()}: the builder
 * merges {@code ~/.okta/okta.yaml}, {@code OKTA_*} environment variables and system properties into
 * every client and refuses plain-http URLs unless a JVM-wide property is set. Built here, only what
 * the caller configured applies, the SDK's cache is off, the SDK's own retries are off (the
 * governors decide when to wait and retry, so two retry loops never compound), and plain http is
 * accepted only for loopback org URLs, which {@link dev.governance.okta.OktaOrg} allows only when
 * testing was explicitly allowed.
 *
 * <p>No secret reaches a log at any level, HttpClient's own loggers included. HttpClient's default
 * connection factory logs every request and response header in clear to {@code
 * org.apache.hc.client5.http.headers} (its plain connection does that too, not only the {@code
 * LoggingManagedHttpClientConnection} it substitutes), and copies every byte, token form bodies
 * with their client assertions included, to {@code org.apache.hc.client5.http.wire}, as soon as
 * either logger is at DEBUG. {@link dev.governance.okta.internal.client.QuietConnectionFactory}
 * makes the pool's connections instead: it never installs the wire logging and logs headers with
 * the values of {@code Authorization}, {@code Proxy-Authorization}, {@code DPoP}, {@code Cookie}
 * and {@code Set-Cookie} masked (the scheme of an {@code Authorization} stays visible). Masking the
 * wire log was not chosen: secrets in raw bytes split across reads cannot be masked reliably, and a
 * body log is of little use once headers are logged. A change of HttpClient's connection contract is
 * caught by the tests that sync with every logger at TRACE and search the log for secrets.
 */
@NullMarked
package dev.governance.okta.internal.client;

import org.jspecify.annotations.NullMarked;
