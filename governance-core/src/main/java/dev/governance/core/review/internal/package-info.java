/**
 * The file format of reviews in the directory store and the CSV reading and writing behind {@link
 * dev.governance.core.review.ReviewCsv}. Not API: no compatibility promise.
 */
@NullMarked
package dev.governance.core.review.internal;

import org.jspecify.annotations.NullMarked;
