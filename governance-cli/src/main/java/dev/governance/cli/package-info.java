/**
 * The {@code governance} command: one picocli entry point with a subcommand per job.
 *
 * @since 0.1
 */
package dev.governance.cli;
