package dev.governance.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.governance.core.InvalidConfigurationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorSettingsTest {

  static final Setting<String> ORG = Setting.builder("org", SettingType.string())
      .alias("tenant").description("The org").build();
  static final Setting<Integer> CONCURRENCY = Setting.builder("concurrency", SettingType.integer(1, 75))
      .defaultValue(8).description("Requests in flight").build();
  static final Setting<Double> SHARE = Setting.builder("bucketShare", SettingType.decimal())
      .defaultValue(0.5).description("Share of each bucket").build();
  static final Setting<Boolean> LOOPBACK = Setting.builder("allowLoopback", SettingType.bool())
      .defaultValue(false).description("Accept loopback").build();
  static final Setting<Duration> TIMEOUT = Setting.builder("readTimeout", SettingType.duration())
      .defaultValue(Duration.ofSeconds(60)).description("Read timeout").build();
  static final Setting<Path> TOKEN_FILE = Setting.builder("tokenFile", SettingType.path())
      .secretReference().description("A file holding the token").build();
  static final Setting<String> FACTORS = Setting.builder("factors", SettingType.oneOf("admins", "everyone"))
      .defaultValue("admins").description("Whose factors").build();
  static final Setting<String> FIXTURE = Setting.builder("fixture", SettingType.oneOf("sample"))
      .required().description("The fixture").build();

  static final ConnectorSettings SETTINGS =
      ConnectorSettings.of(ORG, CONCURRENCY, SHARE, LOOPBACK, TIMEOUT, TOKEN_FILE, FACTORS);

  private static InvalidConfigurationException refused(ConnectorSettings settings, Map<String, String> given) {
    try {
      settings.parse(given);
    } catch (InvalidConfigurationException e) {
      return e;
    }
    throw new AssertionError("parsed " + given);
  }

  @Test
  void textIsParsedToTypedValuesAndMissingSettingsTakeTheirDefaults() {
    SettingValues values = SETTINGS.parse(Map.of("org", " acme.okta.com ", "concurrency", "12",
        "bucketShare", "0.25", "allowLoopback", "TRUE", "tokenFile", "/run/token", "factors", "Everyone"));

    assertThat(values.get(ORG)).contains("acme.okta.com");
    assertThat(values.get(CONCURRENCY)).contains(12);
    assertThat(values.get(SHARE)).contains(0.25);
    assertThat(values.get(LOOPBACK)).contains(true);
    assertThat(values.get(TOKEN_FILE)).contains(Path.of("/run/token"));
    assertThat(values.get(FACTORS)).contains("everyone");
    assertThat(values.get(TIMEOUT)).contains(Duration.ofSeconds(60));
    assertThat(values.isGiven(TIMEOUT)).isFalse();
    assertThat(values.isGiven(CONCURRENCY)).isTrue();
    assertThat(values.text("concurrency")).contains("12");
  }

  @Test
  void aSettingWithoutDefaultThatIsNotGivenIsEmpty() {
    assertThat(SETTINGS.parse(Map.of()).get(ORG)).isEmpty();
  }

  @Test
  void anAliasIsReadUnderTheSettingsName() {
    SettingValues values = SETTINGS.parse(Map.of("tenant", "https://acme.okta.com"));

    assertThat(values.get(ORG)).contains("https://acme.okta.com");
    assertThat(values.given()).containsOnlyKeys("org");
    assertThat(values.text("tenant")).contains("https://acme.okta.com");
  }

  @Test
  void aSettingGivenUnderItsNameAndItsAliasIsRefused() {
    InvalidConfigurationException e = refused(SETTINGS, Map.of("org", "a.okta.com", "tenant", "b.okta.com"));

    assertThat(e.setting()).isEqualTo("org");
    assertThat(e).hasMessageContaining("given twice").hasMessageContaining("'org'").hasMessageContaining("'tenant'");
  }

  @Test
  void durationsAreReadInIsoAndInFriendlyForms() {
    SettingType<Duration> type = SettingType.duration();

    assertThat(type.parse("PT30S")).isEqualTo(Duration.ofSeconds(30));
    assertThat(type.parse("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(type.parse("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(type.parse("4h")).isEqualTo(Duration.ofHours(4));
    assertThat(type.parse("300ms")).isEqualTo(Duration.ofMillis(300));
    assertThat(type.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(type.parse("2d")).isEqualTo(Duration.ofDays(2));
    assertThat(type.format(Duration.ofHours(4))).isEqualTo("4h");
    assertThat(type.format(Duration.ofSeconds(60))).isEqualTo("1m");
    assertThat(type.format(Duration.ofMillis(300))).isEqualTo("300ms");
    assertThat(type.format(Duration.ZERO)).isEqualTo("0s");
    assertThat(type.format(Duration.ofNanos(5))).isEqualTo("PT0.000000005S");
  }

  @Test
  void aBadDurationNamesTheSettingQuotesTheValueAndSaysWhatIsExpected() {
    InvalidConfigurationException e = refused(SETTINGS, Map.of("readTimeout", "soon"));

    assertThat(e.setting()).isEqualTo("readTimeout");
    assertThat(e).hasMessage("The setting 'readTimeout' must be a duration such as 300ms, 30s, 5m, 4h"
        + " or PT30S, was 'soon'");
  }

  @Test
  void aBadIntegerNamesTheSettingAndTheExpectedRange() {
    InvalidConfigurationException e = refused(SETTINGS, Map.of("concurrency", "eight"));

    assertThat(e.setting()).isEqualTo("concurrency");
    assertThat(e).hasMessage("The setting 'concurrency' must be an integer from 1 to 75, was 'eight'");
  }

  @Test
  void anIntegerOutOfTheTypesRangeIsRefused() {
    assertThat(refused(SETTINGS, Map.of("concurrency", "76"))).hasMessageContaining("from 1 to 75, was '76'");
    assertThat(refused(SETTINGS, Map.of("concurrency", "99999999999"))).hasMessageContaining("was '99999999999'");
  }

  @Test
  void badBooleansDecimalsAndChoicesSayWhatIsAllowed() {
    assertThat(refused(SETTINGS, Map.of("allowLoopback", "yes"))).hasMessageContaining("must be true or false, was 'yes'");
    assertThat(refused(SETTINGS, Map.of("bucketShare", "half"))).hasMessageContaining("must be a decimal number");
    assertThat(refused(SETTINGS, Map.of("bucketShare", "NaN"))).hasMessageContaining("was 'NaN'");
    assertThat(refused(SETTINGS, Map.of("factors", "all"))).hasMessageContaining("must be one of admins, everyone, was 'all'");
  }

  @Test
  void aBlankValueIsRefusedRatherThanReadAsNothing() {
    assertThat(refused(SETTINGS, Map.of("concurrency", "  "))).hasMessageContaining("'concurrency' is blank");
  }

  @Test
  void aBadValueIsQuotedEscapedAndShortened() {
    String value = "\u001B[2J" + "x".repeat(10_000);
    InvalidConfigurationException e = refused(SETTINGS, Map.of("concurrency", value));

    assertThat(e.getMessage()).doesNotContainPattern("\\p{Cntrl}").contains("'\\u001B[2Jxxx")
        .contains("(10004 characters)").hasSizeLessThan(300);
  }

  @Test
  void anUnknownNameSuggestsTheClosestAndListsTheKnownNames() {
    InvalidConfigurationException e = refused(SETTINGS, Map.of("concurency", "4"));

    assertThat(e).hasMessageStartingWith("Unknown setting 'concurency' (did you mean 'concurrency'?)")
        .hasMessageContaining("org (or tenant), concurrency, bucketShare, allowLoopback, readTimeout,"
            + " tokenFile, factors");
  }

  @Test
  void anUnknownNameFarFromEveryKnownOneGetsNoSuggestion() {
    assertThat(refused(SETTINGS, Map.of("colour", "red"))).hasMessageNotContaining("did you mean")
        .hasMessageContaining("known settings are");
  }

  @Test
  void anUnknownNameDifferingOnlyInCaseIsSuggested() {
    assertThat(refused(SETTINGS, Map.of("ALLOWLOOPBACK", "true")))
        .hasMessageContaining("did you mean 'allowLoopback'?");
  }

  @Test
  void anUnknownNameWithEscapesIsQuotedEscaped() {
    InvalidConfigurationException e = refused(SETTINGS, Map.of("org\u001B]0;x\u0007", "a"));

    assertThat(e.getMessage()).doesNotContainPattern("\\p{Cntrl}").contains("'org\\u001B]0;x\\u0007'");
    assertThat(e.setting()).doesNotContainPattern("\\p{Cntrl}");
  }

  @Test
  void aMissingRequiredSettingIsNamedWithWhatToGive() {
    InvalidConfigurationException e = refused(ConnectorSettings.of(FIXTURE), Map.of());

    assertThat(e.setting()).isEqualTo("fixture");
    assertThat(e).hasMessage("The setting 'fixture' is required; give sample: The fixture");
  }

  @Test
  void severalProblemsAreReportedTogetherEachWithItsSetting() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("readTimeout", "soon");
    given.put("concurrency", "eight");
    given.put("concurency", "4");
    InvalidConfigurationException e = refused(ConnectorSettings.of(CONCURRENCY, TIMEOUT, FIXTURE), given);

    assertThat(e).hasMessageStartingWith("4 problems: 1) ")
        .hasMessageContaining("'concurrency' must be an integer")
        .hasMessageContaining("Unknown setting 'concurency'")
        .hasMessageContaining("'readTimeout' must be a duration")
        .hasMessageContaining("'fixture' is required");
    assertThat(Arrays.stream(e.getSuppressed()).map(s -> ((InvalidConfigurationException) s).setting()))
        .containsExactly("concurency", "concurrency", "readTimeout", "fixture");
    assertThat(e.setting()).isEqualTo("concurency");
  }

  @Test
  void aFurtherCheckRunsOnTheTypedValuesAndItsRefusalIsThrown() {
    ConnectorSettings checked = ConnectorSettings.of(CONCURRENCY).withCheck(values -> {
      if (values.get(CONCURRENCY).orElseThrow() % 2 != 0) {
        throw new InvalidConfigurationException("concurrency", "concurrency must be even");
      }
    });

    assertThat(checked.parse(Map.of("concurrency", "4")).get(CONCURRENCY)).contains(4);
    assertThat(refused(checked, Map.of("concurrency", "3"))).hasMessage("concurrency must be even");
    assertThat(refused(checked, Map.of("concurrency", "x"))).hasMessageContaining("must be an integer");
  }

  @Test
  void anUndescribedProviderAcceptsAnyNameAsText() {
    SettingValues values = ConnectorSettings.undescribed().parse(Map.of("anything", " at all "));

    assertThat(ConnectorSettings.undescribed().isDescribed()).isFalse();
    assertThat(values.text("anything")).contains("at all");
    assertThatThrownBy(() -> values.get(ORG)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aProviderThatDescribesNothingDefaultsToUndescribed() {
    ConnectorProvider provider = new ConnectorProvider() {
      @Override
      public String id() {
        return "third-party";
      }

      @Override
      public Connector open(ConnectorContext context) {
        throw new UnsupportedOperationException();
      }
    };

    assertThat(provider.settings()).isSameAs(ConnectorSettings.undescribed());
  }

  @Test
  void readingASettingOfAnotherDescriptionIsAProgrammingError() {
    SettingValues values = ConnectorSettings.of(CONCURRENCY).parse(Map.of());

    assertThatThrownBy(() -> values.get(TIMEOUT)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoSettingsSharingANameOrAliasCannotBeDescribed() {
    Setting<String> other = Setting.builder("tenant", SettingType.string()).description("x").build();

    assertThatThrownBy(() -> ConnectorSettings.of(ORG, other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tenant");
  }

  @Test
  void aSettingNeedsAOneLineDescriptionAndCannotBeRequiredWithADefault() {
    assertThatThrownBy(() -> Setting.builder("a", SettingType.string()).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Setting.builder("a", SettingType.string()).description("one\ntwo").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Setting.builder("a", SettingType.integer()).required().defaultValue(1)
        .description("x").build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultsAreShownAsTextTheTypeParses() {
    assertThat(TIMEOUT.defaultText()).contains("1m");
    assertThat(SHARE.defaultText()).contains("0.5");
    assertThat(ORG.defaultText()).isEmpty();
    assertThat(SettingType.decimal().format(1.0)).isEqualTo("1");
  }
}
