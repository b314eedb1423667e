package dev.governance.scim.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.client.requests.SearchRequestBuilder;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.messages.ListResponse;
import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.CancelledException;
import dev.governance.core.GovernanceException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a SCIM list with {@code startIndex} and {@code count} (RFC 7644 §3.4.2.4), one page at a
 * time into a consumer. A server may return fewer resources than asked for, whether it says so
 * or not: the next page starts where the last one ended, until {@code totalResults} is reached.
 * A {@code totalResults} that changes between pages is noted, since resources added or removed
 * meanwhile shift the pages.
 */
final class Pager {

  /**
   * What a read got.
   *
   * @param items resources read
   * @param failure what ended it early, or null
   * @param notes why it may be incomplete although every page was read
   */
  record Outcome(long items, @Nullable GovernanceException failure, Set<String> notes) {}

  /** Called before each page; throws to stop. */
  @FunctionalInterface
  interface BeforePage {
    void check();
  }

  private Pager() {}

  static Outcome read(ScimClient client, Meter meter, String endpoint, String type, int pageSize,
      @Nullable String excluded, BeforePage before, Consumer<List<ObjectNode>> page) {
    int start = 1;
    long items = 0;
    Integer lastTotal = null;
    Set<String> notes = new LinkedHashSet<>();
    while (true) {
      before.check();
      int from = start;
      ListResponse<GenericScimResource> answer;
      try {
        answer = client.call(ScimClient.Op.of("read the " + endpoint + " from startIndex " + from,
            "read " + type + " resources"), meter, s -> {
              SearchRequestBuilder b = s.searchRequest(endpoint).page(from, pageSize);
              if (excluded != null) {
                b.excludedAttributes(excluded);
              }
              return b.invoke(GenericScimResource.class);
            });
      } catch (AuthenticationFailedException | CancelledException e) {
        throw e;
      } catch (GovernanceException e) {
        return new Outcome(items, e, notes);
      }
      List<GenericScimResource> resources = answer.getResources() == null ? List.of()
          : answer.getResources();
      int total = answer.getTotalResults();
      if (lastTotal != null && total != lastTotal) {
        notes.add("totalResults of /" + endpoint + " changed from " + lastTotal + " to " + total
            + " while it was read page by page; resources added or removed meanwhile may be"
            + " missing or read twice");
      }
      lastTotal = total;
      List<ObjectNode> nodes = new ArrayList<>(resources.size());
      for (GenericScimResource r : resources) {
        nodes.add(r.getObjectNode());
      }
      page.accept(nodes);
      items += nodes.size();
      start += nodes.size();
      if (nodes.isEmpty()) {
        if (start <= total) {
          notes.add("/" + endpoint + " returned an empty page at startIndex " + start
              + " although totalResults is " + total);
        }
        return new Outcome(items, null, notes);
      }
      if (start > total) {
        return new Outcome(items, null, notes);
      }
    }
  }
}
