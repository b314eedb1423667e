package dev.governance.core.snapshot;

import dev.governance.core.model.InventoryCollection;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a snapshot was read: in full, or as a delta that read only what changed since an earlier
 * snapshot and carried the rest over from it.
 *
 * <p>A delta names the collections it still re-read in full, each with the reason (the change
 * source could not vouch for it). A full sync that was asked for as a delta, or that the caller
 * requested, says why it read everything.
 *
 * @param kind full or delta
 * @param changesSince for a delta, the time from which changes were read (overlap included);
 *     {@code null} for a full sync
 * @param basedOn for a delta, the id the caller gave the snapshot it started from (e.g. the store's
 *     snapshot id); {@code null} when unknown or for a full sync
 * @param reason why the sync read everything, e.g. {@code requested}; {@code null} for a delta or
 *     when there is nothing to say
 * @param reReadInFull for a delta, the collections read in full anyway, each with its reason, in
 *     the collections' order
 * @since 0.1
 */
public record SyncMode(
    Kind kind,
    @Nullable Instant changesSince,
    @Nullable String basedOn,
    @Nullable String reason,
    Map<InventoryCollection, String> reReadInFull) {

  /** Whether a snapshot was read in full or as a delta. */
  public enum Kind {
    /** Every collection read from the source. */
    FULL,
    /** Only what changed since an earlier snapshot read; the rest carried over from it. */
    DELTA
  }

  /** Validates the components and copies the map. */
  public SyncMode {
    Objects.requireNonNull(kind, "kind");
    EnumMap<InventoryCollection, String> copy = new EnumMap<>(InventoryCollection.class);
    copy.putAll(reReadInFull);
    reReadInFull = Collections.unmodifiableMap(copy);
    if (kind == Kind.DELTA && changesSince == null) {
      throw new IllegalArgumentException("a delta needs the time its changes were read from");
    }
  }

  /**
   * Returns the mode of a full sync with nothing more to say, the mode of every snapshot written
   * before modes were recorded.
   *
   * @return the mode
   */
  public static SyncMode full() {
    return new SyncMode(Kind.FULL, null, null, null, Map.of());
  }

  /**
   * Returns the mode of a full sync, with why everything was read.
   *
   * @param reason e.g. {@code requested} or {@code one sync in 24 reads in full}
   * @return the mode
   */
  public static SyncMode full(String reason) {
    return new SyncMode(Kind.FULL, null, null, Objects.requireNonNull(reason, "reason"), Map.of());
  }

  /**
   * Returns the mode of a delta.
   *
   * @param changesSince when changes were read from
   * @param basedOn the id of the snapshot it started from, or {@code null}
   * @param reReadInFull the collections read in full anyway, with their reasons
   * @return the mode
   */
  public static SyncMode delta(Instant changesSince, @Nullable String basedOn,
      Map<InventoryCollection, String> reReadInFull) {
    return new SyncMode(Kind.DELTA, changesSince, basedOn, null, reReadInFull);
  }

  /**
   * Tells whether this is a delta.
   *
   * @return {@code true} for a delta
   */
  public boolean isDelta() {
    return kind == Kind.DELTA;
  }

  /**
   * Returns this mode with the snapshot it was based on.
   *
   * @param snapshotId the id of the snapshot the delta started from
   * @return the copy
   */
  public SyncMode basedOn(String snapshotId) {
    return new SyncMode(kind, changesSince, snapshotId, reason, reReadInFull);
  }

  /**
   * Says in one line what the sync was, for summaries: {@code full}, {@code full (requested)},
   * {@code delta since …} or {@code delta since …; re-read in full: memberships (…)}.
   *
   * @return the line
   */
  public String describe() {
    if (kind == Kind.FULL) {
      return reason == null ? "full" : "full (" + reason + ")";
    }
    StringBuilder b = new StringBuilder("delta since ").append(changesSince);
    if (!reReadInFull.isEmpty()) {
      b.append("; re-read in full: ");
      String sep = "";
      for (Map.Entry<InventoryCollection, String> e : reReadInFull.entrySet()) {
        b.append(sep).append(e.getKey().label()).append(" (").append(e.getValue()).append(')');
        sep = ", ";
      }
    }
    return b.toString();
  }
}
