/**
 * Who calls and what they may do: API tokens act as their owner with the owner's admin roles;
 * service apps act with their granted scopes and the roles assigned to them. No compatibility
 * promise.
 */
@NullMarked
package dev.governance.testkit.okta.internal.auth;

import org.jspecify.annotations.NullMarked;
