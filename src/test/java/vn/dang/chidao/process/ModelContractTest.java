package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import vn.dang.chidao.engine.guard.FormFields;

/**
 * What Java names in the models exists there: element ids, process keys, messages; and what a form lets a user
 * submit is a variable Java declares (DirectiveVariables, UnitWorkVariables), so every accepted field is read
 * with its type, and the guard's list of accepted fields (the deployed forms) matches what the code reads.
 */
class ModelContractTest {

    private static final Pattern ELEMENT_ID = Pattern.compile(
            "\"((?:Task|Gateway|Event|StartEvent|EndEvent|CallActivity|SubProcess|Timer|Flow)_[A-Za-z]+)\"");

    private static Set<BpmnModelInstance> models() throws IOException {
        Set<BpmnModelInstance> models = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            files.filter(f -> f.toString().endsWith(".bpmn")).forEach(f -> models.add(Bpmn.readModelFromFile(f.toFile())));
        }
        return models;
    }

    private static Set<String> javaSources() throws IOException {
        Set<String> sources = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(f));
            }
        }
        return sources;
    }

    @Test
    void everyElementIdJavaNamesExistsInAModel() throws IOException {
        Set<String> ids = new HashSet<>();
        for (BpmnModelInstance model : models()) {
            model.getModelElementsByType(BaseElement.class).forEach(e -> ids.add(e.getId()));
        }
        Set<String> named = new TreeSet<>();
        for (String source : javaSources()) {
            Matcher m = ELEMENT_ID.matcher(source);
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(ids).containsAll(named);
    }

    @Test
    void processKeysAndMessagesJavaNamesExist() throws IOException {
        Set<String> processes = new HashSet<>();
        Set<String> messages = new HashSet<>();
        for (BpmnModelInstance model : models()) {
            model.getModelElementsByType(Process.class).forEach(p -> processes.add(p.getId()));
            model.getModelElementsByType(Message.class).forEach(msg -> messages.add(msg.getName()));
        }
        assertThat(processes).contains(UnitWorkVariables.PROCESS_KEY, UnitWorkVariables.ROUNDS_PROCESS_KEY)
                .containsAll(ProcessBindings.DIRECTIVE_PROCESSES).containsAll(ProcessBindings.UNIT_PROCESSES);
        assertThat(messages).contains(DirectiveVariables.MESSAGE_ALL_REPORTS_ACCEPTED,
                UnitWorkVariables.MESSAGE_DIRECTIVE_CLOSED);
    }

    @Test
    void everyUserTaskGoesToTheRoleDeclaredForIt() throws IOException {
        Set<String> tasks = new TreeSet<>();
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                tasks.add(task.getId());
                TaskRoles.Role role = TaskRoles.OF_TASK.get(task.getId());
                assertThat(role).as("role of %s", task.getId()).isNotNull();
                String expected = "${taskAuthority." + role.authority() + "(execution)}";
                String assignee = task.getCamundaAssignee();
                String candidates = task.getCamundaCandidateGroups();
                assertThat(expected.equals(assignee) || expected.equals(candidates))
                        .as("%s goes to %s (assignee %s, candidates %s)", task.getId(), expected, assignee, candidates)
                        .isTrue();
                // nothing else decides who works on it, and no variable does
                for (String other : new String[] {assignee, candidates}) {
                    assertThat(other == null || other.startsWith("${taskAuthority.")).as(task.getId()).isTrue();
                }
            }
        }
        assertThat(TaskRoles.OF_TASK.keySet()).containsExactlyInAnyOrderElementsOf(tasks);
    }

    @Test
    void everyFieldAFormAcceptsIsAVariableJavaDeclares() throws Exception {
        Set<String> declared = new HashSet<>();
        for (Class<?> contract : new Class<?>[] {DirectiveVariables.class, UnitWorkVariables.class,
                IncomingVariables.class}) {
            for (Field f : contract.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    Object value = f.get(null);
                    if (value instanceof Var<?> v) {
                        declared.add(v.name());
                    } else if (value instanceof JsonVar<?> v) {
                        declared.add(v.name());
                    }
                }
            }
        }
        Set<String> undeclared = new TreeSet<>();
        Set<String> forms = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path form : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                try (InputStream in = Files.newInputStream(form)) {
                    FormFields fields = FormFields.parse(in);
                    forms.add(fields.formId());
                    fields.fields().values().stream().filter(FormFields.Field::editable)
                            .filter(field -> !declared.contains(field.key()))
                            .forEach(field -> undeclared.add(form.getFileName() + ": " + field.key()));
                }
            }
        }
        assertThat(undeclared).as("form fields no Java declares").isEmpty();
        // and every user task names a form that exists, so the guard knows what it accepts
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(forms).as(task.getId()).contains(task.getCamundaFormRef());
            }
        }
    }
}
