package dev.governance.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.governance.core.model.EntityKind;
import dev.governance.core.snapshot.Snapshot;
import java.util.List;

/** Compares snapshots item by item, as {@link Snapshot} has no {@code equals}. */
public final class SnapshotAssertions {

  private SnapshotAssertions() {}

  /**
   * Asserts that two snapshots hold the same info, coverage, entities and grants, in order.
   *
   * @param actual the snapshot read back
   * @param expected the snapshot saved
   */
  public static void assertSameSnapshot(Snapshot actual, Snapshot expected) {
    assertThat(actual.info()).isEqualTo(expected.info());
    assertThat(actual.coverage()).isEqualTo(expected.coverage());
    for (EntityKind kind : EntityKind.values()) {
      assertThat(List.copyOf(actual.entities(kind))).as(kind.name())
          .containsExactlyElementsOf(expected.entities(kind));
    }
    assertThat(actual.grants()).containsExactlyElementsOf(expected.grants());
    assertThat(actual.counts()).isEqualTo(expected.counts());
  }
}
