package dev.governance.cli;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.internal.Quoted;
import dev.governance.core.report.ReviewPage;
import dev.governance.core.review.Review;
import dev.governance.core.review.ReviewCsv;
import dev.governance.core.review.ReviewStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code governance review}: access reviews of stored snapshots, kept in {@code <home>/reviews}, or
 * in PostgreSQL with {@code --store}.
 *
 * @since 0.1
 */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = "Access reviews of a stored snapshot: create, list, show, export to CSV, import "
        + "decisions from CSV, close.",
    subcommands = {ReviewCreate.class, ReviewCommand.ListReviews.class, ReviewCommand.Show.class,
        ReviewCommand.Export.class, ReviewCommand.Import.class, ReviewCommand.Close.class})
final class ReviewCommand {

  @Mixin
  private StoreOptions storeOptions = new StoreOptions();

  @Option(names = "--actor", paramLabel = "WHO", scope = ScopeType.INHERIT,
      description = "Who acts, for the record (default: the system user).")
  @Nullable String actor;

  StoreOptions.Reviews open() {
    return storeOptions.openReviews();
  }

  static String actor(@Nullable String actor) {
    return actor != null ? actor : System.getProperty("user.name", "governance");
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the reviews, newest first.")
  static final class ListReviews implements Callable<Integer> {
    @ParentCommand ReviewCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      List<Review> all;
      try (StoreOptions.Reviews opened = parent.open()) {
        all = opened.reviews.list();
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        ReviewOutput.list(out, all);
      } else if (all.isEmpty()) {
        out.println("No reviews; create one with 'governance review create --snapshot INTEGRATION'.");
      } else {
        for (Review r : all) {
          out.printf("%s  %-6s  %s  %d items, %d undecided, %d revoke  (%s)%n", r.id(),
              r.status().name().toLowerCase(Locale.ROOT), r.integrationId(), r.items().size(), r.undecided().size(),
              r.revoked().size(), r.name());
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows a review's items and decisions.")
  static final class Show implements Callable<Integer> {
    @ParentCommand ReviewCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The review.")
    String id = "";

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the review's HTML page.")
    @Nullable Path html;

    @Override
    public Integer call() throws IOException {
      Review review;
      try (StoreOptions.Reviews opened = parent.open()) {
        review = opened.reviews.load(id);
        if (html != null) {
          try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            new ReviewPage().write(review, null, opened.reviews.audit(id), null, w);
          }
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        ReviewOutput.json(out, review);
      } else {
        ReviewOutput.text(out, review);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true, description = "Writes a review as CSV for spreadsheets.")
  static final class Export implements Callable<Integer> {
    @ParentCommand ReviewCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The review.")
    String id = "";

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file ('-' for standard output).")
    String file = "";

    @Override
    public Integer call() throws IOException {
      Review review;
      try (StoreOptions.Reviews opened = parent.open()) {
        review = opened.reviews.load(id);
      }
      if ("-".equals(file)) {
        ReviewCsv.export(review, spec.commandLine().getOut());
        return ExitCodes.OK;
      }
      try (Writer w = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
        ReviewCsv.export(review, w);
      }
      spec.commandLine().getOut().printf("Wrote %d items to %s; fill in decision (keep, revoke or abstain), "
          + "decided_by and reason, then 'governance review import %s --file %s'%n", review.items().size(), file, id, file);
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true, description = "Reads decisions back from a CSV file; "
      + "nothing is recorded while any row has a problem.")
  static final class Import implements Callable<Integer> {
    @ParentCommand ReviewCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The review.")
    String id = "";

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The CSV file.")
    Path file = Path.of("");

    @Option(names = "--replace", description = "Let a row change a keep or revoke decided before.")
    boolean replace;

    @Override
    public Integer call() throws IOException {
      try (StoreOptions.Reviews opened = parent.open()) {
        return importInto(opened.reviews);
      }
    }

    private Integer importInto(ReviewStore store) throws IOException {
      Review review = store.load(id);
      ReviewCsv.ImportResult result;
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        result = ReviewCsv.read(review, in, actor(parent.actor), Clock.systemUTC());
      } catch (java.nio.file.NoSuchFileException e) {
        throw new InvalidConfigurationException("--file", "No file " + Quoted.quote(file.toString()));
      }
      if (!result.problems().isEmpty()) {
        PrintWriter err = spec.commandLine().getErr();
        result.problems().forEach(p -> err.println("error: " + file.getFileName() + " " + p));
        err.println("error: " + result.problems().size() + " rows have problems; nothing was recorded. Fix them and import again");
        err.flush();
        return ExitCodes.USAGE;
      }
      Review decided = store.decide(id, result.decisions(), replace);
      spec.commandLine().getOut().printf("Recorded %d decisions (%d unchanged, %d rows undecided); %d items of %s"
          + " are still undecided%n", result.decisions().size(), result.unchanged(), result.undecided(),
          decided.undecided().size(), id);
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }

  @Command(name = "close", mixinStandardHelpOptions = true, description = "Closes a review: no more decisions.")
  static final class Close implements Callable<Integer> {
    @ParentCommand ReviewCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The review.")
    String id = "";

    @Override
    public Integer call() {
      Review closed;
      try (StoreOptions.Reviews opened = parent.open()) {
        closed = opened.reviews.close(id, actor(parent.actor), Clock.systemUTC().instant());
      }
      spec.commandLine().getOut().printf("Closed %s: %d revoke, %d undecided; 'governance remediate --review %s'"
          + " plans the removals%n", id, closed.revoked().size(), closed.undecided().size(), id);
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }
}
