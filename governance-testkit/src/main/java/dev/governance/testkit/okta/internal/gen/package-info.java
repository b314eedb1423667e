/**
 * The seeded generator of tenant shapes. Bulk shapes build sorted membership arrays directly so
 * that the {@code large} shape stays compact. No compatibility promise.
 */
@NullMarked
package dev.governance.testkit.okta.internal.gen;

import org.jspecify.annotations.NullMarked;
