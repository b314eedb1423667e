package dev.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class StoreOptionsTest {

  private static final List<String> STORE_OPTIONS = List.of("--home", "--store", "--store-user",
      "--store-password-env", "--store-password-file");

  @Test
  void everyCommandThatOpensTheStoreOffersTheSameStoreOptionsWithTheSameHelp() {
    CommandLine main = Main.commandLine();
    Map<String, String> integrations = storeHelp(main.getSubcommands().get("integrations"));

    assertThat(integrations).containsOnlyKeys(STORE_OPTIONS);
    for (String command : List.of("review", "remediate", "scan")) {
      assertThat(storeHelp(main.getSubcommands().get(command))).as(command).isEqualTo(integrations);
    }
    for (String sub : List.of("list", "add", "edit", "sync")) {
      assertThat(storeHelp(main.getSubcommands().get("integrations").getSubcommands().get(sub)))
          .as("integrations " + sub).isEqualTo(integrations);
    }
    for (String sub : List.of("create", "list", "show", "export", "import", "close")) {
      assertThat(storeHelp(main.getSubcommands().get("review").getSubcommands().get(sub)))
          .as("review " + sub).isEqualTo(integrations);
    }
  }

  @Test
  void homeAndStoreTogetherAreRefusedTheSameWayByEveryCommandThatOpensTheStore(@TempDir Path dir) {
    String[] both = {"--home", dir.toString(), "--store", "jdbc:postgresql://127.0.0.1:9/governance"};
    List<String[]> commands = List.of(
        join(new String[] {"integrations", "list"}, both),
        join(new String[] {"review", "list"}, both),
        join(new String[] {"remediate", "--review", "r1"}, both),
        join(new String[] {"scan", "--demo", "--no-progress", "--save", "demo"}, both));

    for (String[] args : commands) {
      Run run = Run.of(args);

      assertThat(run.exitCode()).as(args[0]).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err()).as(args[0]).contains("Give --home DIR or --store URL, not both");
    }
  }

  @Test
  void twoPlacesForTheDatabasePasswordAreRefusedWithBothNamed(@TempDir Path dir) {
    Run run = Run.of("review", "list", "--store", "jdbc:postgresql://127.0.0.1:9/governance",
        "--store-password-env", "GOVERNANCE_NO_SUCH_VARIABLE",
        "--store-password-file", dir.resolve("password").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--store-password-env NAME or --store-password-file PATH");
  }

  private static Map<String, String> storeHelp(CommandLine command) {
    Map<String, String> help = new TreeMap<>();
    for (OptionSpec option : command.getCommandSpec().options()) {
      if (STORE_OPTIONS.contains(option.longestName())) {
        help.put(option.longestName(), option.paramLabel() + " " + String.join(" ", option.description()));
      }
    }
    return help;
  }

  private static String[] join(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
