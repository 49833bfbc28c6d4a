package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/** The models admins open in Modeler: naming, layout, forms and delegates all resolve. */
class BpmnConventionsTest {

    private static final Pattern ID = Pattern.compile(
            "(StartEvent|EndEvent|Event|Timer|Task|Gateway|Flow|SubProcess|CallActivity)_[A-Z][A-Za-z]+");
    private static final Pattern EXPRESSION_BEAN = Pattern.compile("\\$\\{(\\w+)[}.]");

    static Stream<Path> models() throws IOException {
        return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("models")
    void processIdEqualsFileNameAndHasHistoryTimeToLive(Path file) {
        Process process = only(Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class));
        assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        assertThat(process.getName()).matches(".*[à-ỹÀ-Ỹ].*");
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyElementHasAConventionalIdAVietnameseNameAndALayout(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            assertThat(element.getId()).as("id in %s", file).matches(ID);
            if (element instanceof SequenceFlow) {
                assertThat(edges).as("edge of %s", element.getId()).contains(element.getId());
            } else {
                assertThat(shapes).as("shape of %s", element.getId()).contains(element.getId());
            }
            if (element instanceof org.camunda.bpm.model.bpmn.instance.Activity) {
                assertThat(element.getName()).as("name of %s", element.getId()).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void userTasksUseDeployedFormsThatExist(Path file) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
            Path form = Path.of("forms", task.getCamundaFormRef() + ".form");
            assertThat(form).as("form of %s", task.getId()).exists();
            assertThat(Files.readString(form)).contains("\"id\": \"" + task.getCamundaFormRef() + "\"");
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void codeIsReachedOnlyThroughExistingDelegateBeans(Path file) throws IOException {
        String xml = Files.readString(file);
        assertThat(xml).doesNotContain("camunda:class=").doesNotContain("camunda:expression=\"${execution");
        Set<String> beans = new ClassPathScanningCandidateComponentProvider(false) {
            {
                addIncludeFilter(new AnnotationTypeFilter(Component.class));
            }
        }.findCandidateComponents("vn.dang.chidao.process.delegate").stream()
                .map(b -> b.getBeanClassName().substring(b.getBeanClassName().lastIndexOf('.') + 1))
                .map(n -> Character.toLowerCase(n.charAt(0)) + n.substring(1)).collect(Collectors.toSet());
        Matcher m = Pattern.compile("(delegateExpression|collection)=\"([^\"]+)\"").matcher(xml);
        while (m.find()) {
            Matcher bean = EXPRESSION_BEAN.matcher(m.group(2));
            assertThat(bean.find()).as(m.group(2)).isTrue();
            assertThat(beans).as("bean of %s", m.group(2)).contains(bean.group(1));
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyNodeIsConnected(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            boolean start = node instanceof org.camunda.bpm.model.bpmn.instance.StartEvent
                    || node instanceof org.camunda.bpm.model.bpmn.instance.BoundaryEvent
                    || node instanceof org.camunda.bpm.model.bpmn.instance.SubProcess sub && sub.triggeredByEvent();
            boolean end = node instanceof org.camunda.bpm.model.bpmn.instance.EndEvent
                    || node instanceof org.camunda.bpm.model.bpmn.instance.SubProcess sub && sub.triggeredByEvent();
            if (!start) {
                assertThat(node.getIncoming()).as("incoming of %s", node.getId()).isNotEmpty();
            }
            if (!end) {
                assertThat(node.getOutgoing()).as("outgoing of %s", node.getId()).isNotEmpty();
            }
        }
    }

    /**
     * A call activity names what it hands over and takes back (the called process's needs), never
     * variables="all"; and the process carries a release tag, e.g. 2026.12.2, so Cockpit tells versions apart.
     */
    @ParameterizedTest
    @MethodSource("models")
    void callActivitiesMapTheirVariablesAndProcessesCarryAReleaseTag(Path file) throws IOException {
        String xml = Files.readString(file);
        assertThat(xml).as("call activities in %s", file).doesNotContain("variables=\"all\"");
        Process process = only(Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class));
        assertThat(process.getCamundaVersionTag()).as("versionTag of %s", file).matches("\\d{4}\\.\\d{1,2}\\.\\d+");
    }

    /**
     * What crosses processes is drawn: every message is sent by a throw or end event backed by a delegate in one
     * model and received by a catch, start or boundary event in another (Camunda 7 deploys each file's process on
     * its own, so the link is the message name, not a collaboration's message flow).
     */
    @Test
    void everyMessageIsDrawnWhereItIsSentAndWhereItIsReceived() throws IOException {
        Map<String, Set<String>> senders = new TreeMap<>();
        Map<String, Set<String>> receivers = new TreeMap<>();
        for (Path file : models().toList()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            String process = only(model.getModelElementsByType(Process.class)).getId();
            for (MessageEventDefinition definition : model.getModelElementsByType(MessageEventDefinition.class)) {
                assertThat(definition.getMessage()).as("message of %s in %s", definition.getParentElement(), file)
                        .isNotNull();
                String message = definition.getMessage().getName();
                Event event = (Event) definition.getParentElement();
                if (event instanceof ThrowEvent) {
                    assertThat(definition.getCamundaDelegateExpression())
                            .as("%s sends %s through a delegate", event.getId(), message).startsWith("${");
                    assertThat(event.getName()).as("name of %s", event.getId()).matches(".*[à-ỹÀ-Ỹ].*");
                    senders.computeIfAbsent(message, m -> new TreeSet<>()).add(process + "/" + event.getId());
                } else {
                    receivers.computeIfAbsent(message, m -> new TreeSet<>()).add(process + "/" + event.getId());
                }
            }
        }
        assertThat(senders.keySet()).as("messages sent (%s) and received (%s)", senders, receivers)
                .isEqualTo(receivers.keySet())
                .contains(DirectiveVariables.MESSAGE_ALL_REPORTS_ACCEPTED, UnitWorkVariables.MESSAGE_DIRECTIVE_CLOSED,
                        UnitWorkVariables.MESSAGE_RECURRING_WORK_STARTED);
    }

    private static <T extends BaseElement> T only(Collection<T> elements) {
        assertThat(elements).hasSize(1);
        return List.copyOf(elements).get(0);
    }
}
