package dev.governance.okta.internal.sync;

import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.Grant;
import dev.governance.core.model.GroupRule;
import dev.governance.core.model.Identity;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.SyncMode;
import dev.governance.core.spi.InventorySink;
import dev.governance.okta.internal.rules.RuleProvenance;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes a full sync's inventory on, holding memberships back until users and rules are read, then
 * gives them their provenance ({@link RuleProvenance}). Lanes call it concurrently.
 */
final class RuleProvenanceSink implements InventorySink {

  private final InventorySink target;
  private final List<Identity> identities = new ArrayList<>();
  private final List<GroupRule> rules = new ArrayList<>();
  private final List<Grant.Membership> memberships = new ArrayList<>();

  RuleProvenanceSink(InventorySink target) {
    this.target = target;
  }

  @Override
  public synchronized void entity(Entity entity) {
    if (entity instanceof Identity i) {
      identities.add(i);
    } else if (entity instanceof GroupRule r) {
      rules.add(r);
    }
    target.entity(entity);
  }

  @Override
  public synchronized void grant(Grant grant) {
    if (grant instanceof Grant.Membership m) {
      memberships.add(m);
    } else {
      target.grant(grant);
    }
  }

  @Override
  public synchronized void coverage(InventoryCollection collection, Coverage coverage) {
    target.coverage(collection, coverage);
  }

  @Override
  public synchronized void syncMode(SyncMode mode) {
    target.syncMode(mode);
  }

  /**
   * Tells whether an active rule was read: then which memberships are a rule's depends on the
   * users' profiles too, so a loss of the users thins the memberships.
   */
  synchronized boolean anyActiveRule() {
    return rules.stream().anyMatch(r -> r.status() == dev.governance.core.model.RuleStatus.ACTIVE);
  }

  /** Streams the memberships held back, each with its provenance. */
  synchronized void flush() {
    RuleProvenance.derive(identities, rules, memberships).forEach(target::grant);
    memberships.clear();
  }
}
