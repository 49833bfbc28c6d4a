package vn.dang.chidao.process;

import java.util.Collection;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.dang.chidao.input.InvalidInputException;

/**
 * A JSON process variable (lists from form-js taglists and dynamic lists, tables shown in forms).
 * Stored as Spin JSON so that Tasklist hands it to forms as data, not as a Java object.
 */
public final class JsonVar<T> {

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final String name;
    private final TypeReference<T> type;
    private final String label;

    private JsonVar(String name, TypeReference<T> type, String label) {
        this.name = name;
        this.type = type;
        this.label = label;
    }

    /** @param label the field's name as the user sees it, for error messages */
    public static <T> JsonVar<T> of(String name, TypeReference<T> type, String label) {
        return new JsonVar<>(name, type, label);
    }

    public String name() {
        return name;
    }

    /** The parsed value, or null when absent. Malformed input is the user's error, reported in Vietnamese. */
    public T get(VariableScope scope) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String json;
        if (value instanceof String s) {
            json = s;
        } else if (value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Number
                || value instanceof Boolean) {
            json = MAPPER.valueToTree(value).toString();
        } else {
            // a Spin JSON node prints itself as JSON
            json = value.toString();
        }
        if (json.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("Dữ liệu \"" + label + "\" không đúng định dạng.");
        }
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, toValue(value));
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, toValue(value));
    }

    private static TypedValue toValue(Object value) {
        try {
            return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON variable", e);
        }
    }
}
