package vn.dang.chidao.web.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dang.chidao.process.DirectiveVariables;
import vn.dang.chidao.process.JsonVar;
import vn.dang.chidao.process.UnitWorkVariables;
import vn.dang.chidao.process.Var;

/** Every declared process variable has a Vietnamese label for Cockpit: a new one without a label fails here. */
class VariableLabelsTest {

    @Test
    void everyDeclaredVariableHasAVietnameseLabel() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Class<?> declarations : List.of(DirectiveVariables.class, UnitWorkVariables.class)) {
            for (Field f : declarations.getFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    Object value = f.get(null);
                    if (value instanceof Var<?> v) {
                        names.add(v.name());
                    } else if (value instanceof JsonVar<?> j) {
                        names.add(j.name());
                    }
                }
            }
        }
        assertThat(names).hasSizeGreaterThan(60);
        assertThat(VariableLabels.NAMES).containsKeys(names.toArray(String[]::new));
        assertThat(VariableLabels.NAMES.values()).allSatisfy(label -> assertThat(label).isNotBlank()
                .doesNotContainPattern("[a-z][A-Z]"));
        assertThat(VariableLabels.VALUES.keySet()).allSatisfy(name -> assertThat(VariableLabels.NAMES).containsKey(name));
    }
}
