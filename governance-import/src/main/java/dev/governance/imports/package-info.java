/**
 * Connectors that read a tenant from files rather than from a provider's API: {@link
 * dev.governance.imports.FileImportProvider} ({@code file}) for the CSV files the reports write,
 * and {@link dev.governance.imports.JsonImportProvider} ({@code json}) for the snapshot JSON
 * format. Both are found through {@link java.util.ServiceLoader}, stream what they read into the
 * sink, keep only entity ids in memory, and refuse input with a problem before a snapshot is kept.
 *
 * <p>The package is called {@code imports} because {@code import} is a Java keyword.
 *
 * <p>This package is public API.
 */
@NullMarked
package dev.governance.imports;

import org.jspecify.annotations.NullMarked;
