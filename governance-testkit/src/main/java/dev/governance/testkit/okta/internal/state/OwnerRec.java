package dev.governance.testkit.okta.internal.state;

/**
 * A group's owner: a user or a group of the directory.
 *
 * @param id the user's or group's id
 * @param type {@code USER} or {@code GROUP}
 * @param lastUpdated when it became an owner
 */
public record OwnerRec(String id, String type, long lastUpdated) {}
