package dev.governance.core;

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
   * Returns the name of the setting or input that was refused.
   *
   * @return the setting's name
   */
  public String setting() {
    return setting;
  }
}
