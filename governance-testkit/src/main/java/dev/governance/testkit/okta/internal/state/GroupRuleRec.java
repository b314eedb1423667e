package dev.governance.testkit.okta.internal.state;

import java.util.List;

/**
 * A group rule: an Okta expression that adds users to target groups.
 *
 * @param id rule id
 * @param name name
 * @param status {@code ACTIVE} or {@code INACTIVE}
 * @param expression Okta expression
 * @param groups target group positions
 * @param created creation time
 */
public record GroupRuleRec(
    String id, String name, String status, String expression, List<Integer> groups, long created) {}
