package dev.governance.okta.internal.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The two fields a membership or an application-user row is read for: a user's id, and for an
 * application user the scope ({@code USER} for a direct assignment, {@code GROUP} for one inherited
 * through a group). Reading pages of members and application users into this instead of the SDK's
 * full {@code User} and {@code AppUser} skips parsing profiles and dates the sync does not keep,
 * which is most of the CPU time of a large sync.
 *
 * @param id the user's id
 * @param scope the assignment's scope, or {@code null} for a group member
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OktaRef(String id, String scope) {

  /**
   * Tells whether the row is an assignment inherited through a group.
   *
   * @return {@code true} for scope {@code GROUP}
   */
  public boolean inherited() {
    return "GROUP".equals(scope);
  }
}
