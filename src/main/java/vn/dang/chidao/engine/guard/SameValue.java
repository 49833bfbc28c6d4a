package vn.dang.chidao.engine.guard;

import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Whether a read-only field came back with the value the form showed: compared as JSON, whatever way the value
 * travelled (a string, JSON text, a parsed list), object members that are null counting as absent, and an
 * empty value (nothing, "", []) the same as any other.
 */
final class SameValue {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SameValue() {
    }

    static boolean of(Object submitted, Object current) {
        JsonNode a = tree(submitted);
        JsonNode b = tree(current);
        if (empty(a) || empty(b)) {
            // a field the form showed empty comes back as "", [] or nothing, whatever was stored
            return empty(a) && empty(b);
        }
        if (a.isTextual() && b.isTextual()) {
            // a stored list or number travels as text when the form field shows it as text
            return text(a).equals(text(b));
        }
        return same(a, b);
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            ObjectNode x = withoutNulls((ObjectNode) a);
            ObjectNode y = withoutNulls((ObjectNode) b);
            if (x.size() != y.size()) {
                return false;
            }
            for (Iterator<String> names = x.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!y.has(name) || !same(x.get(name), y.get(name))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** A browser's textarea gives back its text with \n line ends, whatever the stored text had. */
    private static String text(JsonNode node) {
        return node.asText().replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static boolean empty(JsonNode node) {
        return node.isNull() || node.isMissingNode() || node.isTextual() && node.asText().isBlank()
                || node.isContainerNode() && node.isEmpty();
    }

    private static ObjectNode withoutNulls(ObjectNode node) {
        ObjectNode copy = node.deepCopy();
        copy.properties().removeIf(e -> e.getValue().isNull());
        return copy;
    }

    private static JsonNode tree(Object value) {
        Object raw = value;
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            raw = parse(serializable.getValueSerialized());
        } else if (value instanceof TypedValue typed) {
            raw = typed.getValue();
        }
        if (raw == null) {
            return NullNode.getInstance();
        }
        if (raw instanceof JsonNode node) {
            return node;
        }
        if (raw instanceof String text) {
            return TextNode.valueOf(text);
        }
        if (raw instanceof Date date) {
            return TextNode.valueOf(date.toInstant().toString());
        }
        if (raw instanceof Number || raw instanceof Boolean || raw instanceof Collection<?> || raw instanceof Map<?, ?>) {
            return JSON.valueToTree(raw);
        }
        // a Spin JSON node prints itself as JSON
        return parse(raw.toString());
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return NullNode.getInstance();
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(json);
        }
    }
}
