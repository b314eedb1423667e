package dev.governance.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.ScanResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published API names only published API: no public or protected member of a public type in a
 * non-internal package mentions a type of an {@code internal} package, of an Okta SDK, of
 * Jackson, of UnboundID's SCIM SDK, of JAX-RS, of Jersey, of HikariCP, of Flyway or of the PostgreSQL
 * driver, so that none of them can change under a caller.
 */
class PublicSignaturesTest {

  private static final List<String> FORBIDDEN = List.of(".internal.", "com.okta.sdk.", "com.fasterxml.jackson.",
      "com.unboundid.", "jakarta.ws.rs.", "org.glassfish.jersey.", "com.zaxxer.hikari.", "org.flywaydb.",
      "org.postgresql.");

  @Test
  void publicSignaturesNameNoInternalSdkOrJacksonType() {
    List<String> offenders = new ArrayList<>();
    try (ScanResult scan = new ClassGraph().enableClassInfo().enableMethodInfo().enableFieldInfo()
        .acceptPackages("dev.governance").rejectPackages("dev.governance.cli", "dev.governance.bench",
            "dev.governance.checks")
        .scan()) {
      for (ClassInfo type : scan.getAllClasses()) {
        if (!type.isPublic() || type.getPackageName().contains(".internal") || isHidden(type)) {
          continue;
        }
        check(type.getName(), type.getTypeSignatureStr(), offenders);
        if (type.getSuperclass() != null) {
          check(type.getName() + " extends", type.getSuperclass().getName(), offenders);
        }
        for (ClassInfo i : type.getInterfaces()) {
          check(type.getName() + " implements", i.getName(), offenders);
        }
        for (MethodInfo m : type.getDeclaredMethodAndConstructorInfo()) {
          if ((m.isPublic() || m.isProtected()) && !m.isSynthetic() && !m.isBridge()) {
            check(type.getName() + "." + m.getName(), m.getTypeSignatureOrTypeDescriptorStr(), offenders);
          }
        }
        for (FieldInfo f : type.getDeclaredFieldInfo()) {
          if (f.isPublic() || f.isProtected()) {
            check(type.getName() + "." + f.getName(), f.getTypeSignatureOrTypeDescriptorStr(), offenders);
          }
        }
      }
    }
    assertThat(offenders).as("public signatures that name internal, Okta SDK, Jackson, SCIM SDK or JAX-RS types").isEmpty();
  }

  @Test
  void theCheckSeesTheConnectorsAndTheTestkit() {
    try (ScanResult scan = new ClassGraph().enableClassInfo().acceptPackages("dev.governance").scan()) {
      assertThat(scan.getAllClasses().getNames()).contains("dev.governance.okta.OktaConnector",
          "dev.governance.testkit.okta.FakeOktaTenant",
          "dev.governance.scim.ScimConnector", "dev.governance.testkit.scim.FakeScimServer", "dev.governance.okta.catalog.OktaBucket",
          "dev.governance.core.spi.SyncResult", "dev.governance.store.postgres.PostgresStore");
    }
  }

  private static boolean isHidden(ClassInfo type) {
    ClassInfo outer = type.getOuterClasses().isEmpty() ? null : type.getOuterClasses().get(0);
    return outer != null && !outer.isPublic();
  }

  private static void check(String where, String signature, List<String> offenders) {
    if (signature == null) {
      return;
    }
    String s = signature.replace('/', '.');
    for (String f : FORBIDDEN) {
      if (s.contains(f)) {
        offenders.add(where + ": " + signature);
        return;
      }
    }
  }
}
