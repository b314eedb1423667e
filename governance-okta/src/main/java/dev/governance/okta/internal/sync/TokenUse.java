package dev.governance.okta.internal.sync;

import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.CancelledException;
import dev.governance.core.GovernanceException;
import dev.governance.core.InsufficientPermissionException;
import dev.governance.core.model.ApiToken;
import dev.governance.core.model.LastUse;
import dev.governance.core.model.LastUseSource;
import dev.governance.okta.internal.client.OktaHttp;
import dev.governance.okta.internal.mapping.OktaMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The API tokens' last use. Each token already carries one derived from its expiry ({@code
 * expiresAt} less {@code tokenWindow}); the System Log, when readable, adds the newest event made
 * with each token ({@code transaction.detail.requestApiTokenId}), read in one bounded query per
 * {@value #TOKENS_PER_QUERY} tokens from the oldest derived last use to now. The later of the two is
 * kept with its source: only requests that change something write events, so a newer read shows
 * only in the expiry. A refused or failed log read leaves the derived values and says so; the token
 * list stays complete, since the tokens themselves were read.
 */
final class TokenUse {

  /** Tokens named in one query's filter, which keeps its address short. */
  static final int TOKENS_PER_QUERY = 20;
  /** Pages read per query at most: a busy token's events could otherwise fill many pages. */
  static final int MAX_PAGES = 2;
  /** Okta keeps 90 days of System Log. */
  private static final java.time.Duration RETENTION = java.time.Duration.ofDays(90);

  private TokenUse() {}

  /**
   * The calls reading the last use costs at least.
   *
   * @param tokens the tokens listed
   * @return one query per {@value #TOKENS_PER_QUERY} tokens
   */
  static int calls(int tokens) {
    return (tokens + TOKENS_PER_QUERY - 1) / TOKENS_PER_QUERY;
  }

  /**
   * Adds what the System Log says to the tokens' last use.
   *
   * @param http the client
   * @param tokens the tokens, each with its use derived from the expiry where Okta sent one
   * @param now the sync's time
   * @param note receives, in words, why the System Log added nothing
   * @return the tokens, in the same order
   */
  static List<ApiToken> read(OktaHttp http, List<ApiToken> tokens, Instant now, Consumer<String> note) {
    List<ApiToken> out = new ArrayList<>(tokens.size());
    for (int from = 0; from < tokens.size(); from += TOKENS_PER_QUERY) {
      List<ApiToken> chunk = tokens.subList(from, Math.min(tokens.size(), from + TOKENS_PER_QUERY));
      Map<String, Instant> logged;
      try {
        logged = ChangeLog.newestByToken(http, chunk.stream().map(ApiToken::id).toList(), since(chunk, now), now,
            MAX_PAGES);
      } catch (AuthenticationFailedException | CancelledException e) {
        throw e;
      } catch (InsufficientPermissionException e) {
        note.accept("API token last use: the System Log refused the credentials (" + e.getMessage()
            + "); each token's last use is derived from its expiresAt instead (grant okta.logs.read, or an admin"
            + " role that reads the System Log, for the exact time)");
        out.addAll(tokens.subList(from, tokens.size()));
        return out;
      } catch (GovernanceException e) {
        note.accept("API token last use: the System Log could not be read (" + e.getMessage()
            + "); the last use of " + chunk.size() + " token(s) is derived from their expiresAt instead");
        out.addAll(chunk);
        continue;
      }
      for (ApiToken t : chunk) {
        out.add(merge(t, logged.get(t.id())));
      }
    }
    return out;
  }

  /** The later of the derived use and the newest event; an event at the same time wins, being exact. */
  static ApiToken merge(ApiToken token, @Nullable Instant logged) {
    if (logged == null) {
      return token;
    }
    LastUse derived = token.lastUse();
    return derived != null && derived.at().isAfter(logged) ? token
        : token.withLastUse(new LastUse(logged, LastUseSource.SYSTEM_LOG));
  }

  /** From the oldest derived last use (an older event cannot be a token's last use), within the log's 90 days. */
  private static Instant since(List<ApiToken> chunk, Instant now) {
    Instant since = now.minus(OktaMapper.DEFAULT_TOKEN_WINDOW);
    for (ApiToken t : chunk) {
      if (t.lastUse() != null && t.lastUse().at().isBefore(since)) {
        since = t.lastUse().at();
      }
    }
    Instant oldest = now.minus(RETENTION).plusSeconds(60);
    return since.isBefore(oldest) ? oldest : since;
  }
}
