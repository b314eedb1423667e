package dev.governance.testkit.faults;

import dev.governance.core.model.InventoryCollection;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A broken promise found by the matrix. None may occur: a sync never loses data silently, never
 * damages the snapshot saved before it, and never shows a secret.
 *
 * @since 0.1
 */
public sealed interface Violation {

  /**
   * Describes the violation in one line, without any secret.
   *
   * @return the description
   */
  String describe();

  /**
   * A collection the sync calls complete (or marks only for the reason the good sync gave) lacks
   * items the good sync read.
   *
   * @param collection the collection
   * @param missing how many items are missing
   * @param examples some of them, e.g. {@code IDENTITY 00u1…}
   */
  record SilentLoss(InventoryCollection collection, int missing, List<String> examples)
      implements Violation {
    /** Validates and copies the components. */
    public SilentLoss {
      Objects.requireNonNull(collection, "collection");
      examples = List.copyOf(examples);
    }

    @Override
    public String describe() {
      return "silent loss in " + collection + ": " + missing + " missing, e.g. " + examples;
    }
  }

  /**
   * A collection the good sync read has no coverage at all in the sync's snapshot: it vanished
   * without a mark.
   *
   * @param collection the collection
   */
  record Unreported(InventoryCollection collection) implements Violation {
    /** Validates the component. */
    public Unreported {
      Objects.requireNonNull(collection, "collection");
    }

    @Override
    public String describe() {
      return "silent loss of " + collection + ": the good sync read it, this one reports nothing";
    }
  }

  /**
   * A collection both syncs call complete holds items the good sync did not, or items changed in
   * fields that did not change between two syncs without faults.
   *
   * @param collection the collection
   * @param added how many items are new
   * @param changed how many items changed
   * @param examples some of them
   */
  record ContentDiffers(InventoryCollection collection, int added, int changed, List<String> examples)
      implements Violation {
    /** Validates and copies the components. */
    public ContentDiffers {
      Objects.requireNonNull(collection, "collection");
      examples = List.copyOf(examples);
    }

    @Override
    public String describe() {
      return "other content in complete " + collection + ": " + added + " added, " + changed
          + " changed, e.g. " + examples;
    }
  }

  /**
   * A fault the connector must absorb (on one request, once) did not end as the good sync did.
   *
   * @param outcome how it ended instead
   */
  record NotAbsorbed(String outcome) implements Violation {
    /** Validates the component. */
    public NotAbsorbed {
      Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public String describe() {
      return "not absorbed: " + outcome;
    }
  }

  /**
   * The snapshot saved before the sync no longer loads, or no longer equals what was saved.
   *
   * @param what what differs
   */
  record PreviousSnapshotChanged(String what) implements Violation {
    /** Validates the component. */
    public PreviousSnapshotChanged {
      Objects.requireNonNull(what, "what");
    }

    @Override
    public String describe() {
      return "previous snapshot changed: " + what;
    }
  }

  /**
   * A secret appeared where none may.
   *
   * @param secret the target's label for it, never the secret
   * @param where e.g. {@code the log} or {@code the exception}
   */
  record SecretLeaked(String secret, String where) implements Violation {
    /** Validates the components. */
    public SecretLeaked {
      Objects.requireNonNull(secret, "secret");
      Objects.requireNonNull(where, "where");
    }

    @Override
    public String describe() {
      return "secret in " + where + ": " + secret;
    }
  }

  /**
   * The sync failed with something other than a {@link dev.governance.core.GovernanceException}, or
   * with one caused by a programming error (a {@code NullPointerException}, an {@code
   * IllegalStateException}, …).
   *
   * @param type the exception's class
   * @param message its message, escaped and shortened
   */
  record UnexpectedException(String type, String message) implements Violation {
    /** Validates the components. */
    public UnexpectedException {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String describe() {
      return "unexpected exception " + type + ": " + message;
    }
  }

  /**
   * The sync failed without saying why: an exception without a message, or a failure the
   * integration's status does not record as {@code ERROR}.
   *
   * @param what what is missing
   */
  record ErrorWithoutReason(String what) implements Violation {
    /** Validates the component. */
    public ErrorWithoutReason {
      Objects.requireNonNull(what, "what");
    }

    @Override
    public String describe() {
      return "error without reason: " + what;
    }
  }

  /**
   * The sync was still running when the case's time ran out, and was cancelled.
   *
   * @param limit the time a case may take
   */
  record TimedOut(Duration limit) implements Violation {
    /** Validates the component. */
    public TimedOut {
      Objects.requireNonNull(limit, "limit");
    }

    @Override
    public String describe() {
      return "still running after " + limit + "; cancelled";
    }
  }
}
