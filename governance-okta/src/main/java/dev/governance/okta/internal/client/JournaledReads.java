package dev.governance.okta.internal.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.okta.sdk.resource.common.PagedList;
import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.CancelledException;
import dev.governance.core.ConnectorFailureException;
import dev.governance.core.GovernanceException;
import dev.governance.core.RateLimitedException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The reads of a {@link OktaHttp#journaled journaled} client. A list is walked as usual, except
 * that a page the journal holds is taken from it, and a page read from Okta is recorded there
 * (body and next link) before it is handed over. A single read is taken from the journal or read
 * and recorded. Either way the caller gets what it would have got from Okta, parsed by the SDK's
 * mapper.
 *
 * <p>Recorded pages of a list are handed over only once the walk reaches its end in the journal,
 * or once Okta accepts the recorded cursor of the first page it has to read: if Okta refuses that
 * cursor (any answer but success, a refusal of the credentials, a rate limit or a cancellation),
 * the recorded pages are dropped and the list is read again from its first page, so a list is
 * never half old and half new. Only that list is read again.
 */
final class JournaledReads {

  private static final TypeReference<List<JsonNode>> NODES = new TypeReference<>() {};
  private static final TypeReference<JsonNode> NODE = new TypeReference<>() {};

  private final OktaHttp http;
  private final PageJournal journal;
  private final ObjectMapper mapper;

  JournaledReads(OktaHttp http, PageJournal journal, ObjectMapper mapper) {
    this.http = http;
    this.journal = journal;
    this.mapper = mapper;
  }

  <T> int forEachPage(String first, TypeReference<List<T>> type, Consumer<List<T>> onPage) {
    // Only the recorded pages' paths are held while the walk looks for where the record ends; their
    // bodies are loaded again as they are handed over, so a long list costs one page of memory.
    List<String> held = new ArrayList<>();
    String next = first;
    while (next != null) {
      Optional<PageJournal.Page> page = journal.page(next);
      if (page.isEmpty()) {
        break;
      }
      held.add(next);
      next = page.get().next();
    }
    int pages = held.size();
    Fetched fetched = null;
    if (next != null && !held.isEmpty()) {
      try {
        fetched = fetch(next);
      } catch (AuthenticationFailedException | CancelledException | RateLimitedException e) {
        throw e;
      } catch (GovernanceException e) {
        journal.restarted(first, e.getClass().getSimpleName());
        return walk(first, 0, type, onPage, null);
      }
    }
    for (String path : held) {
      // Records are only ever replaced by the same answer, or cleared once the sync is over.
      JsonNode body = journal.page(path).orElseThrow(() -> new ConnectorFailureException(
          "The checkpoint of " + path + " vanished while this sync replayed it; another process cleared the"
              + " checkpoints: sync again", true, null)).body();
      if (body.isArray() && !body.isEmpty()) {
        onPage.accept(parse(body, type));
      }
    }
    journal.replayed(pages);
    return next == null ? pages : walk(next, pages, type, onPage, fetched);
  }

  <T> @Nullable T get(String pathAndQuery, TypeReference<T> type) {
    Optional<JsonNode> recorded = journal.read(pathAndQuery);
    if (recorded.isPresent()) {
      journal.replayed(1);
      return parse(recorded.get(), type);
    }
    // okta-sdk-java 24.0.0 converts the answer of a GET whose type's name lacks "List" into a map
    // (to cache it by its _links.self), which an array is not; ask for what the caller asks for.
    JsonNode body;
    if (type.getType().getTypeName().contains("List")) {
      List<JsonNode> items = http.fetch(pathAndQuery, NODES);
      body = items == null ? null : mapper.createArrayNode().addAll(items);
    } else {
      body = http.fetch(pathAndQuery, NODE);
    }
    JsonNode kept = body == null ? NullNode.getInstance() : body;
    journal.recordRead(pathAndQuery, kept);
    return parse(kept, type);
  }

  /** A page read from Okta: its items and the path of the next page. */
  private record Fetched(ArrayNode body, @Nullable String next) {}

  private Fetched fetch(String pathAndQuery) {
    List<JsonNode> page = http.fetch(pathAndQuery, NODES);
    ArrayNode body = mapper.createArrayNode();
    if (page == null) {
      return new Fetched(body, null);
    }
    page.forEach(body::add);
    String nextUrl = page instanceof PagedList<?> paged ? paged.getNextPage() : null;
    String following = nextUrl == null || page.isEmpty() ? null : http.relative(nextUrl);
    if (following != null && following.equals(pathAndQuery)) {
      throw new ConnectorFailureException(
          "Okta answered " + pathAndQuery + " with a link to the same page; stopping to avoid a loop", false, null);
    }
    return new Fetched(body, following);
  }

  /** Reads pages from Okta from {@code next} on, recording each before handing it over. */
  private <T> int walk(String from, int before, TypeReference<List<T>> type, Consumer<List<T>> onPage,
      @Nullable Fetched firstFetched) {
    String next = from;
    int pages = before;
    Fetched fetched = firstFetched;
    while (next != null) {
      Fetched page = fetched != null ? fetched : fetch(next);
      fetched = null;
      pages++;
      journal.recordPage(next, page.body(), page.next());
      if (page.body().isEmpty()) {
        break;
      }
      onPage.accept(parse(page.body(), type));
      next = page.next();
    }
    return pages;
  }

  private <T> @Nullable T parse(JsonNode body, TypeReference<T> type) {
    if (body.isNull() || body.isMissingNode()) {
      return null;
    }
    try {
      return mapper.readerFor(mapper.getTypeFactory().constructType(type)).readValue(body);
    } catch (IOException e) {
      throw new ConnectorFailureException("Okta's answer could not be read as " + type.getType() + ": "
          + e.getMessage(), false, e);
    }
  }
}
