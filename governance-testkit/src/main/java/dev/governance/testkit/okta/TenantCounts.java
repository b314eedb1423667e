package dev.governance.testkit.okta;

/**
 * How much a tenant holds, each count equal to what its API lists.
 *
 * @param users users of every status (a user list with {@code search} includes deactivated
 *     ones, a plain list hides them)
 * @param groups groups of every type, {@code Everyone} included
 * @param apps applications not deleted ({@code /api/v1/apps})
 * @param memberships group memberships, those of {@code Everyone} included
 * @param appAssignments application users listed with scope {@code USER} plus group assignments
 * @param grants active OAuth scope-consent grants
 * @param apiTokens API tokens {@code /api/v1/api-tokens} lists: not revoked, not expired, none of
 *     a deactivated user
 * @param admins distinct users holding an admin role of their own, as {@code
 *     /api/v1/iam/assignees/users} lists them (not those holding one only through a group)
 *     ({@code /api/v1/iam/assignees/users})
 * @since 0.1
 */
public record TenantCounts(
    int users, int groups, int apps, long memberships, long appAssignments, int grants,
    int apiTokens, int admins) {}
