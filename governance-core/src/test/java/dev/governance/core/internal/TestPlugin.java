package dev.governance.core.internal;

/**
 * An extension point for {@link DiscoveryTest}, with implementations listed in the test class
 * path's {@code META-INF/services}: one that loads, one whose constructor throws.
 */
public interface TestPlugin {

  /**
   * The plugin's id.
   *
   * @return the id
   */
  String id();

  /** A plugin that loads. */
  final class Good implements TestPlugin {
    /** Creates the plugin. */
    public Good() {}

    @Override
    public String id() {
      return "good";
    }
  }

  /** A plugin whose constructor fails, as one missing a library it needs would. */
  final class Broken implements TestPlugin {
    /** Fails. */
    public Broken() {
      throw new IllegalStateException("needs a library that is not on the class path");
    }

    @Override
    public String id() {
      return "broken";
    }
  }

  /** An extension point whose {@code META-INF/services} entry names a class that does not exist. */
  interface Absent {}
}
