package dev.governance.core.findings;

import dev.governance.core.model.EntityKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The findings of one rule, as a person reads them: the rule, its highest severity, how many
 * subjects it found out of how many the snapshot holds, a one-line summary, and every finding
 * behind it. A rule that fires for thousands of identities is one group with one sentence ("9,140
 * of 100,000 identities have not signed in for 90 days and keep application access"), not thousands
 * of lines; {@link #worst(int)} gives the few a reader should look at first.
 *
 * @param ruleId the rule's id
 * @param title the rule's title
 * @param severity the highest severity among the findings
 * @param bySeverity findings per severity, an entry for every severity, most severe first
 * @param subjectKind the kind of the first finding's subject (built-in rules report one kind each)
 * @param subjects how many distinct subjects the findings are about
 * @param population how many entities of {@code subjectKind} the snapshot holds, or 0 when not known
 * @param summary one sentence about the whole group
 * @param findings every finding of the rule, in report order (most severe first)
 * @since 0.1
 */
public record FindingGroup(
    String ruleId,
    String title,
    Severity severity,
    Map<Severity, Integer> bySeverity,
    EntityKind subjectKind,
    int subjects,
    int population,
    String summary,
    List<Finding> findings) {

  /** The order of a report: most severe first, then the most subjects, then by rule id. */
  public static final Comparator<FindingGroup> ORDER =
      Comparator.comparing(FindingGroup::severity, Comparator.reverseOrder())
          .thenComparing(FindingGroup::subjects, Comparator.reverseOrder())
          .thenComparing(FindingGroup::ruleId);

  /**
   * From this many subjects on, a group is {@link #widespread()}: shown as its summary and its worst
   * few, with the full list one click away.
   */
  public static final int WIDESPREAD_SUBJECTS = 25;

  private static final List<Severity> MOST_SEVERE_FIRST =
      List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW);

  /** Validates and copies the components. */
  public FindingGroup {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subjectKind, "subjectKind");
    Objects.requireNonNull(summary, "summary");
    findings = List.copyOf(findings);
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("a finding group needs at least one finding");
    }
    if (subjects < 1 || population < 0) {
      throw new IllegalArgumentException("subjects must be positive and population not negative");
    }
    Map<Severity, Integer> ordered = new LinkedHashMap<>();
    for (Severity s : MOST_SEVERE_FIRST) {
      ordered.put(s, bySeverity.getOrDefault(s, 0));
    }
    bySeverity = Collections.unmodifiableMap(ordered);
  }

  /**
   * Returns how many findings the group holds.
   *
   * @return the number of findings
   */
  public int count() {
    return findings.size();
  }

  /**
   * Returns the first findings in report order: the most severe, then by subject.
   *
   * @param limit how many at most
   * @return at most {@code limit} findings
   */
  public List<Finding> worst(int limit) {
    return findings.subList(0, Math.min(Math.max(limit, 0), findings.size()));
  }

  /**
   * Tells whether the rule fired for so many subjects that a reader wants its summary rather than
   * the list: at least {@value #WIDESPREAD_SUBJECTS} subjects.
   *
   * @return {@code true} for a widespread group
   */
  public boolean widespread() {
    return subjects >= WIDESPREAD_SUBJECTS;
  }

  /**
   * Writes how many subjects out of how many, e.g. {@code 9,140 of 100,000 identities}, or {@code
   * 3 identities} when the population is not known. Numbers use a comma between thousands.
   *
   * @param subjects the subjects found
   * @param population the entities of that kind, or 0 when not known
   * @param kind their kind
   * @return the phrase
   */
  public static String share(int subjects, int population, EntityKind kind) {
    String noun = noun(kind, population > 0 ? population : subjects);
    return population > 0
        ? String.format(Locale.ROOT, "%,d of %,d %s", subjects, population, noun)
        : String.format(Locale.ROOT, "%,d %s", subjects, noun);
  }

  /**
   * Picks the verb form that agrees with a number of subjects.
   *
   * @param subjects how many
   * @param singular e.g. {@code has}
   * @param plural e.g. {@code have}
   * @return {@code singular} for one subject, {@code plural} otherwise
   */
  public static String verb(int subjects, String singular, String plural) {
    return subjects == 1 ? singular : plural;
  }

  /**
   * Groups findings by rule, the groups in {@link #ORDER}.
   *
   * @param findings the findings, in report order
   * @param titles the rule's title by rule id (a rule without one is titled by its id)
   * @param population the entities of a kind in the snapshot, 0 when not known
   * @param summarizer the one-line summary of a group of a rule: rule id, subjects, population, kind
   * @return the groups
   */
  static List<FindingGroup> of(List<Finding> findings, Map<String, String> titles,
      Function<EntityKind, Integer> population, Summarizer summarizer) {
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    for (Finding f : findings) {
      byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
    }
    List<FindingGroup> groups = new ArrayList<>(byRule.size());
    for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
      List<Finding> list = e.getValue();
      EnumMap<Severity, Integer> counts = new EnumMap<>(Severity.class);
      Severity highest = Severity.LOW;
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Finding f : list) {
        counts.merge(f.severity(), 1, Integer::sum);
        highest = f.severity().atLeast(highest) ? f.severity() : highest;
        seen.add(f.subject().kind().name() + ':' + f.subject().id());
      }
      EntityKind kind = list.get(0).subject().kind();
      int pop = population.apply(kind);
      int subjects = seen.size();
      String summary = list.size() == 1 ? list.get(0).title()
          : summarizer.summarize(e.getKey(), subjects, pop < subjects ? 0 : pop, kind);
      groups.add(new FindingGroup(e.getKey(), titles.getOrDefault(e.getKey(), e.getKey()), highest,
          counts, kind, subjects, pop < subjects ? 0 : pop, summary, list));
    }
    groups.sort(ORDER);
    return List.copyOf(groups);
  }

  /** The summary sentence of a rule's group. */
  @FunctionalInterface
  interface Summarizer {
    String summarize(String ruleId, int subjects, int population, EntityKind kind);
  }

  private static String noun(EntityKind kind, int n) {
    boolean one = n == 1;
    return switch (kind) {
      case IDENTITY -> one ? "identity" : "identities";
      case GROUP -> one ? "group" : "groups";
      case APPLICATION -> one ? "application" : "applications";
      case ROLE -> one ? "role" : "roles";
      case API_TOKEN -> one ? "API token" : "API tokens";
      case AUTH_FACTOR -> one ? "authentication factor" : "authentication factors";
      case GROUP_RULE -> one ? "group rule" : "group rules";
    };
  }
}
