package vn.dang.chidao.engine.guard;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fields a Camunda form (form-js JSON, as deployed) lets a user submit: each key with whether the user may edit
 * it. form-js submits read-only fields too, with the value it showed; disabled and keyless components (text, tables)
 * submit nothing.
 */
public record FormFields(String formId, Map<String, Field> fields) {

    /** @param label what the user reads next to the field */
    public record Field(String key, String label, boolean editable) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static final FormFields NONE = new FormFields(null, Map.of());

    public static FormFields parse(InputStream form) throws IOException {
        JsonNode root = JSON.readTree(form);
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(root.path("components"), fields);
        return new FormFields(root.path("id").asText(null), Collections.unmodifiableMap(fields));
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            boolean locked = c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false);
            if ("dynamiclist".equals(type) && c.hasNonNull("path")) {
                // one list value: editable when any of its item fields is
                Map<String, Field> items = new LinkedHashMap<>();
                collect(c.path("components"), items);
                boolean editable = !locked && items.values().stream().anyMatch(Field::editable);
                String key = c.get("path").asText();
                fields.put(key, new Field(key, c.path("label").asText(key), editable));
            } else if (c.has("components")) {
                collect(c.path("components"), fields);
            } else if (c.hasNonNull("key")) {
                String key = c.get("key").asText();
                fields.put(key, new Field(key, c.path("label").asText(key), !locked));
            }
        }
    }

    public Field field(String key) {
        return fields.get(key);
    }
}
