package dev.governance.testkit.conformance.internal;

import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.ActionAccess;
import dev.governance.core.spi.ActionResult;
import dev.governance.core.spi.Capabilities;
import dev.governance.core.spi.Connector;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.LifecycleConnector;
import dev.governance.core.spi.SyncPlan;
import dev.governance.testkit.conformance.LifecycleCase;
import dev.governance.testkit.conformance.RefusedAction;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The checks of lifecycle actions: declared ones accepted, each idempotent, refusals clear. */
final class LifecycleChecks {

  private final Session session;

  LifecycleChecks(Session session) {
    this.session = session;
  }

  void declaredActionsAccepted() {
    Session.Baseline b = session.baseline();
    Set<LifecycleAction.Kind> declared = b.capabilities().actions();
    Problems p = new Problems();
    for (Map.Entry<LifecycleAction.Kind, ActionAccess> e : b.preflight().actions().entrySet()) {
      if (e.getValue().permitted() && !declared.contains(e.getKey())) {
        p.add("the preflight permits " + e.getKey() + ", which the capabilities do not declare");
      }
    }
    Set<LifecycleAction.Kind> covered = EnumSet.noneOf(LifecycleAction.Kind.class);
    for (LifecycleCase c : session.subject.lifecycleCases()) {
      covered.add(c.action().kind());
      c.revert().ifPresent(r -> covered.add(r.kind()));
      if (!declared.contains(c.action().kind())) {
        p.add("a lifecycle case applies " + c.action().kind() + ", which the capabilities do not declare");
      }
    }
    if (!declared.isEmpty() && !(b.connector() instanceof LifecycleConnector)) {
      p.add("the capabilities declare " + declared + ", but the connector is no LifecycleConnector");
    }
    p.throwIfAny("a connector must declare exactly the lifecycle actions it accepts");
    if (declared.isEmpty()) {
      Problems.abort("the connector is read-only: it declares no lifecycle action");
    }
    Set<LifecycleAction.Kind> without = EnumSet.copyOf(declared);
    without.removeAll(covered);
    if (!without.isEmpty()) {
      Problems.abort("no lifecycle case applies " + without + ": add a LifecycleCase for each to check it is"
          + " accepted (the cases given were checked)");
    }
  }

  void noCases() {
    Capabilities caps = session.baseline().capabilities();
    if (caps.actions().isEmpty()) {
      Problems.abort("the connector is read-only: it declares no lifecycle action");
    }
    Problems.abort("the connector declares " + caps.actions() + " but no lifecycle case was given: override"
        + " lifecycleCases()");
  }

  void noRefusals() {
    Capabilities caps = session.baseline().capabilities();
    if (caps.actions().isEmpty()) {
      Problems.abort("the connector is read-only: it declares no lifecycle action");
    }
    Problems.abort("no refused action was given: override refusedActions() with an action the seeded tenant"
        + " refuses (e.g. on an id that does not exist)");
  }

  private LifecycleConnector lifecycle(LifecycleAction action) {
    Session.Baseline b = session.baseline();
    if (!b.capabilities().applies(action.kind())) {
      throw Problems.fail("the capabilities do not declare " + action.kind() + ", so the case cannot be applied");
    }
    Connector c = session.open();
    if (!(c instanceof LifecycleConnector l)) {
      throw Problems.fail("the connector declares " + action.kind() + " but is no LifecycleConnector");
    }
    return l;
  }

  private SyncPlan readBackPlan(LifecycleAction action) {
    InventoryCollection c = Effects.readBack(action);
    if (!session.baseline().capabilities().reads(c)) {
      Problems.abort("the connector does not read " + c + ", so the effect of " + action.kind()
          + " cannot be read back");
    }
    return SyncPlan.of(c);
  }

  void idempotent(LifecycleCase c) {
    LifecycleAction action = c.action();
    LifecycleConnector connector = lifecycle(action);
    SyncPlan plan = readBackPlan(action);
    Recording before = session.freshSync(plan);
    if (Effects.inPlace(action, before.snapshot())) {
      throw Problems.fail("before " + action + " was applied, its effect was already in place ("
          + Effects.state(action, before.snapshot()) + "): seed the tenant so that the action changes it");
    }
    Problems p = new Problems();
    applyTwice(connector, action, p);
    Recording after = session.freshSync(plan);
    if (!Effects.inPlace(action, after.snapshot())) {
      p.add("after " + action + " a new sync shows no effect: " + Effects.state(action, after.snapshot()));
    }
    if (c.revert().isPresent() && session.baseline().capabilities().applies(c.revert().get().kind())
        && p.isEmpty()) {
      LifecycleAction revert = c.revert().get();
      applyTwice(connector, revert, p);
      Recording reverted = session.freshSync(plan);
      if (Effects.inPlace(action, reverted.snapshot())) {
        p.add("after " + revert + " a new sync still shows the effect of " + action + ": "
            + Effects.state(action, reverted.snapshot()));
      }
    }
    session.closeQuietly(connector);
    p.throwIfAny(action + " applied twice must be applied once, then found already done, and read back");
  }

  private void applyTwice(LifecycleConnector connector, LifecycleAction action, Problems p) {
    ActionResult first = apply(connector, action, "the first time", p);
    if (first != null && first.outcome() != ActionResult.Outcome.APPLIED) {
      p.add(action + " the first time returned " + first.outcome() + " though its effect was not in place");
    }
    ActionResult second = apply(connector, action, "again", p);
    if (second != null && second.outcome() != ActionResult.Outcome.ALREADY_DONE) {
      p.add(action + " again returned " + second.outcome() + ", not ALREADY_DONE");
    }
  }

  private @org.jspecify.annotations.Nullable ActionResult apply(LifecycleConnector connector, LifecycleAction action,
      String when, Problems p) {
    try {
      ActionResult r = connector.apply(action);
      if (!action.equals(r.action())) {
        p.add(action + " " + when + " returned the result of another action: " + r.action());
      }
      return r;
    } catch (RuntimeException e) {
      session.thrown(e);
      p.add(action + " " + when + " threw " + Problems.describe(e), e);
      return null;
    }
  }

  void refused(RefusedAction r) {
    LifecycleAction action = r.action();
    LifecycleConnector connector = lifecycle(action);
    SyncPlan plan = readBackPlan(action);
    boolean before = Effects.inPlace(action, session.freshSync(plan).snapshot());
    Problems p = new Problems();
    try {
      ActionResult result = connector.apply(action);
      p.add(action + " was not refused: it returned " + result.outcome() + " (" + Problems.q(result.detail()) + ")");
    } catch (RuntimeException e) {
      session.thrown(e);
      if (!r.expected().isInstance(e)) {
        p.add(action + " threw " + Problems.describe(e) + ", not " + r.expected().getSimpleName(), e);
      } else {
        String message = String.valueOf(e.getMessage());
        if (message.isBlank() || !Effects.names(message, action)) {
          p.add(action + " was refused with a message that names neither its subjects nor the action: "
              + Problems.q(message), e);
        }
      }
    } finally {
      session.closeQuietly(connector);
    }
    Recording after = session.freshSync(plan);
    if (Effects.inPlace(action, after.snapshot()) != before) {
      p.add("the refused " + action + " changed the tenant: " + Effects.state(action, after.snapshot()));
    }
    p.throwIfAny(action + " must be refused with " + r.expected().getSimpleName()
        + ", a message naming it, and no change");
  }
}
