package dev.governance.okta.internal.preflight;

import dev.governance.core.GovernanceException;
import org.jspecify.annotations.Nullable;

/**
 * What one cheap read of a collection answered.
 *
 * @param empty whether the answer was an empty list
 * @param failure the failure, or {@code null} when the read succeeded
 */
public record Probe(boolean empty, @Nullable GovernanceException failure) {}
