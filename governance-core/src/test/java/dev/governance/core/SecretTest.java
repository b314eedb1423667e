package dev.governance.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretTest {

  @Test
  void textNeverShowsTheValue() {
    Secret secret = Secret.of("s3cr3t-value");
    assertThat(secret.toString()).isEqualTo(Secret.MASK);
    assertThat(String.valueOf(secret.hashCode())).doesNotContain("s3cr3t");
    assertThat(secret.reveal()).isEqualTo("s3cr3t-value");
  }

  @Test
  void secretsWithTheSameValueAreEqual() {
    assertThat(Secret.of("a-token")).isEqualTo(Secret.of("a-token")).isNotEqualTo(Secret.of("b-token"));
  }

  @Test
  void redactReplacesTheValueInAText() {
    assertThat(Secret.of("tok123").redact("sent tok123 twice: tok123"))
        .isEqualTo("sent **** twice: ****");
    assertThat(Secret.of("tok123").redact(null)).isNull();
  }

  @Test
  void emptyValuesAreRefused() {
    assertThatThrownBy(() -> Secret.of("")).isInstanceOf(IllegalArgumentException.class);
  }
}
