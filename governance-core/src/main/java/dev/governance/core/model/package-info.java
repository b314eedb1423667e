/**
 * The provider-neutral access inventory: entities, grants and the snapshot that holds them.
 *
 * <p>Entities ({@link dev.governance.core.model.Identity}, {@link dev.governance.core.model.Group},
 * {@link dev.governance.core.model.Application}, {@link dev.governance.core.model.Role},
 * {@link dev.governance.core.model.ApiToken}, {@link dev.governance.core.model.AuthFactor},
 * {@link dev.governance.core.model.GroupRule}) are records validated and defensively copied in their
 * compact constructors. Who may reach what is a {@link dev.governance.core.model.Grant}, a sealed
 * family with one record per kind of access, each with its {@link
 * dev.governance.core.model.Provenance}.
 *
 * <p>Statuses and types are enums with an {@code UNKNOWN} case, so that a value a provider adds
 * tomorrow never breaks a sync. Invalid arguments (a blank id, a null required field) are
 * programming errors and fail with {@link java.lang.IllegalArgumentException} or {@link
 * java.lang.NullPointerException} naming the field. Components documented as nullable may be
 * {@code null}; everything else never is.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.core.model;

import org.jspecify.annotations.NullMarked;
