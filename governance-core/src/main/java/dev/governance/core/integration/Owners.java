package dev.governance.core.integration;

import dev.governance.core.InvalidConfigurationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Validation of owners, settings and descriptions shared by {@link IntegrationSpec} and {@link IntegrationEdit}. */
final class Owners {

  private Owners() {}

  static String primary(@Nullable String owner) {
    if (owner == null || owner.isBlank()) {
      throw new InvalidConfigurationException("primaryOwner",
          "An integration needs a primary owner: give the login or email of the person who answers"
              + " for it");
    }
    return owner.strip();
  }

  static List<String> secondary(Collection<String> owners, String primary) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String o : owners) {
      if (o == null || o.isBlank()) {
        throw new InvalidConfigurationException("secondaryOwners",
            "A secondary owner is blank; give logins or emails, or leave the list empty");
      }
      if (!o.strip().equals(primary)) {
        distinct.add(o.strip());
      }
    }
    return new ArrayList<>(distinct);
  }

  static java.util.Map<String, String> settings(java.util.Map<String, String> settings) {
    if (settings.containsKey(Connections.TENANT_SETTING)) {
      throw new InvalidConfigurationException("settings", "The setting '"
          + Connections.TENANT_SETTING + "' is reserved: the registry passes the integration's"
          + " tenant under that name. Remove it from the settings");
    }
    return java.util.Map.copyOf(settings);
  }

  static @Nullable String description(@Nullable String description) {
    if (description == null || description.isBlank()) {
      return null;
    }
    if (description.length() > 2000) {
      throw new InvalidConfigurationException("description",
          "The description has " + description.length() + " characters; keep it to 2000");
    }
    return description.strip();
  }
}
