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
 */
@NullMarked
package dev.governance.okta.internal.client;

import org.jspecify.annotations.NullMarked;
