package dev.governance.testkit.okta.internal.state;

/**
 * An application's signing key credential: an RSA key pair whose public half Okta shows as a JSON
 * Web Key; the private half never leaves the tenant.
 *
 * @param kid the key id
 * @param n the RSA modulus, base64url
 * @param e the RSA public exponent, base64url
 * @param created when it was generated
 * @param expiresAt when its certificate expires
 */
public record KeyRec(String kid, String n, String e, long created, long expiresAt) {}
