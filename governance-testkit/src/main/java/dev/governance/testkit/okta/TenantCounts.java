package dev.governance.testkit.okta;

/**
 * How much a tenant holds.
 *
 * @param users users of every status
 * @param groups groups of every type, {@code Everyone} included
 * @param apps applications of every status
 * @param memberships group memberships, those of {@code Everyone} included
 * @param appAssignments direct user assignments plus group assignments
 * @param grants active OAuth scope-consent grants
 * @param apiTokens live API tokens
 * @param admins distinct users holding an admin role directly or through a group
 * @since 0.1
 */
public record TenantCounts(
    int users, int groups, int apps, long memberships, long appAssignments, int grants,
    int apiTokens, int admins) {}
