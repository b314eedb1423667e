package dev.governance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The checked-out repository, found from this module's directory, and its POMs. */
final class Repository {

  private Repository() {}

  /** The repository root: the directory of the reactor POM, one above this module. */
  static Path root() {
    Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    Path root = module.getParent();
    assertThat(root.resolve("pom.xml"))
        .as("the reactor POM above %s (run the build from the repository root)", module)
        .exists();
    return root;
  }

  /** The modules the reactor POM lists, in its order. */
  static List<String> modules() {
    return children(pom(root().resolve("pom.xml")).getDocumentElement(), "modules", "module");
  }

  static Document pom(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new AssertionError("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The trimmed text of the direct child element path under {@code from}, if present. */
  static Optional<String> text(Element from, String... path) {
    Element at = from;
    for (String name : path) {
      Element next = null;
      for (Node n = at.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && e.getTagName().equals(name)) {
          next = e;
          break;
        }
      }
      if (next == null) {
        return Optional.empty();
      }
      at = next;
    }
    String text = at.getTextContent().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** The texts of the elements {@code container/item} directly under {@code from}. */
  static List<String> children(Element from, String container, String item) {
    List<String> out = new ArrayList<>();
    for (Element c : elements(from, container)) {
      for (Element i : elements(c, item)) {
        out.add(i.getTextContent().strip());
      }
    }
    return out;
  }

  static List<Element> elements(Element from, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = from.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Every main and test source root of every module. */
  static List<Path> sourceRoots(String... sets) {
    List<Path> roots = new ArrayList<>();
    for (String module : modules()) {
      for (String set : sets) {
        Path dir = root().resolve(module).resolve("src").resolve(set).resolve("java");
        if (Files.isDirectory(dir)) {
          roots.add(dir);
        }
      }
    }
    return roots;
  }

  static List<Path> javaFiles(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new AssertionError("Cannot list " + root + ": " + e.getMessage(), e);
    }
  }
}
