package dev.governance.core.report;

import dev.governance.core.findings.FindingsEngine;
import dev.governance.core.json.Inventories;
import dev.governance.core.model.Application;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Group;
import dev.governance.core.model.GroupType;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.core.spi.SyncResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Report inputs for tests: the JSON sample tenant, and a tenant whose names try to inject markup. */
final class ReportFixtures {
  static final Instant AT = Inventories.AT;
  static final String HOSTILE_LOGIN = "</script><script>alert('login')</script>@evil.example.com";
  static final String HOSTILE_GROUP = "<img src=x onerror=alert('group')>";
  static final String HOSTILE_APP = "CRM\u2028</SCRIPT ><!--";

  private ReportFixtures() {}

  static ReportData sample() {
    return data(Inventories.sample());
  }

  static ReportData hostile() {
    SnapshotBuilder b = Snapshot.builder("https://evil.example.com/</title><script>alert(1)</script>", "test")
        .clock(Clock.fixed(AT, ZoneOffset.UTC)).startedAt(AT.minusSeconds(5));
    b.entity(new Identity("u1", HOSTILE_LOGIN, "=HYPERLINK(\"http://x\")", "Eve, \"admin\"\r\nof all",
        IdentityStatus.SUSPENDED, null, null, null, null, Attributes.empty()));
    b.entity(new Group("g1", HOSTILE_GROUP, "Eve \"the, hacker\"\nsecond line", GroupType.NATIVE, null, null,
        null, null, Attributes.empty()));
    b.entity(Application.of("a1", HOSTILE_APP));
    b.grant(Grant.Membership.of("u1", "g1"));
    b.grant(Grant.AppAssignment.direct(EntityKind.GROUP, "g1", "a1"));
    for (InventoryCollection c : InventoryCollection.values()) {
      b.coverage(c, Coverage.complete());
    }
    return data(b.build());
  }

  static ReportData data(Snapshot snapshot) {
    FindingsEngine engine = FindingsEngine.builder().clock(Clock.fixed(AT, ZoneOffset.UTC)).build();
    SyncResult sync = new SyncResult(Map.of("/api/v1/users", 2, "/api/v1/groups", 1),
        Map.of("/api/v1/users", 2, "/api/v1/groups", 1, "/api/v1/apps*", 1), 0, Duration.ofMillis(1500));
    return new ReportData(snapshot, engine.evaluate(snapshot), sync, null, AT);
  }
}
