package dev.governance.testkit.okta;

import dev.governance.okta.catalog.OktaBucket;
import java.time.Instant;

/**
 * One request the tenant served.
 *
 * @param at when it arrived
 * @param method HTTP method
 * @param path path without query
 * @param query raw query string, empty when none
 * @param bucket the rate-limit bucket it counted against
 * @param status the HTTP status answered (0 when the connection was reset)
 * @param requestId the {@code X-Okta-Request-Id}
 * @since 0.1
 */
public record JournalEntry(
    Instant at, String method, String path, String query, OktaBucket bucket, int status,
    String requestId) {}
