package dev.governance.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.ConflictException;
import dev.governance.core.ConnectorFailureException;
import dev.governance.core.NotFoundException;
import dev.governance.core.spi.ActionResult;
import dev.governance.core.spi.LifecycleAction;
import dev.governance.testkit.scim.FakeScimServer;
import dev.governance.testkit.scim.ScimFault;
import dev.governance.testkit.scim.ScimFaultRule;
import dev.governance.testkit.scim.ScimFeatures;
import dev.governance.testkit.scim.ScimFixtures;
import dev.governance.testkit.scim.ScimJournalEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Removing members, deactivating and reactivating users by PATCH, idempotently and with ETags. */
class ScimLifecycleTest {
  private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
  private final Connectors connectors = new Connectors();

  private ScimConnector open(FakeScimServer server) {
    return connectors.open(connectors.options(server, server.token())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());
  }

  @Test
  void removesAMemberWithIfMatchAndThenSaysItIsAlreadyDone() {
    try (FakeScimServer server = FakeScimServer.start(); ScimConnector scim = open(server)) {
      ScimFixtures f = server.fixtures();
      String a = f.addUser("a@example.com");
      String b = f.addUser("b@example.com");
      String g = f.addGroup("G");
      f.addMember(g, a);
      f.addMember(g, b);
      String version = f.version(g);
      ActionResult first = scim.apply(new LifecycleAction.RemoveMembership(a, g));
      assertThat(first.outcome()).isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(first.at()).isEqualTo(NOW);
      assertThat(f.members(g)).containsExactly(b);
      List<ScimJournalEntry> patches = server.journal().entries(e -> e.method().equals("PATCH"));
      assertThat(patches).singleElement().satisfies(e -> {
        assertThat(e.path()).isEqualTo("/Groups/" + g);
        assertThat(e.ifMatch()).isEqualTo(version);
        assertThat(e.status()).isEqualTo(200);
      });
      ActionResult again = scim.apply(new LifecycleAction.RemoveMembership(a, g));
      assertThat(again.outcome()).isEqualTo(ActionResult.Outcome.ALREADY_DONE);
      assertThat(server.journal().entries(e -> e.method().equals("PATCH"))).hasSize(1);
    }
  }

  @Test
  void aMemberGoneBetweenTheReadAndThePatchIsAlreadyDone() {
    try (FakeScimServer server = FakeScimServer.builder().features(ScimFeatures.builder().etag(false).build())
        .start(); ScimConnector scim = open(server)) {
      ScimFixtures f = server.fixtures();
      String a = f.addUser("a@example.com");
      String g = f.addGroup("G");
      f.addMember(g, a);
      server.addFault(ScimFaultRule.nth("/Groups/*", 1, new ScimFault.Change(x -> x.removeMember(g, a)))
          .method("PATCH"));
      ActionResult r = scim.apply(new LifecycleAction.RemoveMembership(a, g));
      assertThat(r.outcome()).isEqualTo(ActionResult.Outcome.ALREADY_DONE);
      assertThat(server.journal().entries(e -> e.method().equals("PATCH")))
          .singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.ifMatch()).isNull();
          });
    }
  }

  @Test
  void aVersionThatMovedIsReadAgainOnceAndASecondMoveIsAConflict() {
    try (FakeScimServer server = FakeScimServer.start(); ScimConnector scim = open(server)) {
      ScimFixtures f = server.fixtures();
      String a = f.addUser("a@example.com");
      String other = f.addUser("o@example.com");
      String g = f.addGroup("G");
      f.addMember(g, a);
      server.addFault(ScimFaultRule.nth("/Groups/*", 2, new ScimFault.Change(x -> x.addMember(g, other))));
      assertThat(scim.apply(new LifecycleAction.RemoveMembership(a, g)).outcome())
          .isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(server.journal().entries(e -> e.method().equals("PATCH")))
          .extracting(ScimJournalEntry::status).containsExactly(412, 200);
      assertThat(f.members(g)).containsExactly(other);
      server.clearFaults();
      f.addMember(g, a);
      server.addFault(ScimFaultRule.always("/Groups/*", new ScimFault.Change(x -> {
        x.removeMember(g, other);
        x.addMember(g, other);
      })).method("PATCH"));
      assertThatThrownBy(() -> scim.apply(new LifecycleAction.RemoveMembership(a, g)))
          .isInstanceOf(ConflictException.class);
    }
  }

  @Test
  void deactivatesAndReactivatesUsersIdempotently() {
    try (FakeScimServer server = FakeScimServer.start(); ScimConnector scim = open(server)) {
      ScimFixtures f = server.fixtures();
      String a = f.addUser("a@example.com");
      assertThat(scim.apply(new LifecycleAction.DeactivateIdentity(a)).outcome())
          .isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(f.isActive(a)).isFalse();
      assertThat(scim.apply(new LifecycleAction.DeactivateIdentity(a)).outcome())
          .isEqualTo(ActionResult.Outcome.ALREADY_DONE);
      assertThat(scim.apply(new LifecycleAction.ReactivateIdentity(a)).outcome())
          .isEqualTo(ActionResult.Outcome.APPLIED);
      assertThat(f.isActive(a)).isTrue();
      assertThat(scim.apply(new LifecycleAction.ReactivateIdentity(a)).outcome())
          .isEqualTo(ActionResult.Outcome.ALREADY_DONE);
      assertThat(server.journal().entries(e -> e.method().equals("PATCH"))).hasSize(2)
          .allSatisfy(e -> assertThat(e.ifMatch()).startsWith("W/"));
    }
  }

  @Test
  void unknownSubjectsAreNotFoundAndActionsScimLacksFail() {
    try (FakeScimServer server = FakeScimServer.start(); ScimConnector scim = open(server)) {
      String a = server.fixtures().addUser("a@example.com");
      assertThatThrownBy(() -> scim.apply(new LifecycleAction.DeactivateIdentity("missing-user")))
          .isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.kind()).isEqualTo("identity");
            assertThat(e.id()).isEqualTo("missing-user");
          });
      assertThatThrownBy(() -> scim.apply(new LifecycleAction.RemoveMembership(a, "missing-group")))
          .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("group"));
      assertThatThrownBy(() -> scim.apply(new LifecycleAction.SuspendIdentity(a)))
          .isInstanceOfSatisfying(ConnectorFailureException.class, e -> assertThat(e.retryable()).isFalse());
    }
  }

  @Test
  void aServerWithoutPatchOrGroupsRefusesTheActionsItCannotDo() {
    try (FakeScimServer server = FakeScimServer.builder()
        .features(ScimFeatures.builder().patch(false).groups(false).build()).start();
        ScimConnector scim = open(server)) {
      String a = server.fixtures().addUser("a@example.com");
      assertThatThrownBy(() -> scim.apply(new LifecycleAction.DeactivateIdentity(a)))
          .isInstanceOf(ConnectorFailureException.class).hasMessageContaining("PATCH");
      assertThat(server.fixtures().isActive(a)).isTrue();
      assertThat(scim.check().action(LifecycleAction.Kind.REMOVE_MEMBERSHIP).permitted()).isFalse();
    }
  }
}
