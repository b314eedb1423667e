package dev.governance.testkit.okta.internal.state;

import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * A System Log event.
 *
 * @param seq order of persistence
 * @param uuid event id
 * @param published publication time
 * @param eventType e.g. {@code group.user_membership.remove}
 * @param displayMessage human message
 * @param actorId acting user or app id
 * @param actorType {@code User} or {@code PublicClientApp}
 * @param actorAlternateId actor login or client id
 * @param targets targets
 * @param tokenId API token that caused it, or null
 * @param requestId the request id
 */
public record LogEventRec(
    long seq,
    String uuid,
    long published,
    String eventType,
    String displayMessage,
    String actorId,
    String actorType,
    String actorAlternateId,
    List<LogTargetRec> targets,
    @Nullable String tokenId,
    String requestId) {}
