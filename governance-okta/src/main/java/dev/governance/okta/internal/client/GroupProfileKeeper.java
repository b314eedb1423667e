package dev.governance.okta.internal.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.okta.sdk.resource.model.GroupProfile;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a group profile keeping its custom attributes, which okta-sdk-java 24.0.0's own
 * deserializer drops (its {@code switch} ends in {@code default: break;}). Standard attributes go
 * to their fields; every other attribute lands in {@link GroupProfile#getAdditionalProperties()}.
 */
final class GroupProfileKeeper extends StdDeserializer<GroupProfile> {

  private static final long serialVersionUID = 1L;

  GroupProfileKeeper() {
    super(GroupProfile.class);
  }

  @Override
  public GroupProfile deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    Map<String, Object> values = parser.readValueAs(new TypeReference<LinkedHashMap<String, Object>>() {});
    GroupProfile profile = new GroupProfile();
    Map<String, Object> custom = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      Object v = e.getValue();
      switch (e.getKey()) {
        case GroupProfile.JSON_PROPERTY_NAME -> profile.setName(text(v));
        case GroupProfile.JSON_PROPERTY_DESCRIPTION -> profile.setDescription(text(v));
        case GroupProfile.JSON_PROPERTY_DN -> profile.setDn(text(v));
        case GroupProfile.JSON_PROPERTY_EXTERNAL_ID -> profile.setExternalId(text(v));
        case GroupProfile.JSON_PROPERTY_SAM_ACCOUNT_NAME -> profile.setSamAccountName(text(v));
        case GroupProfile.JSON_PROPERTY_WINDOWS_DOMAIN_QUALIFIED_NAME ->
            profile.setWindowsDomainQualifiedName(text(v));
        default -> custom.put(e.getKey(), v);
      }
    }
    profile.setAdditionalProperties(custom);
    return profile;
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : String.valueOf(value);
  }
}
