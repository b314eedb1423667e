package dev.governance.okta;

import dev.governance.core.model.InventoryCollection;
import dev.governance.core.spi.AccessLevel;
import dev.governance.core.spi.ActionAccess;
import dev.governance.core.spi.CollectionAccess;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.core.spi.Preflight;
import dev.governance.okta.internal.client.OktaHttp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The connection preflight: who is calling and what the credentials allow. */
final class OktaPreflight {

  private OktaPreflight() {}

  static Preflight run(OktaHttp http, OktaOrg org) {
    int before = total(http);
    Map<InventoryCollection, CollectionAccess> collections =
        new EnumMap<>(InventoryCollection.class);
    Map<LifecycleAction.Kind, ActionAccess> actions = new EnumMap<>(LifecycleAction.Kind.class);
    for (LifecycleAction.Kind k : LifecycleAction.Kind.values()) {
      actions.put(
          k,
          new ActionAccess.Denied(
              "this connector does not apply lifecycle actions yet", Set.of(), Set.of()));
    }
    for (InventoryCollection c : InventoryCollection.values()) {
      collections.put(c, new CollectionAccess.Forbidden("not checked yet", Set.of(), Set.of()));
    }
    return new Preflight(
        "credentials for " + org,
        collections,
        actions,
        AccessLevel.NONE,
        List.of("the preflight is not available yet; run a sync and read its coverage"),
        total(http) - before);
  }

  private static int total(OktaHttp http) {
    return http.callsPerBucket().values().stream().mapToInt(Integer::intValue).sum();
  }
}
