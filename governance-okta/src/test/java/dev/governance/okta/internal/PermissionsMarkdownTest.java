package dev.governance.okta.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PermissionsMarkdownTest {

  private static final Path PAGE = Path.of("..", "docs", "permissions.md");

  @Test
  void docsPermissionsPageMatchesThePermissionTable() throws Exception {
    String rendered = PermissionsMarkdown.render();
    if (Boolean.getBoolean("governance.updateDocs")) {
      Files.createDirectories(PAGE.getParent());
      Files.writeString(PAGE, rendered, StandardCharsets.UTF_8);
    }

    String onDisk = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";

    assertThat(onDisk)
        .as(
            "docs/permissions.md is out of date with OktaPermissions. Regenerate it with: %s",
            PermissionsMarkdown.REGENERATE)
        .isEqualTo(rendered);
  }

  @Test
  void pageNamesEveryScopeRoleAndOperation() {
    String rendered = PermissionsMarkdown.render();

    assertThat(rendered)
        .contains("`listUsersWithRoleAssignments` GET `/api/v1/iam/assignees/users`")
        .contains("`revokeScopeConsentGrant` DELETE `/api/v1/apps/{appId}/grants/{grantId}`")
        .contains("`okta.logs.read`")
        .doesNotContain("okta.logs.manage`,")
        .contains("`READ_ONLY` | every collection");
  }
}
