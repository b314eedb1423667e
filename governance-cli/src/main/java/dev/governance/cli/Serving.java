package dev.governance.cli;

import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** What the commands that serve a fake until stopped share: port errors, shutdown and the wait. */
final class Serving {

  private Serving() {}

  /**
   * Turns a failure to start into a usage error when the port could not be bound.
   *
   * @param spec the command
   * @param port the port asked for
   * @param e what starting threw
   * @return a usage error naming the port, or {@code e} when no bind failure caused it
   */
  static RuntimeException portRefused(CommandSpec spec, int port, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException) {
        return new CommandLine.ParameterException(spec.commandLine(), "--port " + port
            + ": cannot listen on 127.0.0.1 (" + t.getMessage() + "); pick another port or 0 "
            + "for a free one.");
      }
    }
    return e;
  }

  /**
   * Counts {@code stopped} down when the JVM shuts down (Ctrl-C).
   *
   * @param stopped the latch the command waits on
   * @param threadName the name of the shutdown hook's thread
   */
  static void stopOnShutdown(CountDownLatch stopped, String threadName) {
    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, threadName));
  }

  /**
   * Waits until stopped, then closes what was served.
   *
   * @param stopped the latch
   * @param close closes the fake
   * @throws InterruptedException if interrupted while waiting
   */
  static void untilStopped(CountDownLatch stopped, Runnable close) throws InterruptedException {
    try {
      stopped.await();
    } finally {
      close.run();
    }
  }
}
