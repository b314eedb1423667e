package dev.governance.core;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A setting or an input is wrong: the message says which one, what was wrong and what to give
 * instead. Retrying the same call never helps.
 *
 * @since 0.1
 */
public final class InvalidConfigurationException extends GovernanceException {

  private static final long serialVersionUID = 1L;

  /** The name of the setting or input that was refused. */
  private final String setting;

  /**
   * Creates the exception.
   *
   * @param setting the name of the setting or input that was refused, e.g. {@code "orgUrl"}
   * @param message what was wrong and what to give instead
   */
  public InvalidConfigurationException(String setting, String message) {
    this(setting, message, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param setting the name of the setting or input that was refused
   * @param message what was wrong and what to give instead
   * @param cause the underlying failure, or {@code null}
   */
  public InvalidConfigurationException(String setting, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.setting = Objects.requireNonNull(setting, "setting");
  }

  /**
   * Reports several problems at once. One problem is returned as it is; several become one
   * exception whose {@link #setting()} is the first problem's, whose message lists every
   * problem's message, and whose {@link #getSuppressed()} holds every problem, each with its own
   * {@link #setting()}.
   *
   * @param problems the problems, at least one, in the order to report them
   * @return the exception to throw
   * @throws IllegalArgumentException if there is no problem
   */
  public static InvalidConfigurationException combine(List<InvalidConfigurationException> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problem to report");
    }
    if (problems.size() == 1) {
      return problems.get(0);
    }
    StringBuilder message = new StringBuilder().append(problems.size()).append(" problems:");
    for (int i = 0; i < problems.size(); i++) {
      String each = String.valueOf(problems.get(i).getMessage()).strip();
      message.append(' ').append(i + 1).append(") ")
          .append(each.endsWith(".") ? each.substring(0, each.length() - 1) : each)
          .append(i + 1 < problems.size() ? ";" : ".");
    }
    InvalidConfigurationException combined =
        new InvalidConfigurationException(problems.get(0).setting(), message.toString());
    problems.forEach(combined::addSuppressed);
    return combined;
  }

  /**
   * Returns the name of the setting or input that was refused.
   *
   * @return the setting's name
   */
  public String setting() {
    return setting;
  }
}
