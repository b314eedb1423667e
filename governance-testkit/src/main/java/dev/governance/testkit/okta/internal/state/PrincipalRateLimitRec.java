package dev.governance.testkit.okta.internal.state;

/**
 * A principal rate limit: the share of each rate-limit bucket (and of the concurrency limit) one
 * API token or OAuth app may use, as {@code /api/v1/principal-rate-limits} lists it.
 *
 * @param id the entity id
 * @param principalId the API token id or the OAuth app's client id
 * @param principalType {@code SSWS_TOKEN} or {@code OAUTH_CLIENT}
 * @param defaultPercentage percent of each bucket's limit
 * @param defaultConcurrencyPercentage percent of the concurrency limit
 * @param created epoch millis
 */
public record PrincipalRateLimitRec(String id, String principalId, String principalType,
    int defaultPercentage, int defaultConcurrencyPercentage, long created) {}
