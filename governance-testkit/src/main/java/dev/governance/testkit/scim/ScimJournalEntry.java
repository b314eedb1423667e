package dev.governance.testkit.scim;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One request a {@link FakeScimServer} served.
 *
 * @param at when it arrived, by the server's clock
 * @param method HTTP method
 * @param path path below the base path, e.g. {@code /Users}
 * @param query raw query string, empty when none
 * @param status the HTTP status answered (0 when the connection was reset)
 * @param ifMatch the {@code If-Match} header sent, or null
 * @since 0.1
 */
public record ScimJournalEntry(
    Instant at, String method, String path, String query, int status, @Nullable String ifMatch) {}
