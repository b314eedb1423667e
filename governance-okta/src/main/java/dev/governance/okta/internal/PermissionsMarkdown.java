package dev.governance.okta.internal;

import dev.governance.okta.catalog.StandardAdminRole;
import dev.governance.core.spi.AccessLevel;
import dev.governance.okta.ActionRequirement;
import dev.governance.okta.CollectionRequirement;
import dev.governance.okta.OktaOperation;
import dev.governance.okta.OktaPermissions;
import dev.governance.okta.catalog.OktaScope;
import dev.governance.okta.PermissionRequirement;

import dev.governance.okta.SupportingRequirement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Renders {@link OktaPermissions} as the Markdown page {@code docs/permissions.md}, so that the
 * page is generated from the table the code uses and cannot drift from it.
 */
public final class PermissionsMarkdown {

  /** The command that regenerates the page, shown in it and in the test that guards it. */
  public static final String REGENERATE =
      "./mvnw -pl governance-okta test -Dtest=PermissionsMarkdownTest -Dgovernance.updateDocs=true";

  private PermissionsMarkdown() {}

  /**
   * Renders the page.
   *
   * @return the Markdown text, ending with a line break
   */
  public static String render() {
    StringBuilder out = new StringBuilder();
    out.append("# Okta permissions\n\n")
        .append("<!-- Generated from dev.governance.okta.OktaPermissions; do not edit by hand.\n")
        .append("     Regenerate with: ")
        .append(REGENERATE)
        .append(" -->\n\n")
        .append("Okta checks two things before it answers a call:\n\n")
        .append("- an **OAuth 2.0 service app** needs the OAuth scope of each operation, granted")
        .append(" to the app and requested in its token, *and* an admin role assigned to the")
        .append(" app that covers the resources;\n")
        .append("- an **API token** (SSWS) acts with the admin roles of the user who created it;")
        .append(" scopes do not apply.\n\n")
        .append("`ScopeCheck.ofScopes(…)` and `ScopeCheck.ofAdminRoles(…)` evaluate either side")
        .append(" from the tables below. A `.manage` scope includes the `.read` scope of the same")
        .append(" resource. Okta has no `okta.factors.*` scopes (factors use `okta.users.*`) and")
        .append(" no `okta.logs.manage`.\n\n");
    levels(out);
    out.append("## Reading the inventory\n\n")
        .append("| Collection | Needed for a review | OAuth scopes | Custom-role permissions |")
        .append(" Standard roles | Okta operations | Without it |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (CollectionRequirement requirement : OktaPermissions.collections()) {
      out.append("| `")
          .append(requirement.collection())
          .append("` | ")
          .append(requirement.neededForReview() ? "yes" : "no")
          .append(" | ");
      common(out, requirement);
    }
    out.append("\n## Lifecycle actions\n\n")
        .append("| Action | OAuth scopes | Custom-role permissions | Standard roles |")
        .append(" Okta operations | Without it |\n")
        .append("| --- | --- | --- | --- | --- | --- |\n");
    for (ActionRequirement requirement : OktaPermissions.actions()) {
      out.append("| `").append(requirement.kind()).append("` | ");
      common(out, requirement);
    }
    out.append("\n## Other calls\n\n")
        .append("These never lower the access level; without them the SDK works with less")
        .append(" detail.\n\n")
        .append("| Call | Purpose | OAuth scopes | Custom-role permissions | Standard roles |")
        .append(" Okta operations | Without it |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (SupportingRequirement requirement : OktaPermissions.supporting()) {
      out.append("| `")
          .append(requirement.name())
          .append("` | ")
          .append(requirement.purpose())
          .append(requirement.apiTokenOnly() ? " (API tokens only)" : "")
          .append(" | ");
      common(out, requirement);
    }
    notes(out);
    return out.toString();
  }

  private static void levels(StringBuilder out) {
    out.append("## Access levels\n\n")
        .append("| Level | Meaning | Scopes for a service app |\n")
        .append("| --- | --- | --- |\n")
        .append("| `NONE` | no collection can be read | |\n")
        .append("| `PARTIAL` | some collections can be read, not all that a review needs | |\n")
        .append("| `READ_ONLY` | every collection marked *needed for a review* can be read on")
        .append(" the whole org | ")
        .append(scopes(OktaPermissions.scopesFor(AccessLevel.READ_ONLY)))
        .append(" |\n")
        .append("| `LIFECYCLE` | every collection can be read and every action applied | ")
        .append(scopes(OktaPermissions.scopesFor(AccessLevel.LIFECYCLE)))
        .append(" |\n\n");
  }

  private static void common(StringBuilder out, PermissionRequirement requirement) {
    out.append(scopes(requirement.scopes()))
        .append(" | ")
        .append(
            requirement.adminPermissions().isEmpty()
                ? "none known: standard roles only"
                : codes(new TreeSet<>(requirement.adminPermissions())))
        .append(" | ")
        .append(roles(requirement.grantingRoles()))
        .append(" | ")
        .append(
            requirement.operations().stream()
                .map(PermissionsMarkdown::operation)
                .collect(Collectors.joining("<br>")))
        .append(" | ")
        .append(capitalise(requirement.withoutIt()))
        .append(". |\n");
  }

  private static void notes(StringBuilder out) {
    out.append("\n## When an empty answer is suspicious\n\n");
    for (CollectionRequirement requirement : OktaPermissions.collections()) {
      requirement
          .emptyIsSuspicious()
          .ifPresent(
              why ->
                  out.append("- `")
                      .append(requirement.collection())
                      .append("`: ")
                      .append(capitalise(why))
                      .append(". An empty list means the credentials see only part of the org.\n"));
    }
    out.append("\n## Caveats\n\n");
    for (PermissionRequirement requirement : OktaPermissions.all()) {
      requirement
          .caveat()
          .ifPresent(
              caveat ->
                  out.append("- `")
                      .append(requirement.name())
                      .append("`: ")
                      .append(caveat)
                      .append('\n'));
      requirement
          .customRoleLimit()
          .ifPresent(
              limit ->
                  out.append("- `")
                      .append(requirement.name())
                      .append("`: ")
                      .append(capitalise(limit))
                      .append(".\n"));
    }
    out.append("\nStandard roles that can be limited to targets (")
        .append(
            Arrays.stream(StandardAdminRole.values())
                .filter(StandardAdminRole::isTargetable)
                .map(role -> "`" + role.name() + "`")
                .collect(Collectors.joining(", ")))
        .append(") allow an item only within their groups or applications. A custom role allows")
        .append(" an item when it holds every listed permission; a `.manage` permission is read as")
        .append(" including every finer permission of the same resource (e.g. `okta.users.manage`")
        .append(" includes `okta.users.lifecycle.suspend`).\n");
  }

  private static String operation(OktaOperation operation) {
    return "`"
        + operation.operationId()
        + "` "
        + operation.method()
        + " `"
        + operation.path()
        + "`";
  }

  private static String scopes(Set<OktaScope> scopes) {
    return Arrays.stream(OktaScope.values())
        .filter(scopes::contains)
        .map(scope -> "`" + scope.value() + "`")
        .collect(Collectors.joining(", "));
  }

  private static String codes(Set<String> names) {
    return names.stream().map(name -> "`" + name + "`").collect(Collectors.joining(", "));
  }

  private static String roles(Set<StandardAdminRole> roles) {
    List<String> names =
        Arrays.stream(StandardAdminRole.values())
            .filter(roles::contains)
            .map(role -> "`" + role.name() + "`")
            .toList();
    return roles.size() == StandardAdminRole.values().length
        ? "any admin role"
        : String.join(", ", names);
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
