package dev.governance.testkit.faults;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How one sync of the matrix ended, as the sync itself told it. Whether what it told was true is
 * judged apart, in the case's {@link Violation}s.
 *
 * @since 0.1
 */
public sealed interface CaseOutcome {

  /**
   * Returns the outcome's kind for counting: {@code equal}, {@code marked}, {@code differs} or
   * {@code error}.
   *
   * @return the label
   */
  String label();

  /**
   * Describes the outcome in one line.
   *
   * @return the description
   */
  String describe();

  /** The sync succeeded with the good sync's coverage for every collection and its content. */
  record Equal() implements CaseOutcome {
    @Override
    public String label() {
      return "equal";
    }

    @Override
    public String describe() {
      return "equal to the good sync";
    }
  }

  /**
   * The sync succeeded and marked collections as read in part or not at all.
   *
   * @param marked each collection whose coverage is not the good sync's, with its coverage
   */
  record Marked(Map<InventoryCollection, Coverage> marked) implements CaseOutcome {
    /** Validates and copies the components. */
    public Marked {
      if (marked.isEmpty()) {
        throw new IllegalArgumentException("a marked outcome marks at least one collection");
      }
      marked = copy(marked);
    }

    @Override
    public String label() {
      return "marked";
    }

    @Override
    public String describe() {
      return "marked " + labels(marked);
    }
  }

  /**
   * The sync succeeded with the good sync's coverage for every collection, but not its content:
   * always judged a violation when a collection it calls complete lost items.
   *
   * @param collections the collections whose content differs
   */
  record Differs(Set<InventoryCollection> collections) implements CaseOutcome {
    /** Validates and copies the components. */
    public Differs {
      if (collections.isEmpty()) {
        throw new IllegalArgumentException("a differing outcome names at least one collection");
      }
      collections = Collections.unmodifiableSet(EnumSet.copyOf(collections));
    }

    @Override
    public String label() {
      return "differs";
    }

    @Override
    public String describe() {
      return "same coverage as the good sync, other content in " + collections;
    }
  }

  /**
   * The sync ended in error: {@code sync} threw, or the status it recorded is {@code ERROR}.
   *
   * @param reason the exception's message or the status's reason, escaped and shortened
   * @param exceptionType the simple name of the exception thrown, or {@code null} if none was
   * @param marked the collections a snapshot the sync still saved marks, with their coverage;
   *     empty if it saved none
   */
  record Error(String reason, @Nullable String exceptionType, Map<InventoryCollection, Coverage> marked)
      implements CaseOutcome {
    /** Validates and copies the components. */
    public Error {
      Objects.requireNonNull(reason, "reason");
      marked = copy(marked);
    }

    @Override
    public String label() {
      return "error";
    }

    @Override
    public String describe() {
      return "error" + (exceptionType == null ? "" : " (" + exceptionType + ")") + ": " + reason
          + (marked.isEmpty() ? "" : "; its snapshot marks " + labels(marked));
    }
  }

  private static Map<InventoryCollection, Coverage> copy(Map<InventoryCollection, Coverage> map) {
    EnumMap<InventoryCollection, Coverage> copy = new EnumMap<>(InventoryCollection.class);
    copy.putAll(map);
    return Collections.unmodifiableMap(copy);
  }

  private static String labels(Map<InventoryCollection, Coverage> marked) {
    StringBuilder out = new StringBuilder();
    marked.forEach((c, coverage) -> out.append(out.length() == 0 ? "" : ", ").append(c)
        .append(' ').append(coverage.label()));
    return out.toString();
  }
}
