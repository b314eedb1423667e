/**
 * The SCIM 2.0 connector: {@link dev.governance.scim.ScimConnector}, its options and credentials,
 * and {@link dev.governance.scim.ScimConnectorProvider} (id {@code scim}, found through {@link
 * java.util.ServiceLoader}). This package is public API.
 *
 * <h2>What maps to what</h2>
 *
 * <ul>
 *   <li>A user is an {@link dev.governance.core.model.Identity}: {@code userName} is the login, the
 *       primary email (or the first) the email, {@code displayName} (or {@code name.formatted}, or
 *       the given and family names) the display name, {@code active} the status (active or
 *       deactivated; unknown when the server does not say), {@code meta.created} and {@code
 *       meta.lastModified} the times. The enterprise extension's attributes ({@code department},
 *       {@code employeeNumber}, {@code manager} as the manager's id, ...) and {@code externalId},
 *       {@code title}, {@code userType}, {@code nickName} are its attributes.
 *   <li>A group is a native {@link dev.governance.core.model.Group}, and each of its {@code
 *       members} a {@link dev.governance.core.model.Grant.Membership}: of a group when the
 *       member's {@code type} is {@code Group} (nested groups), else of an identity.
 *   <li>A value of a user's {@code roles} is a {@link dev.governance.core.model.Role} with the id
 *       {@code role:<value>} and a {@link dev.governance.core.model.Grant.RoleAssignment} to the
 *       user. SCIM says nothing of what a role allows, so its permissions and privilege are
 *       unknown and its targets are not known.
 *   <li>A value of a user's {@code entitlements} is a role too, with the id {@code
 *       entitlement:<value>} holding exactly that entitlement as its one permission, and a role
 *       assignment. An entitlement is a right the service provider grants a user; the model's
 *       closest kind is a role that holds one permission. An application would be wrong: SCIM
 *       entitlements are rights inside the one application the server is, not applications of
 *       their own.
 * </ul>
 *
 * <h2>Coverage</h2>
 *
 * <p>What the server offers is read from {@code /ServiceProviderConfig}, {@code /ResourceTypes}
 * and {@code /Schemas} first. A server without the {@code Group} resource type has groups and
 * memberships unavailable by design, and one whose User schema has neither {@code roles} nor
 * {@code entitlements} has roles and role assignments unavailable by design; collections SCIM has
 * no notion of (applications, tokens, factors, ...) are unavailable by design too. A 403 makes a
 * collection unavailable for lack of permission; a failure after retries makes it unavailable, or
 * partial when some pages were read. Pages are asked for with {@code startIndex} and {@code
 * count}; a server that returns fewer than asked is asked again from where its page ended, and a
 * {@code totalResults} that changes between pages makes the collection partial with the reason.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.scim;

import org.jspecify.annotations.NullMarked;
