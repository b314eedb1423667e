package dev.governance.core.model;

/**
 * Something a tenant holds that grants refer to by id.
 *
 * @since 0.1
 */
public sealed interface Entity
    permits Identity, Group, Application, Role, ApiToken, AuthFactor, GroupRule {

  /**
   * Returns the provider's id, unique within its kind.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the kind of entity.
   *
   * @return the kind
   */
  EntityKind kind();

  /**
   * Returns the name people know the entity by: an identity's login, a group's or rule's name, an
   * application's or role's label, a token's name, a factor's type.
   *
   * @return the display name
   */
  String displayLabel();
}
