package dev.governance.core.json;

import dev.governance.core.internal.ModelJsonReader;
import dev.governance.core.internal.ModelJsonWriter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.governance.core.model.Attributes;
import dev.governance.core.model.Coverage;
import dev.governance.core.model.Entity;
import dev.governance.core.model.EntityKind;
import dev.governance.core.model.Grant;
import dev.governance.core.model.IdentityStatus;
import dev.governance.core.model.InventoryCollection;
import dev.governance.core.snapshot.Snapshot;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ModelJsonTest {

  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private interface Write {
    void to(JsonGenerator g) throws IOException;
  }

  private JsonNode json(Write write) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
      write.to(g);
    }
    return mapper.readTree(out.toString());
  }

  @Test
  void everyEntityOfTheSampleReadsBackEqual() throws IOException {
    Snapshot s = Inventories.sample();
    for (EntityKind kind : EntityKind.values()) {
      assertThat(s.entities(kind)).isNotEmpty();
      for (Entity e : s.entities(kind)) {
        assertThat(ModelJsonReader.readEntity(json(g -> ModelJsonWriter.writeEntity(g, e)))).isEqualTo(e);
      }
    }
  }

  @Test
  void everyGrantAndProvenanceOfTheSampleReadsBackEqual() throws IOException {
    for (Grant grant : Inventories.sample().grants()) {
      assertThat(ModelJsonReader.readGrant(json(g -> ModelJsonWriter.writeGrant(g, grant)))).isEqualTo(grant);
    }
  }

  @Test
  void grantsReadStraightFromTheParserEqualThoseReadFromATree() throws IOException {
    for (Grant grant : Inventories.sample().grants()) {
      StringWriter out = new StringWriter();
      try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
        ModelJsonWriter.writeGrant(g, grant);
      }
      try (JsonParser p = mapper.getFactory().createParser(out.toString())) {
        p.nextToken();
        assertThat(ModelJsonReader.readGrant(p)).isEqualTo(grant);
        assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
      }
    }
  }

  @Test
  void streamedGrantWithoutItsSubjectNamesTheField() throws IOException {
    try (JsonParser p = mapper.getFactory().createParser(
        "{\"type\":\"MEMBERSHIP\",\"memberKind\":\"IDENTITY\",\"groupId\":\"g\",\"provenance\":{\"type\":\"DIRECT\"}}")) {
      p.nextToken();
      assertThatThrownBy(() -> ModelJsonReader.readGrant(p)).hasMessageContaining("'memberId'");
    }
  }

  @Test
  void everyKindOfCoverageReadsBackEqual() throws IOException {
    for (Coverage c : Inventories.sample().coverage().values()) {
      assertThat(ModelJsonReader.readCoverage(json(g -> ModelJsonWriter.writeCoverage(g, c)))).isEqualTo(c);
    }
  }

  @Test
  void everyCauseOfALossReadsBackEqual() throws IOException {
    for (Coverage.Cause cause : Coverage.Cause.values()) {
      Coverage partial = Coverage.partial("page 2 failed", cause);
      Coverage unavailable = Coverage.unavailable("403", java.util.Set.of("okta.users.read"), cause);
      assertThat(ModelJsonReader.readCoverage(json(g -> ModelJsonWriter.writeCoverage(g, partial)))).isEqualTo(partial);
      assertThat(ModelJsonReader.readCoverage(json(g -> ModelJsonWriter.writeCoverage(g, unavailable))))
          .isEqualTo(unavailable);
    }
  }

  @Test
  void aCoverageWrittenBeforeCausesWereRecordedHasAnUnknownCauseAndIsNotALossToAFault() throws IOException {
    Coverage old = ModelJsonReader.readCoverage(
        mapper.readTree("{\"state\":\"PARTIAL\",\"reason\":\"factors read for admins only\"}"));
    assertThat(old).isEqualTo(Coverage.partial("factors read for admins only", Coverage.Cause.UNKNOWN));
    assertThat(old.lostToFault()).isFalse();
  }

  @Test
  void attributeNumbersKeepTheirValueAndType() throws IOException {
    Attributes a = Inventories.richAttributes();
    Attributes back = ModelJsonReader.readAttributes(json(g -> ModelJsonWriter.writeAttributes(g, a)));
    assertThat(back).isEqualTo(a);
    assertThat(back.get("budget")).containsInstanceOf(BigDecimal.class);
    assertThat(back.get("ratio")).contains(0.25d);
    assertThat(back.names()).containsExactlyElementsOf(a.names());
  }

  @Test
  void identityJsonUsesComponentNamesAndLeavesOutAbsentValues() throws IOException {
    Entity bob = Inventories.sample().identity("u2").orElseThrow();
    JsonNode node = json(g -> ModelJsonWriter.writeEntity(g, bob));
    assertThat(node.get("kind").asText()).isEqualTo("IDENTITY");
    assertThat(node.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(node.has("email")).isFalse();
    assertThat(node.has("attributes")).isFalse();
  }

  @Test
  void setsAreWrittenSortedSoEqualValuesGiveEqualText() throws IOException {
    Entity token = Inventories.sample().entity(EntityKind.API_TOKEN, "t1").orElseThrow();
    JsonNode node = json(g -> ModelJsonWriter.writeEntity(g, token));
    assertThat(node.at("/network/include").toString()).isEqualTo("[\"z1\",\"z2\"]");
  }

  @Test
  void aTokenWrittenBeforeLastUsesWereRecordedReadsWithAnUnknownLastUse() throws IOException {
    JsonNode node = mapper.readTree("{\"kind\":\"API_TOKEN\",\"id\":\"t9\",\"name\":\"CI\",\"ownerId\":\"u1\","
        + "\"expires\":\"2026-01-31T12:00:00Z\",\"network\":{\"connection\":\"ANYWHERE\"}}");
    dev.governance.core.model.ApiToken token = (dev.governance.core.model.ApiToken) ModelJsonReader.readEntity(node);
    assertThat(token.lastUse()).isNull();
    assertThat(token.expires()).hasToString("2026-01-31T12:00:00Z");
  }

  @Test
  void aTokensLastUseKeepsItsSourceAndAnUnknownSourceLeavesItUnknown() throws IOException {
    Entity token = Inventories.sample().entity(EntityKind.API_TOKEN, "t1").orElseThrow();
    JsonNode node = json(g -> ModelJsonWriter.writeEntity(g, token));
    assertThat(node.at("/lastUse/source").asText()).isEqualTo("SYSTEM_LOG");
    ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("lastUse")).put("source", "TELEMETRY");
    assertThat(((dev.governance.core.model.ApiToken) ModelJsonReader.readEntity(node)).lastUse()).isNull();
  }

  @Test
  void statusesThisReleaseDoesNotKnowBecomeUnknown() throws IOException {
    JsonNode node = mapper.readTree("{\"kind\":\"IDENTITY\",\"id\":\"u9\",\"login\":\"x\",\"status\":\"HIBERNATING\"}");
    assertThat(((dev.governance.core.model.Identity) ModelJsonReader.readEntity(node)).status())
        .isEqualTo(IdentityStatus.UNKNOWN);
  }

  @Test
  void missingFieldIsNamedInTheError() throws IOException {
    JsonNode node = mapper.readTree("{\"kind\":\"IDENTITY\",\"id\":\"u9\",\"status\":\"ACTIVE\"}");
    assertThatThrownBy(() -> ModelJsonReader.readEntity(node))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'login'");
  }

  @Test
  void unknownGrantTypeSaysWhichTypesExist() throws IOException {
    JsonNode node = mapper.readTree("{\"type\":\"LICENSE\",\"provenance\":{\"type\":\"DIRECT\"}}");
    assertThatThrownBy(() -> ModelJsonReader.readGrant(node))
        .hasMessageContaining("LICENSE")
        .hasMessageContaining("MEMBERSHIP");
  }

  @Test
  void malformedInstantSaysWhatFormatIsExpected() throws IOException {
    JsonNode node = mapper.readTree(
        "{\"kind\":\"IDENTITY\",\"id\":\"u9\",\"login\":\"x\",\"status\":\"ACTIVE\",\"created\":\"yesterday\"}");
    assertThatThrownBy(() -> ModelJsonReader.readEntity(node)).hasMessageContaining("ISO-8601");
  }

  @Test
  void coverageOfSampleKeepsUnavailablePermissions() {
    assertThat(Inventories.sample().coverage(InventoryCollection.GROUP_RULES))
        .isInstanceOf(Coverage.Unavailable.class);
  }
}
