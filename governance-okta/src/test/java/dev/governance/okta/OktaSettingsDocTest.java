package dev.governance.okta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.internal.SettingsTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The settings table of docs/connectors.md is the Okta provider's description, rendered. */
class OktaSettingsDocTest {

  private static final Path PAGE = Path.of("..", "docs", "connectors.md");
  private static final String START = "<!-- okta-settings:start";
  private static final String END = "<!-- okta-settings:end -->";
  private static final String REGENERATE =
      "./mvnw -pl governance-okta test -Dtest=OktaSettingsDocTest -Dgovernance.updateDocs=true";

  @Test
  void theDocsTableIsTheProvidersDescription() throws Exception {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    int start = page.indexOf(START);
    int end = page.indexOf(END);
    assertThat(start).as("docs/connectors.md has the marker %s", START).isNotNegative();
    assertThat(end).as("docs/connectors.md has the marker %s", END).isGreaterThan(start);
    int tableStart = page.indexOf("-->\n", start) + "-->\n".length();
    String rendered = SettingsTable.markdown(new OktaConnectorProvider().settings());
    if (Boolean.getBoolean("governance.updateDocs")) {
      page = page.substring(0, tableStart) + rendered + page.substring(end);
      Files.writeString(PAGE, page, StandardCharsets.UTF_8);
      end = page.indexOf(END);
    }

    assertThat(page.substring(tableStart, end))
        .as("docs/connectors.md lists other Okta settings than OktaConnectorProvider.settings();"
            + " regenerate the table with: %s", REGENERATE)
        .isEqualTo(rendered);
  }

  @Test
  void theTableHasARowForEverySettingWithItsDefaultAndWhetherItIsASecretReference() {
    String rendered = SettingsTable.markdown(new OktaConnectorProvider().settings());

    assertThat(rendered.lines().filter(l -> l.startsWith("| `"))).hasSize(20);
    assertThat(rendered)
        .contains("| `org` (or `tenant`) | string |  | no |")
        .contains("| `concurrency` | integer | `8` | no | The most requests in flight at once, 1 to 75 |")
        .contains("| `tokenEnv` | string |  | yes |")
        .contains("| `factors` | one of admins, everyone | `admins` | no |");
  }
}
