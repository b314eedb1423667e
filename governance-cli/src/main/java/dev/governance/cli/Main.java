package dev.governance.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code governance} command. Each job is a subcommand; {@code governance --help} lists them.
 * Errors are printed in one line on standard error, and the exit code says what kind they were
 * ({@link ExitCodes}).
 *
 * @since 0.1
 */
@Command(
    name = "governance",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads an Okta org into an access inventory and reports who can reach what.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:scan: a finding at or above --fail-on",
        "2:usage or configuration error", "3:authentication failed",
        "4:missing permission", "5:provider, network or disk failure",
        "70:unexpected error (a bug)", "130:cancelled"},
    footer = {"%nTry: governance scan --demo --out report   (docs/cli.md has every option)"},
    subcommands = {CommandLine.HelpCommand.class, ScanCommand.class, CheckCommand.class,
        AccessCommand.class, DiffCommand.class, IntegrationsCommand.class, ConnectorsCommand.class,
        FakeOktaCommand.class, FakeScimCommand.class, ReviewCommand.class, RemediateCommand.class})
public final class Main {

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    quietLibraryLogging();
    System.exit(commandLine().execute(args));
  }

  /**
   * Keeps the embedded HTTP server of {@code --demo} and {@code fake-okta} (which logs through
   * java.util.logging) to warnings, so that standard error carries only progress and errors.
   */
  private static void quietLibraryLogging() {
    String config = "handlers=java.util.logging.ConsoleHandler\n.level=WARNING\n"
        + "java.util.logging.ConsoleHandler.level=WARNING\n";
    try {
      java.util.logging.LogManager.getLogManager().readConfiguration(
          new java.io.ByteArrayInputStream(config.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.io.IOException e) {
      // the defaults stay; they only make standard error noisier
    }
  }

  /**
   * Builds the command line with every subcommand registered.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    dev.governance.core.Connectors connectors = dev.governance.core.Connectors.builder().build();
    for (String reading : java.util.List.of("scan", "check")) {
      ConnectorOptions.addTo(java.util.Objects.requireNonNull(cli.getSubcommands().get(reading)).getCommandSpec(),
          connectors);
    }
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine line = e.getCommandLine();
      line.getErr().println("error: " + usageError(e));
      line.getErr().flush();
      return ExitCodes.USAGE;
    });
    // picocli lets unknown arguments pass when --help is among them; they are errors all the same.
    CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
    cli.setExecutionStrategy(parsed -> {
      for (CommandLine.ParseResult each = parsed; each != null; each = each.subcommand()) {
        if (!each.unmatched().isEmpty()) {
          throw new CommandLine.UnmatchedArgumentException(each.commandSpec().commandLine(),
              each.unmatched());
        }
      }
      return run.execute(parsed);
    });
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("error: " + oneLine(e));
      line.getErr().flush();
      return ExitCodes.of(e);
    });
    return cli;
  }

  /**
   * Says in one line what was wrong with the command line and what to do: an unknown command or
   * option is named, with picocli's suggestions of what may have been meant.
   */
  static String usageError(CommandLine.ParameterException e) {
    String command = e.getCommandLine().getCommandSpec().qualifiedName();
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getUnmatched().isEmpty()) {
      String argument = unmatched.getUnmatched().get(0);
      java.util.List<String> suggestions = unmatched.getSuggestions();
      String meant = suggestions.isEmpty() ? ""
          : " (did you mean " + String.join(" or ", suggestions.stream().map(s -> "'" + s + "'").toList()) + "?)";
      if (argument.startsWith("-")) {
        return "Unknown option '" + argument + "' for '" + command + "'" + meant + "; run '" + command
            + " --help' for its options.";
      }
      if (!e.getCommandLine().getSubcommands().isEmpty()) {
        return "Unknown command '" + argument + "'" + meant + "; run '" + command + " --help' for the commands.";
      }
      return "Unexpected argument '" + argument + "' for '" + command + "'; run '" + command
          + " --help' for its usage.";
    }
    return oneLine(e) + " (see '" + command + " --help')";
  }

  /**
   * Says what went wrong in one line. Messages of the SDK's exceptions already say what to do; an
   * unexpected exception is named with its class, as a bug to report.
   */
  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s*\\R\\s*", " ").strip();
    if (e instanceof dev.governance.core.ConnectorFailureException && !message.toLowerCase(java.util.Locale.ROOT).contains("retry")) {
      return message + " Check the org URL and the network, then retry.";
    }
    if (e instanceof dev.governance.core.GovernanceException || e instanceof IllegalArgumentException
        || e instanceof CommandLine.ParameterException) {
      return message;
    }
    return "unexpected " + e.getClass().getName() + (message.isEmpty() ? "" : ": " + message)
        + " (a bug; please report it with the command you ran)";
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
