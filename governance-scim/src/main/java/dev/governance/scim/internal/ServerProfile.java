package dev.governance.scim.internal;

import com.unboundid.scim2.common.messages.ListResponse;
import com.unboundid.scim2.common.types.AttributeDefinition;
import com.unboundid.scim2.common.types.ResourceTypeResource;
import com.unboundid.scim2.common.types.SchemaResource;
import com.unboundid.scim2.common.types.ServiceProviderConfigResource;
import dev.governance.core.AuthenticationFailedException;
import dev.governance.core.CancelledException;
import dev.governance.core.GovernanceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a SCIM server says it supports, from {@code /ServiceProviderConfig}, {@code /ResourceTypes}
 * and {@code /Schemas}. A server that does not answer one of them (some do not serve {@code
 * /Schemas}) is assumed to follow RFC 7643's defaults for it, and the assumption is noted.
 *
 * @param usersEndpoint the endpoint of the {@code User} resource type, e.g. {@code Users}
 * @param groupsEndpoint the endpoint of the {@code Group} resource type, or null when it offers none
 * @param filter whether filters are supported
 * @param maxResults the most results the server says it returns, or 0 when it does not say
 * @param patch whether PATCH is supported
 * @param etag whether resources carry versions for {@code If-Match}
 * @param roles whether users have {@code roles}: true, false, or null when the schema is unknown
 * @param entitlements whether users have {@code entitlements}, or null when unknown
 * @param assumptions what could not be learnt and was assumed, in plain words
 */
public record ServerProfile(
    String usersEndpoint,
    @Nullable String groupsEndpoint,
    boolean filter,
    int maxResults,
    boolean patch,
    boolean etag,
    @Nullable Boolean roles,
    @Nullable Boolean entitlements,
    List<String> assumptions) {

  private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

  /** Copies the assumptions. */
  public ServerProfile {
    assumptions = List.copyOf(assumptions);
  }

  /**
   * Whether users may carry roles or entitlements: false only when the schema says neither.
   *
   * @return whether there is anything to read for roles
   */
  public boolean mayHaveRoles() {
    return !Boolean.FALSE.equals(roles) || !Boolean.FALSE.equals(entitlements);
  }

  /**
   * Asks the server.
   *
   * @param client the client
   * @param meter counts the calls
   * @return the profile
   * @throws AuthenticationFailedException if the credentials are refused
   */
  public static ServerProfile discover(ScimClient client, Meter meter) {
    List<String> assumptions = new ArrayList<>();
    boolean filter = false;
    int maxResults = 0;
    boolean patch = true;
    boolean etag = false;
    ServiceProviderConfigResource spc = optional(client, meter, "read /ServiceProviderConfig",
        s -> s.getServiceProviderConfig(), assumptions);
    if (spc == null) {
      assumptions.add("no /ServiceProviderConfig: assumed no filters, no ETags, and PATCH");
    } else {
      filter = spc.getFilter() != null && spc.getFilter().isSupported();
      maxResults = spc.getFilter() == null ? 0 : Math.max(0, spc.getFilter().getMaxResults());
      patch = spc.getPatch() != null && spc.getPatch().isSupported();
      etag = spc.getEtag() != null && spc.getEtag().isSupported();
    }
    String users = "Users";
    String groups = "Groups";
    ListResponse<ResourceTypeResource> types = optional(client, meter, "read /ResourceTypes",
        s -> s.getResourceTypes(), assumptions);
    if (types == null) {
      assumptions.add("no /ResourceTypes: assumed /Users and /Groups");
    } else {
      groups = null;
      boolean sawUsers = false;
      for (ResourceTypeResource t : types) {
        String name = t.getName() == null ? "" : t.getName();
        String endpoint = t.getEndpoint() == null ? "" : t.getEndpoint().toString();
        endpoint = endpoint.startsWith("/") ? endpoint.substring(1) : endpoint;
        if (name.equalsIgnoreCase("User") && !endpoint.isBlank()) {
          users = endpoint;
          sawUsers = true;
        } else if (name.equalsIgnoreCase("Group") && !endpoint.isBlank()) {
          groups = endpoint;
        }
      }
      if (!sawUsers) {
        assumptions.add("/ResourceTypes lists no User type: assumed /Users");
      }
    }
    Boolean roles = null;
    Boolean entitlements = null;
    ListResponse<SchemaResource> schemas = optional(client, meter, "read /Schemas",
        s -> s.getSchemas(), assumptions);
    if (schemas == null) {
      assumptions.add("no /Schemas: roles and entitlements read where users carry them");
    } else {
      for (SchemaResource schema : schemas) {
        if (USER_SCHEMA.equalsIgnoreCase(schema.getId()) && schema.getAttributes() != null) {
          roles = false;
          entitlements = false;
          for (AttributeDefinition a : schema.getAttributes()) {
            String n = a.getName() == null ? "" : a.getName().toLowerCase(Locale.ROOT);
            roles |= n.equals("roles");
            entitlements |= n.equals("entitlements");
          }
        }
      }
    }
    return new ServerProfile(users, groups, filter, maxResults, patch, etag, roles, entitlements,
        assumptions);
  }

  private static <T> @Nullable T optional(ScimClient client, Meter meter, String what,
      ScimClient.Call<T> call, List<String> assumptions) {
    try {
      return client.call(ScimClient.Op.of(what, "read the server's configuration"), meter, call);
    } catch (AuthenticationFailedException | CancelledException e) {
      throw e;
    } catch (GovernanceException e) {
      return null; // not served, refused, or not understood: RFC 7643's defaults apply
    } catch (RuntimeException e) {
      assumptions.add(what + " was not understood (" + e.getClass().getSimpleName() + ")");
      return null;
    }
  }
}
