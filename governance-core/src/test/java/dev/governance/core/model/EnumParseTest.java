package dev.governance.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnumParseTest {

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of(AppProtocol.class, AppProtocol.UNKNOWN),
        Arguments.of(AccessMode.class, AccessMode.UNKNOWN),
        Arguments.of(PrivilegeLevel.class, PrivilegeLevel.UNKNOWN),
        Arguments.of(FactorStrength.class, FactorStrength.UNKNOWN),
        Arguments.of(AssignmentStatus.class, AssignmentStatus.ACTIVE),
        Arguments.of(ApplicationStatus.class, ApplicationStatus.UNKNOWN),
        Arguments.of(IdentityStatus.class, IdentityStatus.UNKNOWN),
        Arguments.of(ConsentSource.class, ConsentSource.UNKNOWN),
        Arguments.of(GroupType.class, GroupType.UNKNOWN),
        Arguments.of(RuleStatus.class, RuleStatus.UNKNOWN),
        Arguments.of(FactorStatus.class, FactorStatus.UNKNOWN));
  }

  private static Object parse(Class<?> type, @Nullable String value) throws Exception {
    Method parse = type.getMethod("parse", String.class);
    assertThat(parse.getReturnType()).isEqualTo(type);
    return parse.invoke(null, value);
  }

  @ParameterizedTest
  @MethodSource("enums")
  void everyConstantParsesFromItsNameWhateverTheCaseSeparatorsAndSpaces(
      Class<? extends Enum<?>> type, Enum<?> whenNull) throws Exception {
    for (Enum<?> constant : type.getEnumConstants()) {
      String name = constant.name();
      assertThat(parse(type, name)).isEqualTo(constant);
      assertThat(parse(type, "  " + name.toLowerCase(Locale.ROOT) + " ")).isEqualTo(constant);
      assertThat(parse(type, name.toLowerCase(Locale.ROOT).replace('_', '-'))).isEqualTo(constant);
      assertThat(parse(type, name.replace('_', ':'))).isEqualTo(constant);
      assertThat(parse(type, name.replace('_', ' '))).isEqualTo(constant);
    }
  }

  @ParameterizedTest
  @MethodSource("enums")
  void unknownValuesMapToUnknownAndNullToTheEnumsDefault(
      Class<? extends Enum<?>> type, Enum<?> whenNull) throws Exception {
    Object unknown = Stream.of(type.getEnumConstants())
        .filter(c -> c.name().equals("UNKNOWN")).findFirst().orElseThrow();
    assertThat(parse(type, "no such value")).isEqualTo(unknown);
    assertThat(parse(type, "")).isEqualTo(unknown);
    assertThat(parse(type, null)).isEqualTo(whenNull);
  }
}
