package dev.governance.cli;

import dev.governance.core.InvalidConfigurationException;
import dev.governance.core.internal.Quoted;
import dev.governance.core.remediation.ApplyOptions;
import dev.governance.core.remediation.ItemVerification;
import dev.governance.core.remediation.RemediationPlan;
import dev.governance.core.remediation.RemediationPlanner;
import dev.governance.core.remediation.Remediator;
import dev.governance.core.remediation.RemediationRun;
import dev.governance.core.report.ReviewPage;
import dev.governance.core.review.ReviewStore;
import dev.governance.core.review.Review;
import dev.governance.core.review.StepOutcome;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.spi.LifecycleConnector;
import dev.governance.core.spi.Preflight;
import dev.governance.core.store.SnapshotStore;
import java.io.IOException;
import java.io.PrintWriter;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code governance remediate --review ID [--apply]}: the plan of a review's revoke decisions, run
 * dry by default; with {@code --apply} the steps are applied, recorded in the review's audit log,
 * and the org is read back to tell, per item, whether the access is gone.
 *
 * @since 0.1
 */
@Command(
    name = "remediate",
    mixinStandardHelpOptions = true,
    description = {"Plans the removal of a review's revoked access along every path, checks each step "
        + "against the credentials, and with --apply makes the changes and reads the org back.",
        "Exit codes: 0 ok, 2 usage, 3 authentication, 4 a step the credentials do not allow (with --apply), "
            + "5 a step failed or the read-back failed."})
final class RemediateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private OrgOptions org = new OrgOptions();

  @Mixin
  private StoreOptions storeOptions = new StoreOptions();

  @Option(names = "--review", required = true, paramLabel = "ID", description = "The review.")
  private String reviewId = "";

  @Option(names = "--apply", description = "Make the changes (default: a dry run that changes nothing).")
  private boolean apply;

  @Option(names = "--approved-by", paramLabel = "WHO", description = "Who approves the run, for the audit "
      + "log (default: the system user).")
  private @Nullable String approvedBy;

  @Option(names = "--out", paramLabel = "DIR", description = "Where the review's HTML page goes (default: "
      + "<home>/reviews; with --store, the current directory).")
  private @Nullable Path out;

  @Option(names = "--json", description = "Print the plan and its outcome as JSON.")
  private boolean json;

  @Option(names = "--no-progress", description = "Do not report progress on standard error.")
  private boolean noProgress;

  @Override
  public Integer call() throws IOException {
    try (StoreOptions.Reviews opened = storeOptions.openReviews()) {
      return remediate(opened);
    }
  }

  private Integer remediate(StoreOptions.Reviews opened) throws IOException {
    ReviewStore reviews = opened.reviews;
    Review review = reviews.load(reviewId);
    SnapshotStore snapshots = opened.snapshots;
    Snapshot reviewed = snapshots.load(review.integrationId(), review.snapshotId());
    PrintWriter err = spec.commandLine().getErr();
    RemediationPlan plan;
    RemediationRun run;
    @Nullable List<ItemVerification> verified = null;
    try (OrgOptions.Target target = org.open()) {
      if (!(target.connector() instanceof LifecycleConnector lifecycle)) {
        throw new InvalidConfigurationException("--org", "The connector " + target.connector().id()
            + " cannot change access");
      }
      if (!org.demo && !target.connector().tenant().equals(reviewed.info().tenant())) {
        throw new InvalidConfigurationException("--org", "The review is of " + Quoted.quote(reviewed.info().tenant())
            + ", but the options name " + Quoted.quote(target.connector().tenant()) + "; name the review's org");
      }
      Preflight preflight = lifecycle.check();
      plan = RemediationPlanner.plan(review, reviewed, review.snapshotId(), preflight, Clock.systemUTC());
      ApplyOptions.Builder options = ApplyOptions.builder(ReviewCommand.actor(approvedBy)).apply(apply)
          .auditTo(reviews);
      if (!noProgress) {
        int total = plan.steps().size();
        options.onStep(e -> {
          err.printf("[%s/%d] %s: %s%n", e.stepId().substring(1), total, e.action(),
              e.outcome().name().toLowerCase(Locale.ROOT));
          err.flush();
        });
      }
      run = Remediator.apply(plan, review, lifecycle, options.build());
      if (apply) {
        if (!noProgress) {
          err.println("Reading the org back to verify each item");
        }
        ScanCommand.Result after = ScanCommand.run(target, noProgress ? null
            : new ProgressBar(err, System.console() != null, System::nanoTime));
        if (!org.demo) {
          snapshots.save(review.integrationId(), after.snapshot());
        }
        verified = Remediator.verify(plan, review, after.snapshot(), run);
      }
    }
    Path dir = out != null ? out : opened.pages;
    Files.createDirectories(dir);
    try (Writer w = Files.newBufferedWriter(dir.resolve(ReviewPage.fileName(review.id())), StandardCharsets.UTF_8)) {
      new ReviewPage().write(review, plan, reviews.audit(review.id()), verified, w);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (json) {
      ReviewOutput.planJson(stdout, plan, run, verified);
    } else {
      ReviewOutput.planText(stdout, plan, run, verified);
      stdout.println("Page: " + dir.resolve(ReviewPage.fileName(review.id())));
      if (!apply && !plan.steps().isEmpty()) {
        stdout.println("Nothing was changed; run again with --apply to make the changes.");
      }
    }
    stdout.flush();
    if (run.failed()) {
      return ExitCodes.FAILURE;
    }
    if (apply && run.count(StepOutcome.NOT_ALLOWED) > 0) {
      return ExitCodes.PERMISSION;
    }
    return ExitCodes.OK;
  }
}
