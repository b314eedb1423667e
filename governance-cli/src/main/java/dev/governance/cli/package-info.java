/**
 * The {@code governance} command: one picocli entry point with a subcommand per job ({@code scan},
 * {@code check}, {@code access}, {@code diff}, {@code integrations}, {@code connectors}, {@code
 * fake-okta}). Options and exit codes are described in {@code docs/cli.md}.
 *
 * <p>The command line itself (its commands, options, output formats and exit codes) is the
 * interface; these classes are not API and carry no compatibility promise.
 *
 * @since 0.1
 */
@NullMarked
package dev.governance.cli;

import org.jspecify.annotations.NullMarked;
