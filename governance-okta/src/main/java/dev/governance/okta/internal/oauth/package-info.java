/**
 * OAuth 2.0 for Okta service apps: the {@code private_key_jwt} client assertion, the client
 * credentials token request with its retries, DPoP proofs (RFC 9449) and the renewal of access
 * tokens. All JOSE work is done by Nimbus JOSE+JWT. No compatibility promise.
 *
 * <p>Why not okta-sdk-java's own token retrieval: the connector builds its Apache HttpClient itself
 * (explicit settings, no SDK retries), which leaves out the SDK's {@code DPoPInterceptor}, so an app
 * that requires DPoP could not get a token at all. The behaviour here follows the SDK's where Okta
 * documents nothing further: no proof on the first token request, a proof made with an ephemeral
 * P-256 key pair per client after {@code invalid_dpop_proof}, the nonce round trip after {@code
 * use_dpop_nonce}, and then {@code Authorization: DPoP} with a proof carrying {@code ath} on every
 * resource request.
 *
 * <p>Secrets never leave these classes in text form: access tokens are held in {@link
 * dev.governance.core.Secret}s, and no message or log line carries an assertion, a proof or a token.
 */
@NullMarked
package dev.governance.okta.internal.oauth;

import org.jspecify.annotations.NullMarked;
