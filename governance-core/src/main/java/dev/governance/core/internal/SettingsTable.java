package dev.governance.core.internal;

import dev.governance.core.spi.ConnectorSettings;
import dev.governance.core.spi.Setting;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a provider's {@link ConnectorSettings} as a table: Markdown for the docs (generated from
 * the description, so that a doc cannot drift from it) and aligned text for a terminal.
 */
public final class SettingsTable {

  private static final List<String> HEADINGS =
      List.of("setting", "type", "default", "secret reference", "description");

  private SettingsTable() {}

  /**
   * Renders the settings as a Markdown table, one line per setting, ending with a line break.
   *
   * @param settings the description
   * @return the table, or a sentence when the provider describes nothing
   */
  public static String markdown(ConnectorSettings settings) {
    if (!settings.isDescribed()) {
      return "The provider does not describe its settings: any name and text is accepted.\n";
    }
    StringBuilder out = new StringBuilder();
    out.append("| ").append(String.join(" | ", HEADINGS)).append(" |\n");
    out.append("|").append(" --- |".repeat(HEADINGS.size())).append('\n');
    for (Setting<?> s : settings.settings()) {
      StringBuilder name = new StringBuilder("`").append(s.name()).append('`');
      for (String alias : s.aliases()) {
        name.append(" (or `").append(alias).append("`)");
      }
      out.append("| ").append(name)
          .append(" | ").append(cell(s.type().name()))
          .append(" | ").append(s.required() ? "required" : s.defaultText().map(d -> "`" + d + "`").orElse(""))
          .append(" | ").append(s.secretReference() ? "yes" : "no")
          .append(" | ").append(cell(s.description()))
          .append(" |\n");
    }
    return out.toString();
  }

  /**
   * Renders the settings as text columns for a terminal, each line indented by two spaces.
   *
   * @param settings the description
   * @return the lines, each ending with a line break
   */
  public static String text(ConnectorSettings settings) {
    if (!settings.isDescribed()) {
      return "  (no description: any setting is accepted as text)\n";
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("SETTING", "TYPE", "DEFAULT", "SECRET REF", "DESCRIPTION"));
    for (Setting<?> s : settings.settings()) {
      String name = s.aliases().isEmpty() ? s.name()
          : s.name() + " (or " + String.join(", ", s.aliases()) + ")";
      rows.add(List.of(name, s.type().name(),
          s.required() ? "required" : s.defaultText().orElse("-"),
          s.secretReference() ? "yes" : "no", s.description()));
    }
    int[] widths = new int[HEADINGS.size() - 1];
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      out.append("  ");
      for (int i = 0; i < widths.length; i++) {
        out.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 2));
      }
      out.append(row.get(widths.length)).append('\n');
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
