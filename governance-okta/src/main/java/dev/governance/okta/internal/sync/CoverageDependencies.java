package dev.governance.okta.internal.sync;

import dev.governance.core.GovernanceException;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.InventoryCollection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which reads feed which collection, in one table: a collection is whole only if every read it is
 * derived from was. Each row names a collection, one input (a survey list, which decides what is
 * read next, or another collection it is derived from) and what a loss of that input does to it:
 * {@link Effect#LOSES} it (nothing of it can be read without the input) or {@link Effect#THINS} it
 * (it is read, but misses what the input would have led to). The loss keeps its cause: a fault in
 * an input is a fault in the collection.
 *
 * <p>Rows are in dependency order: a row whose input is a collection comes after every row that
 * changes that collection ({@code CoverageDependenciesTest} checks it).
 */
final class CoverageDependencies {

  /** What losing an input does to the collection fed by it. */
  enum Effect {
    /** Nothing of the collection can be read: it fails as its input did. */
    LOSES,
    /** The collection misses what the input would have led to: partial. */
    THINS
  }

  /** Where a collection's data comes from. */
  sealed interface Input {
    /** A survey list, by its name in {@link SurveyStage}. */
    record Survey(String name) implements Input {}

    /** Another collection of the same sync. */
    record Collection(InventoryCollection collection) implements Input {}
  }

  /** When a row applies. */
  enum When {
    /** Always. */
    ALWAYS,
    /** When factors are read for the admins only, who come from the role reads. */
    FACTORS_FOR_ADMINS,
    /** When an active group rule was read, whose memberships depend on the users' profiles. */
    ACTIVE_RULES
  }

  /**
   * One dependency.
   *
   * @param collection the collection fed
   * @param input what feeds it
   * @param effect what a loss of the input does to it
   * @param when when the row applies
   * @param reason for {@link Effect#THINS}, what the collection misses, in words
   */
  record Row(InventoryCollection collection, Input input, Effect effect, When when, @Nullable String reason) {}

  private static Row loses(InventoryCollection c, Input input, When when) {
    return new Row(c, input, Effect.LOSES, when, null);
  }

  private static Row thins(InventoryCollection c, Input input, When when, String reason) {
    return new Row(c, input, Effect.THINS, when, reason);
  }

  private static final Input GROUPS = new Input.Survey(SurveyStage.GROUPS);
  private static final Input APPLICATIONS = new Input.Survey(SurveyStage.APPLICATIONS);
  private static final Input ADMINS = new Input.Survey(SurveyStage.ADMINS);

  /** The table, in dependency order. */
  static final List<Row> ROWS = List.of(
      loses(InventoryCollection.MEMBERSHIPS, GROUPS, When.ALWAYS),
      // Which memberships a group rule made is derived from the rules and, while a rule is active,
      // from the profiles of the users its groups hold.
      thins(InventoryCollection.MEMBERSHIPS, new Input.Collection(InventoryCollection.GROUP_RULES), When.ALWAYS,
          "which memberships group rules made is derived from the rules, which were not read in full"),
      thins(InventoryCollection.MEMBERSHIPS, new Input.Collection(InventoryCollection.IDENTITIES), When.ACTIVE_RULES,
          "which memberships the active group rules made is derived from the users' profiles, which were not"
              + " read in full"),
      thins(InventoryCollection.APP_ASSIGNMENTS, GROUPS, When.ALWAYS,
          "assignments of applications to groups, and those inherited through groups, could not be read"),
      thins(InventoryCollection.APP_ASSIGNMENTS, APPLICATIONS, When.ALWAYS,
          "direct assignments of users to applications could not be read"),
      loses(InventoryCollection.SCOPE_GRANTS, APPLICATIONS, When.ALWAYS),
      // Role assignments come from the role lists of the listed admins (their own survey, read as
      // ROLE_ASSIGNMENTS), of the groups holding roles and of the service apps.
      thins(InventoryCollection.ROLE_ASSIGNMENTS, GROUPS, When.ALWAYS,
          "the groups holding admin roles could not all be listed, so their roles may be missing"),
      thins(InventoryCollection.ROLE_ASSIGNMENTS, APPLICATIONS, When.ALWAYS,
          "the service apps could not all be listed, so their admin roles may be missing"),
      loses(InventoryCollection.AUTH_FACTORS, ADMINS, When.FACTORS_FOR_ADMINS),
      thins(InventoryCollection.AUTH_FACTORS, GROUPS, When.FACTORS_FOR_ADMINS,
          "the groups holding admin roles, whose members' factors are read too, could not be listed"),
      thins(InventoryCollection.APP_ASSIGNMENTS, new Input.Collection(InventoryCollection.MEMBERSHIPS), When.ALWAYS,
          "assignments inherited through groups are derived from memberships, which were not read in full"),
      loses(InventoryCollection.ROLES, new Input.Collection(InventoryCollection.ROLE_ASSIGNMENTS), When.ALWAYS),
      thins(InventoryCollection.ROLES, new Input.Collection(InventoryCollection.ROLE_ASSIGNMENTS), When.ALWAYS,
          "roles come from role assignments, which were not read in full"),
      thins(InventoryCollection.AUTH_FACTORS, new Input.Collection(InventoryCollection.ROLE_ASSIGNMENTS),
          When.FACTORS_FOR_ADMINS,
          "the admins whose factors are read come from role assignments, which were not read in full"));

  private CoverageDependencies() {}

  /**
   * Carries every input's loss over to the collections it feeds, row by row.
   *
   * @param run the sync, with its survey failures and coverage so far
   */
  static void apply(OktaSyncRun run) {
    for (Row row : ROWS) {
      if (!run.plan.includes(row.collection()) || !applies(row.when(), run)) {
        continue;
      }
      if (row.input() instanceof Input.Survey s) {
        GovernanceException e = run.surveyFailures.get(s.name());
        if (e == null) {
          continue;
        }
        if (row.effect() == Effect.LOSES) {
          run.coverage.failed(row.collection(), e, run.required(row.collection()));
        } else {
          run.coverage.partial(row.collection(), row.reason() + ": " + e.getMessage(), CoverageTracker.causeOf(e));
        }
      } else if (row.input() instanceof Input.Collection in) {
        Coverage input = run.coverage.coverage(in.collection(), run.items(in.collection()));
        if (row.effect() == Effect.LOSES && input instanceof Coverage.Unavailable u) {
          run.coverage.failed(row.collection(), words(row.collection()) + " come from " + words(in.collection())
              + ", which could not be read: " + u.reason(), u.cause(), Set.of());
        } else if (row.effect() == Effect.THINS && input instanceof Coverage.Partial p) {
          run.coverage.partial(row.collection(), row.reason() + " (" + p.reason() + ")", p.cause());
        } else if (row.effect() == Effect.THINS && input instanceof Coverage.Unavailable u
            && ROWS.stream().noneMatch(r -> r.effect() == Effect.LOSES && r.collection() == row.collection()
                && r.input().equals(row.input()))) {
          run.coverage.partial(row.collection(), row.reason() + " (" + u.reason() + ")", u.cause());
        }
      }
    }
  }

  private static String words(InventoryCollection c) {
    return c.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static boolean applies(When when, OktaSyncRun run) {
    return switch (when) {
      case ALWAYS -> true;
      case FACTORS_FOR_ADMINS -> !run.factorsForEveryone;
      case ACTIVE_RULES -> run.activeRules;
    };
  }
}
