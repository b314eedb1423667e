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
}
