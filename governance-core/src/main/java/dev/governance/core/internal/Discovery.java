package dev.governance.core.internal;

import dev.governance.core.InvalidConfigurationException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds the implementations of one extension point by id, the one way the project does it: those
 * given explicitly first, then those discovered (through {@link ServiceLoader} unless the caller
 * supplies another source).
 *
 * <p>Every implementation's id is checked as it is met. Two explicit implementations with one id,
 * or two discovered ones, fail at once with a message naming both classes; an explicit
 * implementation shadows a discovered one of the same id, which is how a caller replaces one.
 * Discovered implementations that say they cannot work here are skipped; explicit
 * ones are kept whatever they say, since the caller chose them. A discovered implementation that
 * fails to load ({@link ServiceConfigurationError}: a class missing, a constructor that throws)
 * fails the resolution with an {@link InvalidConfigurationException}, so that nothing is silently
 * left out.
 *
 * <p>{@code dev.governance.core.Connectors} resolves connector providers with it and {@code
 * dev.governance.core.findings.FindingsEngine} finding rules; their messages differ only in what
 * they call the implementations and what they advise.
 *
 * @param <T> the extension point's type
 */
public final class Discovery<T> {

  /** How the duplicate message names discovered implementations. */
  public static final String DISCOVERED = "found on the class path";

  private final String setting;
  private final String noun;
  private final Function<T, @Nullable String> id;
  private final Function<@Nullable String, Optional<String>> idProblem;
  private final Predicate<T> loadable;
  private final String duplicateAdvice;

  /**
   * Describes an extension point.
   *
   * @param setting the setting an {@link InvalidConfigurationException} names, e.g. {@code
   *     "connector"}
   * @param noun what one implementation is called in messages, e.g. {@code "connector provider"};
   *     an {@code s} makes the plural
   * @param id reads an implementation's id
   * @param idProblem what is wrong with an id, as it completes "The connector provider X has …"
   *     (e.g. {@code "a blank id"}), or empty if the id is fine
   * @param loadable whether a discovered implementation can work here; those that cannot are
   *     skipped
   * @param duplicateAdvice the sentence that ends a duplicate-id message, e.g. {@code "Remove one,
   *     or give it another id"}
   */
  public Discovery(
      String setting,
      String noun,
      Function<T, @Nullable String> id,
      Function<@Nullable String, Optional<String>> idProblem,
      Predicate<T> loadable,
      String duplicateAdvice) {
    this.setting = Objects.requireNonNull(setting, "setting");
    this.noun = Objects.requireNonNull(noun, "noun");
    this.id = Objects.requireNonNull(id, "id");
    this.idProblem = Objects.requireNonNull(idProblem, "idProblem");
    this.loadable = Objects.requireNonNull(loadable, "loadable");
    this.duplicateAdvice = Objects.requireNonNull(duplicateAdvice, "duplicateAdvice");
  }

  /**
   * The implementations listed in {@code META-INF/services} for a type, loaded lazily as the stream
   * is consumed.
   *
   * @param <T> the type
   * @param type the extension point
   * @param loader where to look
   * @return a source of fresh instances, one stream per call
   */
  public static <T> Supplier<Stream<T>> serviceLoader(Class<T> type, ClassLoader loader) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(loader, "loader");
    return () -> ServiceLoader.load(type, loader).stream().map(ServiceLoader.Provider::get);
  }

  /**
   * Resolves the implementations.
   *
   * @param explicit the implementations given explicitly, in order
   * @param explicitSource how the duplicate message names them, e.g. {@code "registered"}
   * @param discovered the discovered implementations, or {@code null} when discovery is off
   * @return the implementations by id: explicit ones in the order given, then the discovered ones
   *     not shadowed, in the order found
   * @throws InvalidConfigurationException if an id is refused, two implementations of one source
   *     share an id, or a discovered implementation fails to load
   */
  public Map<String, T> resolve(
      Collection<? extends T> explicit,
      String explicitSource,
      @Nullable Supplier<? extends Stream<? extends T>> discovered) {
    Map<String, T> resolved = new LinkedHashMap<>();
    for (T t : explicit) {
      add(resolved, checkedId(t), t, explicitSource);
    }
    if (discovered != null) {
      Map<String, T> found = new LinkedHashMap<>();
      try (Stream<? extends T> stream = discovered.get()) {
        stream.forEach(t -> {
          String key = checkedId(t);
          if (loadable.test(t)) {
            add(found, key, t, DISCOVERED);
          }
        });
      } catch (ServiceConfigurationError e) {
        throw new InvalidConfigurationException(
            setting,
            "A " + noun + " " + DISCOVERED + " failed to load: " + e.getMessage()
                + ". Remove its jar or fix its META-INF/services entry, or turn discovery off and"
                + " register the " + noun + "s to use explicitly",
            e);
      }
      found.forEach(resolved::putIfAbsent);
    }
    return resolved;
  }

  private String checkedId(T t) {
    Objects.requireNonNull(t, () -> "a source of " + noun + "s gave null");
    String value = id.apply(t);
    Optional<String> problem = idProblem.apply(value);
    if (problem.isPresent() || value == null) {
      throw new InvalidConfigurationException(
          setting, "The " + noun + " " + t.getClass().getName() + " has " + problem.orElse("no id"));
    }
    return value;
  }

  private void add(Map<String, T> into, String key, T t, String source) {
    T earlier = into.putIfAbsent(key, t);
    if (earlier != null) {
      throw new InvalidConfigurationException(
          setting,
          "Two " + noun + "s " + source + " have the id " + Quoted.quote(key) + ": "
              + earlier.getClass().getName() + " and " + t.getClass().getName() + ". "
              + duplicateAdvice);
    }
  }
}
