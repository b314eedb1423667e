package dev.governance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What Maven Central requires of every published artifact, read from the POMs and from the jars the
 * build made: it runs after {@code package}, in {@code verify}.
 */
class PublishedArtifactsIT {

  /** Every module of the reactor is either published or listed here with its reason. */
  private static final Set<String> UNPUBLISHED = Set.of(
      "governance-bench", // benchmarks, run from the repository
      "governance-checks"); // these checks

  private static final Set<String> PUBLISHED_JARS = Set.of("governance-core",
      "governance-okta-catalog", "governance-okta", "governance-scim", "governance-testkit", "governance-import",
      "governance-store-postgres",
      "governance-cli");

  private final Path root = Repository.root();
  private final Element parent = Repository.pom(root.resolve("pom.xml")).getDocumentElement();
  private final String version = Repository.text(parent, "version").orElseThrow();

  @Test
  void theReactorPublishesEveryModuleButTheUnpublishedOnes() {
    Set<String> published = new LinkedHashSet<>();
    for (String module : Repository.modules()) {
      Element pom = module(module);
      boolean skipsDeploy = Repository.text(pom, "properties", "maven.deploy.skip").equals(Optional.of("true"));
      assertThat(skipsDeploy).as("%s sets maven.deploy.skip exactly when it is unpublished", module)
          .isEqualTo(UNPUBLISHED.contains(module));
      if (!skipsDeploy) {
        published.add(module);
      }
    }

    assertThat(published).containsExactlyInAnyOrderElementsOf(with(PUBLISHED_JARS, "governance-bom"));
  }

  @Test
  void theBomListsEveryPublishedModuleAtTheProjectVersionAndNothingElse() {
    Element bom = module("governance-bom");
    List<String> managed = new ArrayList<>();
    for (Element dm : Repository.elements(bom, "dependencyManagement")) {
      for (Element deps : Repository.elements(dm, "dependencies")) {
        for (Element dep : Repository.elements(deps, "dependency")) {
          managed.add(Repository.text(dep, "artifactId").orElseThrow());
          assertThat(Repository.text(dep, "groupId")).hasValue("dev.governance");
          assertThat(Repository.text(dep, "version")).hasValue("${project.version}");
        }
      }
    }

    assertThat(managed).containsExactlyInAnyOrderElementsOf(PUBLISHED_JARS);
    assertThat(Repository.elements(bom, "parent"))
        .as("the BOM has no parent, so that importing it imports only its own entries").isEmpty();
    assertThat(Repository.text(bom, "version")).as("the BOM's version").hasValue(version);
    assertThat(Repository.text(bom, "packaging")).hasValue("pom");
  }

  @Test
  void everyPublishedPomCarriesTheMetadataMavenCentralRequires() {
    List<String> missing = new ArrayList<>(missingMetadata("pom.xml", parent, null));
    for (String module : with(PUBLISHED_JARS, "governance-bom")) {
      Element pom = module(module);
      Element inherited = Repository.elements(pom, "parent").isEmpty() ? null : parent;
      missing.addAll(missingMetadata(module, pom, inherited));
    }

    assertThat(missing).as("Add these elements to the POMs (name and description to each module's"
        + " own; the rest may come from governance-parent)").isEmpty();
  }

  @Test
  void inheritedUrlsAreNotExtendedWithTheArtifactId() {
    assertThat(parent.getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
    Element scm = Repository.elements(parent, "scm").get(0);
    for (String part : List.of("connection", "developerConnection", "url")) {
      assertThat(scm.getAttribute("child.scm." + part + ".inherit.append.path")).as("scm " + part)
          .isEqualTo("false");
    }
  }

  @Test
  void everyPublishedJarComesWithSourcesAndJavadoc() throws IOException {
    for (String module : PUBLISHED_JARS) {
      Path target = root.resolve(module).resolve("target");
      String base = module + "-" + version;
      assertThat(entries(target.resolve(base + ".jar"))).anyMatch(e -> e.endsWith(".class"));
      assertThat(entries(target.resolve(base + "-sources.jar"))).anyMatch(e -> e.endsWith(".java"));
      assertThat(entries(target.resolve(base + "-javadoc.jar"))).contains("index.html");
    }
  }

  private static List<String> entries(Path jar) throws IOException {
    assertThat(jar).as("%s (built by ./mvnw verify from the repository root)", jar).isRegularFile();
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(e -> e.getName()).toList();
    }
  }

  private static List<String> missingMetadata(String where, Element pom, Element inherited) {
    List<String> missing = new ArrayList<>();
    for (String own : List.of("name", "description")) {
      if (Repository.text(pom, own).isEmpty()) {
        missing.add(where + ": <" + own + ">");
      }
    }
    List<String[]> shared = List.of(new String[] {"url"},
        new String[] {"licenses", "license", "name"}, new String[] {"licenses", "license", "url"},
        new String[] {"scm", "connection"}, new String[] {"scm", "developerConnection"},
        new String[] {"scm", "url"}, new String[] {"developers", "developer", "name"});
    for (String[] path : shared) {
      if (Repository.text(pom, path).isEmpty()
          && (inherited == null || Repository.text(inherited, path).isEmpty())) {
        missing.add(where + ": <" + String.join("><", path) + ">");
      }
    }
    return missing;
  }

  private Element module(String module) {
    return Repository.pom(root.resolve(module).resolve("pom.xml")).getDocumentElement();
  }

  private static Set<String> with(Set<String> set, String more) {
    Set<String> all = new LinkedHashSet<>(set);
    all.add(more);
    return all;
  }
}
