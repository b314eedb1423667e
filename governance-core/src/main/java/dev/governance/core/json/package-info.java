/**
 * The JSON form of the model: every entity, grant, provenance, coverage and attribute value, written
 * and read one item at a time with Jackson's streaming API.
 *
 * <p>{@link dev.governance.core.json.ModelJsonWriter} writes an item into a {@link
 * com.fasterxml.jackson.core.JsonGenerator} that the caller positions (inside an array, as a field's
 * value), so that a store, an export or a report can write a whole inventory without ever holding
 * more than one item as JSON. {@link dev.governance.core.json.ModelJsonReader} turns one JSON object
 * back into its record. The field names are those of the records' components; enums are written by
 * name; instants as ISO-8601 text in UTC; optional components that are absent, empty attributes and
 * empty lists of role targets are left out. Sets are written sorted, so equal values give equal
 * text. The form is described in {@code docs/store.md}.
 *
 * <p>This package is public API.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.core.json;

import org.jspecify.annotations.NullMarked;
