package vn.dang.chidao.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A process variable declared once with its name and type. Numbers arrive from REST and forms as
 * Integer or Long and strings as strings; reading converts, so callers get the declared type.
 */
public final class Var<T> {

    private final String name;
    private final Class<T> type;

    private Var(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    public static <T> Var<T> of(String name, Class<T> type) {
        return new Var<>(name, type);
    }

    public String name() {
        return name;
    }

    /** The value, or null when the variable is absent or null. */
    public T get(VariableScope scope) {
        return convert(scope.getVariable(name));
    }

    /** The value; a missing value is a modelling error, not a user error. */
    public T require(VariableScope scope) {
        T value = get(scope);
        if (value == null) {
            throw new IllegalStateException("process variable '" + name + "' is not set");
        }
        return value;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value instanceof String text ? LongText.value(text) : value);
    }

    /**
     * Empties a value an earlier round left, without creating the variable when there is none: every variable
     * costs rows in ACT_RU_VARIABLE and ACT_HI_VARINST.
     */
    public void clear(VariableScope scope) {
        if (scope.hasVariable(name)) {
            scope.setVariable(name, null);
        }
    }

    /** A value for the rest of this transaction only: no row in the runtime or history tables. */
    public void setTransient(VariableScope scope, T value) {
        scope.setVariable(name, Variables.untypedValue(value, true));
    }

    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value instanceof String text ? LongText.value(text) : value);
    }

    @SuppressWarnings("unchecked")
    private T convert(Object value) {
        if (value == null || type.isInstance(value)) {
            return (T) value;
        }
        if (type == Long.class && value instanceof Number n) {
            return (T) Long.valueOf(n.longValue());
        }
        if (type == Long.class && value instanceof String s && !s.isBlank()) {
            return (T) Long.valueOf(s.strip());
        }
        if (type == String.class) {
            return (T) LongText.text(value);
        }
        if (type == Boolean.class && value instanceof String s) {
            return (T) Boolean.valueOf(s);
        }
        if (type == Date.class && value instanceof Date d) {
            return (T) d;
        }
        throw new IllegalStateException("process variable '" + name + "' is " + value.getClass().getSimpleName()
                + ", expected " + type.getSimpleName());
    }
}
