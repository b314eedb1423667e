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
 * okta-sdk-java's types appear in main code, imported or fully qualified, only inside {@code
 * dev.governance.okta.internal} packages, in every module: the connector's API, the model and the
 * testkit speak the neutral model, and a new SDK version changes one place.
 */
class OktaSdkConfinedTest {

  private static final Pattern SDK_IMPORT =
      Pattern.compile("^import\\s+(?:static\\s+)?(com\\.okta\\.sdk\\.|org\\.openapitools\\.client\\.)",
          Pattern.MULTILINE);
  /** A fully qualified use in code: {@code new com.okta.sdk.resource.model.User()}. */
  private static final Pattern SDK_NAME =
      Pattern.compile("(?<![\\w.])(com\\.okta\\.sdk\\.|org\\.openapitools\\.client\\.)");
  /** String literals, then block and line comments: what is not code. */
  private static final Pattern NOT_CODE =
      Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"|/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
  private static final String ALLOWED = "dev.governance.okta.internal";

  @Test
  void mainCodeImportsOrNamesOktaSdkTypesOnlyInOktaInternalPackages() throws IOException {
    List<String> problems = new ArrayList<>();
    int files = 0;
    for (String module : Repository.modules()) {
      Path main = Repository.root().resolve(module).resolve("src/main/java");
      if (!Files.isDirectory(main)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(main)) {
        for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
          files++;
          problems.addAll(problems(Repository.root().relativize(file).toString(), Files.readString(file)));
        }
      }
    }

    assertThat(files).as("Java files seen in the modules' main sources").isGreaterThan(100);
    assertThat(problems)
        .as("Move the code that speaks okta-sdk-java into a dev.governance.okta.internal package, or"
            + " map the SDK's types to the neutral model before they leave it")
        .isEmpty();
  }

  @Test
  void anSdkImportOrQualifiedNameOutsideTheInternalPackagesIsReportedButNotAMention() {
    String outside = "package dev.governance.bench;\n\nimport com.okta.sdk.resource.model.User;\n";
    String inside = "package dev.governance.okta.internal.bench;\n\nimport com.okta.sdk.resource.model.User;\n";
    String neutral = "package dev.governance.bench;\n\nimport dev.governance.core.model.Identity;\n";
    String qualified = "package dev.governance.bench;\n\nclass D {\n  Object u = new com.okta.sdk.resource.model.User();\n}\n";
    String mentioned = "package dev.governance.bench;\n\n/** Not {@code com.okta.sdk.resource.model.User}. */\n"
        + "class E {\n  String logger = \"com.okta.sdk\"; // com.okta.sdk.Client\n}\n";

    assertThat(problems("A.java", outside)).singleElement().asString().contains("com.okta.sdk.");
    assertThat(problems("B.java", inside)).isEmpty();
    assertThat(problems("C.java", neutral)).isEmpty();
    assertThat(problems("D.java", qualified)).singleElement().asString().contains("names com.okta.sdk.");
    assertThat(problems("E.java", mentioned)).isEmpty();
  }

  private static List<String> problems(String name, String source) {
    Matcher pkg = PACKAGE.matcher(source);
    String packageName = pkg.find() ? pkg.group(1) : "";
    if (packageName.equals(ALLOWED) || packageName.startsWith(ALLOWED + ".")) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    Matcher sdk = SDK_IMPORT.matcher(source);
    while (sdk.find()) {
      problems.add(name + " (package " + packageName + ") imports " + sdk.group(1) + "...");
    }
    String code = SDK_IMPORT.matcher(NOT_CODE.matcher(source).replaceAll(" ")).replaceAll("import ");
    Matcher named = SDK_NAME.matcher(code);
    while (named.find()) {
      problems.add(name + " (package " + packageName + ") names " + named.group(1) + "... in code");
    }
    return problems;
  }
}
