package dev.governance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The provider-neutral parts of core (the model, the access graph and the findings) hold no
 * provider's vocabulary in their code: no string literal names one of Okta's values. Javadoc may
 * give Okta's values as examples; code may not compare with them.
 */
class NeutralCoreTest {

  /** Okta's values as code that reasoned on them would spell them; plain words ("deprovisioned") pass. */
  private static final Pattern OKTA = Pattern.compile(
      "SUPER_ADMIN|ORG_ADMIN|READ_ONLY_ADMIN|DEPROVISIONED|LOCKED_OUT|PROVISIONED|STAGED|OKTA_GROUP"
          + "|APP_GROUP|SAML_2_0|OPENID_CONNECT|AUTO_LOGIN|signed_nonce|token:software|webauthn"
          + "|okta\\.[a-z]+|\\.manage\\b|\\.read\\b|\\b[Oo]kta\\b");
  private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  private static final List<String> NEUTRAL = List.of("model", "access", "findings");

  @Test
  void theModelTheAccessGraphAndTheFindingsCompareWithNoProvidersValues() throws IOException {
    Path core = Repository.root().resolve("governance-core/src/main/java/dev/governance/core");
    List<String> problems = new ArrayList<>();
    for (String pkg : NEUTRAL) {
      try (Stream<Path> files = Files.walk(core.resolve(pkg))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
              continue;
            }
            Matcher literal = LITERAL.matcher(line);
            while (literal.find()) {
              if (OKTA.matcher(literal.group()).find()) {
                problems.add(core.relativize(file) + ":" + (i + 1) + ": " + literal.group());
              }
            }
          }
        }
      }
    }
    assertThat(problems)
        .as("Map the provider's values to the model's neutral categories in the connector, and reason on"
            + " the categories here")
        .isEmpty();
  }

  @Test
  void theCheckFindsAnOktaValueInALiteral() {
    assertThat(OKTA.matcher("\"SUPER_ADMIN\"").find()).isTrue();
    assertThat(OKTA.matcher("\"okta.users.manage\"").find()).isTrue();
    assertThat(OKTA.matcher("\"the provider lists only enrolled factors\"").find()).isFalse();
    assertThat(OKTA.matcher("\"is deprovisioned and reaches no application\"").find()).isFalse();
  }
}
