package dev.governance.core.review.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.governance.core.access.AccessPath;
import dev.governance.core.model.EntityKind;
import dev.governance.core.review.AuditEntry;
import dev.governance.core.review.Decision;
import dev.governance.core.review.ItemPath;
import dev.governance.core.review.Review;
import dev.governance.core.review.ReviewItem;
import dev.governance.core.review.ReviewStatus;
import dev.governance.core.review.StepOutcome;
import dev.governance.core.review.TargetKind;
import dev.governance.core.review.Verdict;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reviews and audit entries as JSON, format version 1: {@code {"format": 1, "review": {...}}}. A
 * newer format is refused rather than read in part.
 */
public final class ReviewJson {

  /** The format version this release writes and reads. */
  public static final int FORMAT = 1;

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Writes a review.
   *
   * @param review the review
   * @return the JSON bytes
   * @throws IOException if it cannot be written
   */
  public byte[] write(Review review) throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.put("format", FORMAT);
    ObjectNode r = root.putObject("review");
    r.put("id", review.id());
    r.put("name", review.name());
    r.put("integrationId", review.integrationId());
    r.put("snapshotId", review.snapshotId());
    r.put("scope", review.scope());
    strings(r.putArray("reviewerRules"), review.reviewerRules());
    r.put("createdAt", review.createdAt().toString());
    r.put("createdBy", review.createdBy());
    r.put("basedOn", review.basedOn());
    r.put("status", review.status().name());
    r.put("closedAt", text(review.closedAt()));
    r.put("closedBy", review.closedBy());
    ArrayNode items = r.putArray("items");
    for (ReviewItem i : review.items()) {
      ObjectNode n = items.addObject();
      n.put("id", i.id());
      n.put("subjectKind", i.subjectKind().name());
      n.put("subjectId", i.subjectId());
      n.put("subjectLabel", i.subjectLabel());
      n.put("targetKind", i.targetKind().name());
      n.put("targetId", i.targetId());
      n.put("targetLabel", i.targetLabel());
      ArrayNode paths = n.putArray("paths");
      for (ItemPath p : i.paths()) {
        ObjectNode pn = paths.addObject();
        pn.put("kind", p.kind().name());
        pn.put("description", p.description());
        strings(pn.putArray("groupIds"), p.groupIds());
        strings(pn.putArray("ruleIds"), p.ruleIds());
      }
      n.put("subjectStatus", i.subjectStatus());
      n.put("lastLogin", text(i.lastLogin()));
      n.put("grantedAt", text(i.grantedAt()));
      strings(n.putArray("findings"), i.findings());
      strings(n.putArray("reviewers"), i.reviewers());
    }
    ArrayNode decisions = r.putArray("decisions");
    for (Decision d : review.decisions().values()) {
      ObjectNode n = decisions.addObject();
      n.put("itemId", d.itemId());
      n.put("verdict", d.verdict().name());
      n.put("decidedBy", d.decidedBy());
      n.put("decidedAt", d.decidedAt().toString());
      n.put("reason", d.reason());
      n.put("snapshotId", d.snapshotId());
    }
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
  }

  /**
   * Reads a review.
   *
   * @param bytes the JSON
   * @return the review
   * @throws IOException if it is not a review of a format this release reads
   */
  public Review read(byte[] bytes) throws IOException {
    JsonNode root = mapper.readTree(bytes);
    int format = root.path("format").asInt(-1);
    if (format != FORMAT) {
      throw new IOException("review format " + format + " is not one this release reads (" + FORMAT + ")");
    }
    JsonNode r = root.path("review");
    List<ReviewItem> items = new ArrayList<>();
    for (JsonNode n : r.path("items")) {
      List<ItemPath> paths = new ArrayList<>();
      for (JsonNode p : n.path("paths")) {
        paths.add(new ItemPath(AccessPath.Kind.valueOf(req(p, "kind")), req(p, "description"),
            strings(p.path("groupIds")), strings(p.path("ruleIds"))));
      }
      items.add(new ReviewItem(req(n, "id"), EntityKind.valueOf(req(n, "subjectKind")), req(n, "subjectId"),
          req(n, "subjectLabel"), TargetKind.valueOf(req(n, "targetKind")), req(n, "targetId"),
          req(n, "targetLabel"), paths, opt(n, "subjectStatus"), instant(opt(n, "lastLogin")),
          instant(opt(n, "grantedAt")), strings(n.path("findings")), strings(n.path("reviewers"))));
    }
    Map<String, Decision> decisions = new LinkedHashMap<>();
    for (JsonNode n : r.path("decisions")) {
      Decision d = new Decision(req(n, "itemId"), Verdict.valueOf(req(n, "verdict")), req(n, "decidedBy"),
          Instant.parse(req(n, "decidedAt")), opt(n, "reason"), req(n, "snapshotId"));
      decisions.put(d.itemId(), d);
    }
    return new Review(req(r, "id"), req(r, "name"), req(r, "integrationId"), req(r, "snapshotId"),
        req(r, "scope"), strings(r.path("reviewerRules")), Instant.parse(req(r, "createdAt")),
        req(r, "createdBy"), opt(r, "basedOn"), ReviewStatus.valueOf(req(r, "status")),
        instant(opt(r, "closedAt")), opt(r, "closedBy"), items, decisions);
  }

  /**
   * Writes an audit log.
   *
   * @param entries the entries
   * @return the JSON bytes
   * @throws IOException if it cannot be written
   */
  public byte[] writeAudit(List<AuditEntry> entries) throws IOException {
    ObjectNode root = mapper.createObjectNode();
    root.put("format", FORMAT);
    ArrayNode list = root.putArray("audit");
    for (AuditEntry e : entries) {
      ObjectNode n = list.addObject();
      n.put("stepId", e.stepId());
      n.put("action", e.action());
      strings(n.putArray("itemIds"), e.itemIds());
      strings(n.putArray("decidedBy"), e.decidedBy());
      n.put("approvedBy", e.approvedBy());
      n.put("at", e.at().toString());
      n.put("requestId", e.requestId());
      n.put("outcome", e.outcome().name());
      n.put("detail", e.detail());
    }
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
  }

  /**
   * Reads an audit log.
   *
   * @param bytes the JSON
   * @return the entries
   * @throws IOException if it is not an audit log of a format this release reads
   */
  public List<AuditEntry> readAudit(byte[] bytes) throws IOException {
    JsonNode root = mapper.readTree(bytes);
    if (root.path("format").asInt(-1) != FORMAT) {
      throw new IOException("audit format " + root.path("format") + " is not one this release reads");
    }
    List<AuditEntry> out = new ArrayList<>();
    for (JsonNode n : root.path("audit")) {
      out.add(new AuditEntry(req(n, "stepId"), req(n, "action"), strings(n.path("itemIds")),
          strings(n.path("decidedBy")), req(n, "approvedBy"), Instant.parse(req(n, "at")),
          opt(n, "requestId"), StepOutcome.valueOf(req(n, "outcome")), req(n, "detail")));
    }
    return out;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static @Nullable String text(@Nullable Instant at) {
    return at == null ? null : at.toString();
  }

  private static @Nullable Instant instant(@Nullable String text) {
    return text == null ? null : Instant.parse(text);
  }

  private static String req(JsonNode n, String field) throws IOException {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IOException("the field " + field + " is missing");
    }
    return v.asText();
  }

  private static @Nullable String opt(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
