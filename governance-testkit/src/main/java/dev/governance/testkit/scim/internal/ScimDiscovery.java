package dev.governance.testkit.scim.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.governance.testkit.scim.ScimFeatures;
import java.util.ArrayList;
import java.util.List;

/** {@code /ServiceProviderConfig}, {@code /ResourceTypes} and {@code /Schemas} (RFC 7643 §5-7). */
public final class ScimDiscovery {
  /** The ServiceProviderConfig schema. */
  public static final String SPC = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
  /** The ResourceType schema. */
  public static final String RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
  /** The Schema schema. */
  public static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

  private ScimDiscovery() {}

  /**
   * The service provider configuration.
   *
   * @param f the features
   * @param base the base URL
   * @param basic whether HTTP basic authentication is accepted
   * @return the document
   */
  public static ObjectNode serviceProviderConfig(ScimFeatures f, String base, boolean basic) {
    ObjectNode o = ScimState.JSON.objectNode();
    o.putArray("schemas").add(SPC);
    o.put("documentationUri", "https://datatracker.ietf.org/doc/html/rfc7644");
    o.putObject("patch").put("supported", f.patch());
    o.putObject("bulk").put("supported", false).put("maxOperations", 0).put("maxPayloadSize", 0);
    ObjectNode filter = o.putObject("filter").put("supported", f.filter());
    filter.put("maxResults", f.advertiseCap() ? f.pageSizeCap() : ScimFeatures.MAX_PAGE_SIZE_CAP);
    o.putObject("changePassword").put("supported", false);
    o.putObject("sort").put("supported", false);
    o.putObject("etag").put("supported", f.etag());
    ArrayNode schemes = o.putArray("authenticationSchemes");
    schemes.addObject().put("type", "oauthbearertoken").put("name", "OAuth Bearer Token")
        .put("description", "Authentication with a bearer token").put("primary", true);
    if (basic) {
      schemes.addObject().put("type", "httpbasic").put("name", "HTTP Basic")
          .put("description", "Authentication with a user name and password").put("primary", false);
    }
    o.putObject("meta").put("resourceType", "ServiceProviderConfig")
        .put("location", base + "/ServiceProviderConfig");
    return o;
  }

  /**
   * The resource types offered.
   *
   * @param f the features
   * @param base the base URL
   * @return one document per type
   */
  public static List<ObjectNode> resourceTypes(ScimFeatures f, String base) {
    List<ObjectNode> out = new ArrayList<>();
    ObjectNode user = resourceType("User", "/Users", ScimState.USER_SCHEMA, base);
    if (f.enterpriseExtension()) {
      user.putArray("schemaExtensions").addObject().put("schema", ScimState.ENTERPRISE)
          .put("required", false);
    }
    out.add(user);
    if (f.groups()) {
      out.add(resourceType("Group", "/Groups", ScimState.GROUP_SCHEMA, base));
    }
    return out;
  }

  private static ObjectNode resourceType(String name, String endpoint, String schema, String base) {
    ObjectNode o = ScimState.JSON.objectNode();
    o.putArray("schemas").add(RESOURCE_TYPE);
    o.put("id", name).put("name", name).put("endpoint", endpoint)
        .put("description", name + " accounts").put("schema", schema);
    o.putObject("meta").put("resourceType", "ResourceType")
        .put("location", base + "/ResourceTypes/" + name);
    return o;
  }

  /**
   * The schemas the server knows.
   *
   * @param f the features
   * @param base the base URL
   * @return one document per schema
   */
  public static List<ObjectNode> schemas(ScimFeatures f, String base) {
    List<ObjectNode> out = new ArrayList<>();
    ObjectNode user = schema(ScimState.USER_SCHEMA, "User", "User Account", base);
    ArrayNode ua = user.putArray("attributes");
    ua.add(attr("userName", "string", false).put("required", true).put("uniqueness", "server"));
    ObjectNode name = attr("name", "complex", false);
    name.putArray("subAttributes").add(attr("formatted", "string", false))
        .add(attr("familyName", "string", false)).add(attr("givenName", "string", false));
    ua.add(name);
    ua.add(attr("displayName", "string", false));
    ua.add(attr("title", "string", false));
    ua.add(attr("active", "boolean", false));
    ua.add(multi("emails", false));
    if (f.groups()) {
      ObjectNode groups = multi("groups", false).put("mutability", "readOnly");
      ua.add(groups);
    }
    if (f.entitlements()) {
      ua.add(multi("entitlements", false));
    }
    if (f.roles()) {
      ua.add(multi("roles", false));
    }
    out.add(user);
    if (f.groups()) {
      ObjectNode group = schema(ScimState.GROUP_SCHEMA, "Group", "Group", base);
      ArrayNode ga = group.putArray("attributes");
      ga.add(attr("displayName", "string", false).put("required", true));
      ga.add(multi("members", true));
      out.add(group);
    }
    if (f.enterpriseExtension()) {
      ObjectNode ext = schema(ScimState.ENTERPRISE, "EnterpriseUser", "Enterprise User", base);
      ArrayNode ea = ext.putArray("attributes");
      for (String s : List.of("employeeNumber", "costCenter", "organization", "division", "department")) {
        ea.add(attr(s, "string", false));
      }
      ObjectNode manager = attr("manager", "complex", false);
      manager.putArray("subAttributes").add(attr("value", "string", false))
          .add(attr("$ref", "reference", false)).add(attr("displayName", "string", false));
      ea.add(manager);
      out.add(ext);
    }
    return out;
  }

  private static ObjectNode schema(String id, String name, String description, String base) {
    ObjectNode o = ScimState.JSON.objectNode();
    o.putArray("schemas").add(SCHEMA);
    o.put("id", id).put("name", name).put("description", description);
    o.putObject("meta").put("resourceType", "Schema").put("location", base + "/Schemas/" + id);
    return o;
  }

  private static ObjectNode attr(String name, String type, boolean multiValued) {
    return ScimState.JSON.objectNode().put("name", name).put("type", type)
        .put("multiValued", multiValued).put("description", name).put("required", false)
        .put("caseExact", false).put("mutability", "readWrite").put("returned", "default")
        .put("uniqueness", "none");
  }

  private static ObjectNode multi(String name, boolean members) {
    ObjectNode o = attr(name, "complex", true);
    ArrayNode subs = o.putArray("subAttributes");
    subs.add(attr("value", "string", false));
    subs.add(attr("display", "string", false));
    subs.add(attr("type", "string", false));
    if (members) {
      subs.add(attr("$ref", "reference", false));
    } else {
      subs.add(attr("primary", "boolean", false));
    }
    return o;
  }
}
