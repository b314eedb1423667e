package dev.governance.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code governance} command. Each job is a subcommand; {@code governance --help} lists them.
 *
 * @since 0.1
 */
@Command(
    name = "governance",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads an Okta org into an access inventory and reports who can reach what.",
    subcommands = {CommandLine.HelpCommand.class, AccessCommand.class, FakeOktaCommand.class})
public final class Main {

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * Builds the command line with every subcommand registered.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    return new CommandLine(new Main());
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"governance " + (version == null ? "development build" : version)};
    }
  }
}
