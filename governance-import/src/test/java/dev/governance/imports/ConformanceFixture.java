package dev.governance.imports;

import dev.governance.core.model.Attributes;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.Identity;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import dev.governance.core.snapshot.SnapshotBuilder;
import dev.governance.testkit.conformance.SeededInventory;

/**
 * The inventory the conformance kit reads through both imports: every component of every record
 * ({@link Fixtures#everyField()}), and enough identities to fill several pages of rows.
 */
final class ConformanceFixture {

  /** Identities beyond the fixture's, so that identities span several of the import's pages. */
  static final int MORE_IDENTITIES = 2_500;

  private ConformanceFixture() {}

  /** The snapshot the files are written from. */
  static Snapshot snapshot() {
    Snapshot all = Fixtures.everyField();
    SnapshotBuilder b = Snapshot.builder(all.info().tenant(), all.info().connectorId()).clock(Fixtures.CLOCK);
    for (EntityKind kind : EntityKind.values()) {
      for (Entity e : all.entities(kind)) {
        b.entity(e);
      }
      if (kind == EntityKind.IDENTITY) {
        for (int i = 0; i < MORE_IDENTITIES; i++) {
          b.entity(new Identity("00u" + i, "user" + i + "@acme.com", null, null, IdentityStatus.ACTIVE,
              "ACTIVE", null, null, null, null, Attributes.empty()));
        }
      }
    }
    all.grants().forEach(b::grant);
    for (InventoryCollection c : InventoryCollection.values()) {
      b.coverage(c, all.coverage(c));
    }
    return b.build();
  }

  /** What the kit must find: every entity and grant of the snapshot, and nothing else. */
  static SeededInventory seeded(Snapshot snapshot) {
    SeededInventory.Builder b = SeededInventory.builder().exactly().spansPages(InventoryCollection.IDENTITIES);
    for (EntityKind kind : EntityKind.values()) {
      for (Entity e : snapshot.entities(kind)) {
        b.entity(kind, e.id());
      }
    }
    for (Grant g : snapshot.grants()) {
      b.grant(g);
    }
    return b.build();
  }
}
