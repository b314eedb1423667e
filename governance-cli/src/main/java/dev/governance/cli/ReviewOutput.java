package dev.governance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.governance.core.remediation.ItemVerification;
import dev.governance.core.remediation.ManualChange;
import dev.governance.core.remediation.PlanItem;
import dev.governance.core.remediation.PlanStep;
import dev.governance.core.remediation.RemediationPlan;
import dev.governance.core.remediation.RemediationRun;
import dev.governance.core.review.AuditEntry;
import dev.governance.core.review.Decision;
import dev.governance.core.review.ItemPath;
import dev.governance.core.review.Review;
import dev.governance.core.review.ReviewItem;
import dev.governance.core.spi.ActionAccess;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** How {@code review} and {@code remediate} print reviews and plans, as text or JSON. */
final class ReviewOutput {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReviewOutput() {}

  static void text(PrintWriter out, Review r) {
    out.printf("%s (%s): %s, %s, snapshot %s of %s%n", r.name(), r.id(), r.status().name().toLowerCase(Locale.ROOT),
        r.scope(), r.snapshotId(), r.integrationId());
    for (ReviewItem i : r.items()) {
      Decision d = r.decisions().get(i.id());
      out.printf("  %s -> %s %s [%s] reviewers: %s; %s%n", i.subjectLabel(), i.targetKind().name().toLowerCase(Locale.ROOT),
          i.targetLabel(), i.paths().stream().map(ItemPath::description).collect(Collectors.joining("; ")),
          i.unassigned() ? "none (assign one)" : String.join(", ", i.reviewers()),
          d == null ? "undecided" : d.verdict().name().toLowerCase(Locale.ROOT) + " by " + d.decidedBy());
    }
  }

  static void json(PrintWriter out, Review r) throws IOException {
    print(out, review(r));
  }

  static void list(PrintWriter out, List<Review> all) throws IOException {
    ArrayNode a = MAPPER.createArrayNode();
    for (Review r : all) {
      ObjectNode n = a.addObject();
      n.put("id", r.id());
      n.put("name", r.name());
      n.put("integrationId", r.integrationId());
      n.put("snapshotId", r.snapshotId());
      n.put("status", r.status().name());
      n.put("items", r.items().size());
      n.put("undecided", r.undecided().size());
      n.put("revoke", r.revoked().size());
    }
    print(out, a);
  }

  private static ObjectNode review(Review r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", r.id());
    n.put("name", r.name());
    n.put("integrationId", r.integrationId());
    n.put("snapshotId", r.snapshotId());
    n.put("scope", r.scope());
    n.put("status", r.status().name());
    n.put("basedOn", r.basedOn());
    ArrayNode items = n.putArray("items");
    for (ReviewItem i : r.items()) {
      ObjectNode o = items.addObject();
      o.put("id", i.id());
      o.put("subject", i.subjectLabel());
      o.put("subjectId", i.subjectId());
      o.put("targetKind", i.targetKind().name());
      o.put("target", i.targetLabel());
      o.put("targetId", i.targetId());
      ArrayNode paths = o.putArray("paths");
      i.paths().forEach(p -> paths.addObject().put("kind", p.kind().name()).put("description", p.description()));
      o.put("status", i.subjectStatus());
      o.put("lastLogin", i.lastLogin() == null ? null : i.lastLogin().toString());
      i.findings().forEach(o.putArray("findings")::add);
      ArrayNode reviewers = o.putArray("reviewers");
      i.reviewers().forEach(reviewers::add);
      o.put("unassigned", i.unassigned());
      Decision d = r.decisions().get(i.id());
      if (d != null) {
        o.putObject("decision").put("verdict", d.verdict().name()).put("decidedBy", d.decidedBy())
            .put("decidedAt", d.decidedAt().toString()).put("reason", d.reason());
      }
    }
    return n;
  }

