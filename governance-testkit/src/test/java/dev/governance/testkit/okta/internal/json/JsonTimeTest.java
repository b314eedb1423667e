package dev.governance.testkit.okta.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Times are written as Okta writes them, the same as {@link DateTimeFormatter} would. */
class JsonTimeTest {
  private static final DateTimeFormatter OKTA =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  @Test
  void aTimeIsWrittenWithMillisecondsAndZAsTheFormatterWritesIt() {
    assertThat(Json.time(0)).isEqualTo("1970-01-01T00:00:00.000Z");
    assertThat(Json.time(Instant.parse("2024-02-29T23:59:59.999Z").toEpochMilli()))
        .isEqualTo("2024-02-29T23:59:59.999Z");
    assertThat(Json.time(-1)).isEqualTo("1969-12-31T23:59:59.999Z");
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 100_000; i++) {
      long millis = random.nextLong(-2_000_000_000_000L, 5_000_000_000_000L);
      assertThat(Json.time(millis)).isEqualTo(OKTA.format(Instant.ofEpochMilli(millis)));
    }
  }
}
