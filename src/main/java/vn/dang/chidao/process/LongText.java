package vn.dang.chidao.process;

import java.util.Map;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Texts longer than the engine's string columns (varchar 4000 in its runtime and history tables) are kept as JSON
 * text variables, which are stored as byte arrays. Tasklist hands a JSON variable to the form parsed, so the form
 * shows the text itself. The text that counts is the one in the project's tables; the variable is what the form
 * shows.
 */
public final class LongText {

    /** The engine's TEXT_ columns. */
    public static final int MAX_STRING = 4000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private LongText() {
    }

    /** A value to store: the text itself, or JSON text when it is longer than a string variable can hold. */
    public static Object value(String text) {
        if (text == null || text.length() <= MAX_STRING) {
            return text;
        }
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(text)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a variable's value, a string or JSON text. */
    public static String text(Object value) {
        if (value instanceof SpinJsonNode node) {
            return node.isString() ? node.stringValue() : node.toString();
        }
        return value == null ? null : value.toString();
    }

    /** The same variables, or a copy where every string too long for a string variable is JSON text. */
    public static Map<String, Object> keepLongTexts(Map<String, Object> variables) {
        VariableMap copy = null;
        for (Map.Entry<String, Object> entry : variables.entrySet()) {
            // a JSON or other serialized value is not a string (and reading it would parse it)
            Object raw = entry.getValue() instanceof SerializableValue ? null
                    : entry.getValue() instanceof TypedValue typed ? typed.getValue() : entry.getValue();
            if (raw instanceof String text && text.length() > MAX_STRING) {
                if (copy == null) {
                    // the caller's map may be immutable, or the caller's own
                    copy = Variables.createVariables();
                    copy.putAll(variables);
                }
                copy.putValueTyped(entry.getKey(), (TypedValue) value(text));
            }
        }
        return copy == null ? variables : copy;
    }
}