  static void planText(PrintWriter out, RemediationPlan plan, RemediationRun run,
      @Nullable List<ItemVerification> verified) {
    out.printf("Remediation of %s (%s): %d items, %d steps%n", plan.reviewId(), run.dryRun() ? "dry run" : "applied",
        plan.items().size(), plan.steps().size());
    for (PlanStep s : plan.steps()) {
      AuditEntry e = entry(run, s.id());
      out.printf("  %s %s%s%s%n", s.id(), s.description(),
          s.dependsOn().isEmpty() ? "" : " (after " + String.join(", ", s.dependsOn()) + ")",
          s.allowed() ? "" : " [not allowed]");
      s.sideEffects().forEach(x -> out.println("      side effect: " + x));
      if (e != null) {
        out.printf("      %s: %s%n", e.outcome().name().toLowerCase(Locale.ROOT), e.detail());
      }
    }
    for (PlanItem i : plan.items()) {
      out.printf("  item %s -> %s: %s%n", i.subjectLabel(), i.targetLabel(),
          i.resolution().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      i.manual().forEach(m -> out.println("      for a person: " + m));
    }
    if (!plan.allowed()) {
      out.println("Not allowed with these credentials" + (plan.missingScopes().isEmpty() ? ""
          : "; add the scopes " + String.join(", ", plan.missingScopes()))
          + (plan.missingPermissions().isEmpty() ? "" : "; grant " + String.join(", ", plan.missingPermissions())));
    }
    if (verified != null) {
      out.println("Read back:");
      verified.forEach(v -> out.printf("  %s -> %s: %s%s%n", v.subjectLabel(), v.targetLabel(),
          v.state().name().toLowerCase(Locale.ROOT).replace('_', ' '),
          v.reason().isEmpty() ? "" : " (" + String.join("; ", v.reason()) + ")"));
    }
  }

  static void planJson(PrintWriter out, RemediationPlan plan, RemediationRun run,
      @Nullable List<ItemVerification> verified) throws IOException {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("reviewId", plan.reviewId());
    n.put("snapshotId", plan.snapshotId());
    n.put("dryRun", run.dryRun());
    n.put("allowed", plan.allowed());
    plan.missingScopes().forEach(n.putArray("missingScopes")::add);
    plan.missingPermissions().forEach(n.putArray("missingPermissions")::add);
    ArrayNode steps = n.putArray("steps");
    for (PlanStep s : plan.steps()) {
      ObjectNode o = steps.addObject();
      o.put("id", s.id());
      o.put("kind", s.action().kind().name());
      o.put("action", s.action().toString());
      o.put("description", s.description());
      s.itemIds().forEach(o.putArray("items")::add);
      s.dependsOn().forEach(o.putArray("dependsOn")::add);
      ArrayNode waits = o.putArray("waitsFor");
      s.waitsFor().forEach(m -> waits.add(m.toString()));
      s.sideEffects().forEach(o.putArray("sideEffects")::add);
      o.put("allowed", s.allowed());
      if (s.access() instanceof ActionAccess.Denied d) {
        o.put("notAllowedBecause", d.reason());
        d.missingScopes().stream().sorted().forEach(o.putArray("missingScopes")::add);
        d.missingPermissions().stream().sorted().forEach(o.putArray("missingPermissions")::add);
      }
      AuditEntry e = entry(run, s.id());
      if (e != null) {
        o.put("outcome", e.outcome().name());
        o.put("detail", e.detail());
      }
    }
    ArrayNode items = n.putArray("items");
    for (PlanItem i : plan.items()) {
      ObjectNode o = items.addObject();
      o.put("itemId", i.itemId());
      o.put("subject", i.subjectLabel());
      o.put("target", i.targetLabel());
      o.put("resolution", i.resolution().name());
      i.stepIds().forEach(o.putArray("steps")::add);
      ArrayNode manual = o.putArray("manual");
      for (ManualChange m : i.manual()) {
        manual.addObject().put("what", m.what()).put("where", m.where());
      }
      if (verified != null) {
        verified.stream().filter(v -> v.itemId().equals(i.itemId())).findFirst().ifPresent(v -> {
          o.put("verified", v.state().name());
          v.reason().forEach(o.putArray("why")::add);
        });
      }
    }
    print(out, n);
  }

  private static @Nullable AuditEntry entry(RemediationRun run, String stepId) {
    return run.entries().stream().filter(e -> e.stepId().equals(stepId)).findFirst().orElse(null);
  }

  private static void print(PrintWriter out, Object node) throws IOException {
    out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    out.flush();
  }
}
