package dev.governance.testkit.okta.internal.state;

import java.util.Map;

/**
 * An enrolled MFA factor of a user.
 *
 * @param id factor id
 * @param user user position
 * @param factorType Okta factor type, e.g. {@code sms}
 * @param provider provider, e.g. {@code OKTA}
 * @param status factor status
 * @param created creation time
 * @param profile type-specific profile
 */
public record FactorRec(
    String id,
    int user,
    String factorType,
    String provider,
    String status,
    long created,
    Map<String, Object> profile) {}
