package dev.governance.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuotedTest {

  static Stream<Arguments> unsafeText() {
    return Stream.of(
        Arguments.of("\u001B]0;pwned\u0007", "\\u001B]0;pwned\\u0007"),
        Arguments.of("\u001B[2J", "\\u001B[2J"),
        Arguments.of("ab\b\bcd", "ab\\u0008\\u0008cd"),
        Arguments.of("a\u007Fb\u009Bc", "a\\u007Fb\\u009Bc"),
        Arguments.of("line\u2028break", "line\\u2028break"),
        Arguments.of("evil\u202Etxt.exe", "evil\\u202Etxt.exe"),
        Arguments.of("C:\\temp", "C:\\\\temp"),
        Arguments.of("acme.okta.com", "acme.okta.com"),
        Arguments.of("caf\u00E9", "caf\u00E9"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("unsafeText")
  void escapesControlCharactersAndBackslashes(String raw, String shown) {
    assertThat(Quoted.text(raw)).isEqualTo(shown).doesNotContainPattern("\\p{Cntrl}");
  }

  @Test
  void escapesNewlinesSoThatAQuoteIsAlwaysOneLine() {
    assertThat(Quoted.quote("a\r\nb\tc")).isEqualTo("'a\\u000D\\u000Ab\\u0009c'");
  }

  @Test
  void shortensLongTextAndSaysHowLongItWas() {
    String shown = Quoted.text("x".repeat(50_000));

    assertThat(shown).isEqualTo("x".repeat(Quoted.MAX_SHOWN) + "… (50000 characters)");
  }

  @Test
  void keepsTextOfExactlyTheLimitWhole() {
    String text = "y".repeat(Quoted.MAX_SHOWN);

    assertThat(Quoted.text(text)).isEqualTo(text);
  }

  @Test
  void neverCutsASurrogatePairInTwo() {
    String text = "z".repeat(Quoted.MAX_SHOWN - 1) + "\uD83D\uDE00" + "tail";

    assertThat(Quoted.text(text)).isEqualTo("z".repeat(Quoted.MAX_SHOWN - 1) + "… (" + text.length() + " characters)");
  }

  @Test
  void escapesLoneSurrogatesButKeepsPairs() {
    assertThat(Quoted.text("a\uD83Db")).isEqualTo("a\\uD83Db");
    assertThat(Quoted.text("\uDE00")).isEqualTo("\\uDE00");
    assertThat(Quoted.text("\uD83D\uDE00")).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void saysWhetherTextHasUnsafeCharacters() {
    assertThat(Quoted.hasUnsafeCharacters("acme.okta.com")).isFalse();
    assertThat(Quoted.hasUnsafeCharacters("acme\u001B")).isTrue();
  }
}
