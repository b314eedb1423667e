package dev.governance.testkit.okta.internal.state;

/**
 * A target of a System Log event: what the event was about.
 *
 * @param id id
 * @param type e.g. {@code User}, {@code UserGroup}, {@code AppInstance}
 * @param alternateId login, name or label
 * @param displayName display name
 */
public record LogTargetRec(String id, String type, String alternateId, String displayName) {}
