package dev.governance.core.report;

import dev.governance.core.remediation.ItemVerification;
import dev.governance.core.remediation.ManualChange;
import dev.governance.core.remediation.PlanItem;
import dev.governance.core.remediation.PlanStep;
import dev.governance.core.remediation.RemediationPlan;
import dev.governance.core.review.AuditEntry;
import dev.governance.core.review.Decision;
import dev.governance.core.review.ItemPath;
import dev.governance.core.review.Review;
import dev.governance.core.review.ReviewItem;
import dev.governance.core.spi.ActionAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes the HTML page of one review, beside {@code report.html}: its items grouped by reviewer
 * (items without a reviewer first), the decisions, the remediation plan with each step's side
 * effects and permission, the manual changes, and, after a run, each step's outcome and each
 * item's verified state. The page is static: no script, no request; every value from the tenant or
 * a reviewer is HTML-escaped ({@link HtmlReport#escapeHtml(String)}), and the style is the main
 * report's.
 *
 * @since 0.1
 */
public final class ReviewPage {

  private static final String TEMPLATE = "report-template.html";

  /** Creates a writer. */
  public ReviewPage() {}

  /**
   * Returns the file name of a review's page: {@code review-<id>.html}.
   *
   * @param reviewId the review's id
   * @return the file name
   */
  public static String fileName(String reviewId) {
    return "review-" + reviewId + ".html";
  }

  /**
   * Writes the page.
   *
   * @param review the review
   * @param plan its remediation plan, or {@code null} if none was computed
   * @param audit the review's audit log (empty if nothing was applied)
   * @param verification each item's state after the last run, or {@code null} if none was verified
   * @param out where to write (UTF-8 expected); not closed
   * @throws IOException if writing fails
   */
  public void write(Review review, @Nullable RemediationPlan plan, List<AuditEntry> audit,
      @Nullable List<ItemVerification> verification, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(16_384);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>Review ").append(e(review.name())).append("</title>\n").append(style()).append("</head>\n<body>\n")
        .append("<header><h1>").append(e(review.name())).append("</h1><p class=\"muted\">")
        .append(e(review.id())).append(" · ").append(e(review.scope())).append(" · integration ")
        .append(e(review.integrationId())).append(" · snapshot ").append(e(review.snapshotId())).append(" · ")
        .append(e(review.status().name().toLowerCase(java.util.Locale.ROOT))).append("</p></header>\n<main>\n");
    summary(b, review);
    byReviewer(b, review);
    if (plan != null) {
      plan(b, plan);
    }
    if (!audit.isEmpty()) {
      audit(b, audit);
    }
    if (verification != null) {
      verification(b, verification);
    }
    b.append("</main>\n</body>\n</html>\n");
    out.write(b.toString());
    out.flush();
  }

  private static void summary(StringBuilder b, Review review) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("items", review.items().size());
    counts.put("undecided", review.undecided().size());
    counts.put("revoke", review.revoked().size());
    counts.put("without reviewer", (int) review.items().stream().filter(ReviewItem::unassigned).count());
    b.append("<section id=\"summary\"><h2>Summary</h2><div class=\"cards\">");
    counts.forEach((k, v) -> b.append("<div class=\"card\"><b>").append(v).append("</b><span>").append(e(k))
        .append("</span></div>"));
    b.append("</div></section>\n");
  }

  private static void byReviewer(StringBuilder b, Review review) {
    Map<String, List<ReviewItem>> groups = new LinkedHashMap<>();
    review.items().stream().filter(ReviewItem::unassigned).forEach(i ->
        groups.computeIfAbsent("No reviewer: assign one", k -> new ArrayList<>()).add(i));
    for (ReviewItem i : review.items()) {
      for (String r : i.reviewers()) {
        groups.computeIfAbsent(r, k -> new ArrayList<>()).add(i);
      }
    }
    b.append("<section id=\"items\"><h2>Items by reviewer</h2>");
    groups.forEach((reviewer, items) -> {
      b.append("<h3>").append(e(reviewer)).append(" (").append(items.size()).append(")</h3><table><thead><tr>")
          .append("<th>Who</th><th>Access to</th><th>Through</th><th>Facts</th><th>Decision</th></tr></thead><tbody>");
      for (ReviewItem i : items) {
        Decision d = review.decisions().get(i.id());
        b.append("<tr id=\"").append(e(i.id())).append("\"><td>").append(e(i.subjectLabel())).append("</td><td>")
            .append(e(i.targetKind().name().toLowerCase(java.util.Locale.ROOT))).append(' ').append(e(i.targetLabel()))
            .append("</td><td>").append(e(i.paths().stream().map(ItemPath::description).collect(Collectors.joining("; "))))
            .append("</td><td>").append(e(facts(i))).append("</td><td>")
            .append(d == null ? "<span class=\"muted\">undecided</span>" : e(d.verdict().name().toLowerCase(java.util.Locale.ROOT)
                + " by " + d.decidedBy() + " at " + d.decidedAt() + (d.reason() == null ? "" : ": " + d.reason())))
            .append("</td></tr>");
      }
      b.append("</tbody></table>");
    });
    b.append("</section>\n");
  }

  private static String facts(ReviewItem i) {
    List<String> f = new ArrayList<>();
    if (i.subjectStatus() != null) {
      f.add(i.subjectStatus());
    }
    f.add(i.lastLogin() == null ? "never signed in (or unknown)" : "last login " + i.lastLogin());
    if (i.grantedAt() != null) {
      f.add("granted " + i.grantedAt());
    }
    f.addAll(i.findings());
    return String.join("; ", f);
  }

  private static void plan(StringBuilder b, RemediationPlan plan) {
    b.append("<section id=\"plan\"><h2>Remediation plan</h2><p class=\"muted\">computed ").append(plan.computedAt())
        .append(" on snapshot ").append(e(plan.snapshotId())).append("</p>");
    if (!plan.allowed()) {
      b.append("<p>Some steps are not allowed with these credentials. Add the scopes: ")
          .append(e(String.join(", ", plan.missingScopes()))).append(plan.missingPermissions().isEmpty() ? ""
              : "; grant: " + e(String.join(", ", plan.missingPermissions()))).append("</p>");
    }
    b.append("<table><thead><tr><th>Step</th><th>Action</th><th>After</th><th>Side effects</th><th>Allowed</th>")
        .append("</tr></thead><tbody>");
    for (PlanStep s : plan.steps()) {
      String allowed = s.access() instanceof ActionAccess.Denied d ? "not allowed: " + d.reason()
          + (d.missingScopes().isEmpty() ? "" : " (add " + String.join(", ", new TreeSet<>(d.missingScopes())) + ")")
          : "yes";
      List<String> after = new ArrayList<>(s.dependsOn());
      s.waitsFor().forEach(m -> after.add("a person: " + m.what()));
      b.append("<tr><td>").append(e(s.id())).append("</td><td>").append(e(s.description())).append("</td><td>")
          .append(e(String.join("; ", after))).append("</td><td>").append(e(String.join("; ", s.sideEffects())))
          .append("</td><td>").append(e(allowed)).append("</td></tr>");
    }
    b.append("</tbody></table><h3>Per item</h3><table><thead><tr><th>Who</th><th>Access to</th><th>Resolution</th>")
        .append("<th>Steps</th><th>For a person</th></tr></thead><tbody>");
    for (PlanItem p : plan.items()) {
      b.append("<tr><td>").append(e(p.subjectLabel())).append("</td><td>").append(e(p.targetLabel())).append("</td><td>")
          .append(e(p.resolution().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))).append("</td><td>")
          .append(e(String.join(", ", p.stepIds()))).append("</td><td>")
          .append(e(p.manual().stream().map(ManualChange::toString).collect(Collectors.joining("; "))))
          .append("</td></tr>");
    }
    b.append("</tbody></table></section>\n");
  }

  private static void audit(StringBuilder b, List<AuditEntry> audit) {
    b.append("<section id=\"audit\"><h2>Audit log</h2><table><thead><tr><th>When</th><th>Step</th><th>Action</th>")
        .append("<th>Decided by</th><th>Approved by</th><th>Request</th><th>Outcome</th></tr></thead><tbody>");
    for (AuditEntry a : audit) {
      b.append("<tr><td>").append(a.at()).append("</td><td>").append(e(a.stepId())).append("</td><td>")
          .append(e(a.action())).append("</td><td>").append(e(String.join(", ", a.decidedBy()))).append("</td><td>")
          .append(e(a.approvedBy())).append("</td><td>").append(e(a.requestId() == null ? "" : a.requestId()))
          .append("</td><td>").append(e(a.outcome().name().toLowerCase(java.util.Locale.ROOT) + ": " + a.detail()))
          .append("</td></tr>");
    }
    b.append("</tbody></table></section>\n");
  }

  private static void verification(StringBuilder b, List<ItemVerification> verification) {
    b.append("<section id=\"outcome\"><h2>Outcome, read back</h2><table><thead><tr><th>Who</th><th>Access to</th>")
        .append("<th>State</th><th>Why</th></tr></thead><tbody>");
    for (ItemVerification v : verification) {
      b.append("<tr><td>").append(e(v.subjectLabel())).append("</td><td>").append(e(v.targetLabel())).append("</td><td>")
          .append(e(v.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))).append("</td><td>")
          .append(e(String.join("; ", v.reason()))).append("</td></tr>");
    }
    b.append("</tbody></table></section>\n");
  }

  private static String e(String text) {
    return HtmlReport.escapeHtml(text);
  }

  /** The main report's style element, so that both pages look alike. */
  private static String style() {
    try (InputStream in = HtmlReport.class.getResourceAsStream(TEMPLATE)) {
      if (in != null) {
        String t = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int start = t.indexOf("<style>");
        int end = t.indexOf("</style>");
        if (start >= 0 && end > start) {
          return t.substring(start, end + "</style>".length()) + "\n";
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "<style>body{font-family:sans-serif} table{border-collapse:collapse} td,th{border:1px solid #ccc;"
        + "padding:4px}</style>\n";
  }
}
