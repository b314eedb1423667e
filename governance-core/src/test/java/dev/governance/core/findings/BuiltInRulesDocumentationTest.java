package dev.governance.core.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.InventoryCollection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/findings.md describes each built-in rule with the metadata the rule itself returns. */
class BuiltInRulesDocumentationTest {

  private static final Path PAGE = Path.of("..", "docs", "findings.md");
  private static final Pattern SECTION = Pattern.compile("(?m)^### `([a-z0-9.-]+)` — ([A-Z]+)");
  private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([a-z0-9.-]+)` \\| ([A-Z]+)");
  private static final Pattern COLLECTION = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");

  @Test
  void everyRuleHasASectionInRunOrderHeadedByItsDefaultSeverity() throws IOException {
    assertThat(severities(SECTION.matcher(page()))).isEqualTo(builtIns());
  }

  @Test
  void theRuleTableListsEveryRuleInRunOrderWithItsDefaultSeverity() throws IOException {
    assertThat(severities(TABLE_ROW.matcher(page()))).isEqualTo(builtIns());
  }

  @Test
  void eachSectionsNeedsLineStatesTheRulesInputs() throws IOException {
    String page = page();
    for (FindingRule rule : BuiltInRules.all()) {
      RuleMetadata meta = rule.metadata();
      int section = page.indexOf("### `" + meta.id() + "`");
      int needs = page.indexOf("- **Needs**: ", section);
      assertThat(section).as(meta.id()).isNotNegative();
      String sentence = firstSentence(page.substring(needs + "- **Needs**: ".length()));

      assertThat(documentedInputs(sentence)).as("%s: %s", meta.id(), sentence)
          .isEqualTo(new HashSet<>(meta.inputs()));
    }
  }

  private static Map<String, Severity> builtIns() {
    Map<String, Severity> out = new LinkedHashMap<>();
    BuiltInRules.all().forEach(r -> out.put(r.metadata().id(), r.metadata().defaultSeverity()));
    return out;
  }

  private static Map<String, Severity> severities(Matcher m) {
    Map<String, Severity> out = new LinkedHashMap<>();
    while (m.find()) {
      out.put(m.group(1), Severity.valueOf(m.group(2)));
    }
    return out;
  }

  /** "A and B read; C optional." as inputs: each clause's collections, with its last word's need. */
  private static Set<RuleInput> documentedInputs(String sentence) {
    Set<RuleInput> inputs = new HashSet<>();
    for (String clause : sentence.replaceAll("\\([^)]*\\)", "").replace("**", "").split(";")) {
      String[] words = clause.strip().split("\\s+");
      RuleInput.Need need = RuleInput.Need.valueOf(words[words.length - 1].toUpperCase(Locale.ROOT));
      List<String> names = new ArrayList<>();
      COLLECTION.matcher(clause).results().forEach(r -> names.add(r.group()));
      assertThat(names).as(clause).isNotEmpty();
      names.forEach(n -> inputs.add(new RuleInput(InventoryCollection.valueOf(n), need)));
    }
    return inputs;
  }

  private static String firstSentence(String text) {
    Matcher end = Pattern.compile("\\.(\\s|$)").matcher(text);
    assertThat(end.find()).isTrue();
    return text.substring(0, end.start()).replaceAll("\\s+", " ");
  }

  private static String page() throws IOException {
    return Files.readString(PAGE);
  }
}
