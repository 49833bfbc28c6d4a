package vn.dang.chidao.engine.guard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.ActionNotAllowedException;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.input.Problem;
import vn.dang.chidao.process.LongText;

/**
 * A completed task is untrusted input (DESIGN.md §3). Below every API — engine REST, the webapps' API Tasklist uses,
 * Java callers — this engine plugin lets a task completion carry only the fields of the task's deployed form (a
 * read-only field only with the value it showed), a start only its start form's fields, and nobody but an
 * administrator write process variables directly. Long texts are kept as JSON text, which has no length limit, since
 * the engine's string columns hold 4,000 characters. Refusals are 400/403 with a Vietnamese message, logged as one
 * WARN line. Engine internals it relies on (command classes and their fields, the command context) are isolated
 * here; switch: {@code directive.input-guard.enabled}. See docs/engine.md.
 */
@Component
@ConditionalOnProperty(name = "directive.input-guard.enabled", havingValue = "true", matchIfMissing = true)
public class InputGuard extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(InputGuard.class);
    private static final String ADMIN_GROUP = "camunda-admin";

    /** Form fields per process definition: of each user task, and of the start event under {@link #START}. */
    private final Map<String, Map<String, TaskForm>> forms = new ConcurrentHashMap<>();
    private static final String START = "";

    record TaskForm(String name, FormFields fields) {
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the engine would log each refusal as ENGINE-16004 with its stack trace; Outcomes logs every command's failure once
        configuration.setEnableCmdExceptionLogging(false);
        configuration.setCustomPreCommandInterceptorsTxRequired(first(new Outcomes(),
                configuration.getCustomPreCommandInterceptorsTxRequired()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(first(new Outcomes(),
                configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
        List<CommandInterceptor> post = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        post.add(new Inspection());
        configuration.setCustomPostCommandInterceptorsTxRequired(post);
    }

    private static List<CommandInterceptor> first(CommandInterceptor interceptor, List<CommandInterceptor> others) {
        List<CommandInterceptor> list = new ArrayList<>();
        list.add(interceptor);
        if (others != null) {
            list.addAll(others);
        }
        return list;
    }

    /**
     * Outermost: turns the application's refusals into 400/403 answers and logs how each outermost command failed,
     * once: a refusal as one WARN line, what the engine logged at DEBUG or INFO the same, anything else as ERROR with
     * its stack trace.
     */
    static class Outcomes extends CommandInterceptor {
        private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

        @Override
        public <T> T execute(Command<T> command) {
            int[] depth = DEPTH.get();
            boolean outermost = depth[0] == 0;
            depth[0]++;
            try {
                return next.execute(command);
            } catch (InvalidInputException e) {
                throw refused(outermost, command, InputRefused.of(e));
            } catch (ActionNotAllowedException e) {
                throw refused(outermost, command, ActionRefused.of(e));
            } catch (InputRefused e) {
                throw refused(outermost, command, e);
            } catch (ActionRefused e) {
                throw refused(outermost, command, e);
            } catch (RuntimeException e) {
                if (command instanceof SaveUserCmd && String.valueOf(e.getMessage()).contains("does not match policy")) {
                    throw refused(outermost, command, new InputRefused("Mật khẩu mới chưa đạt yêu cầu: ít nhất 10 ký "
                            + "tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt."));
                }
                if (outermost && e instanceof NullValueException && String.valueOf(e.getMessage())
                        .startsWith("Cannot find task")) {
                    // done by someone else, or never was: the caller's 404, not a server error with a stack trace
                    throw refused(true, command, new InvalidRequestException(Response.Status.NOT_FOUND,
                            "Không tìm thấy công việc: công việc đã được hoàn thành, đã bị hủy hoặc đồng chí không có "
                                    + "quyền xem."));
                }
                if (outermost) {
                    logFailure(command, e);
                }
                throw e;
            } finally {
                depth[0]--;
            }
        }

        private static RuntimeException refused(boolean outermost, Command<?> command, RestException e) {
            if (outermost) {
                log.warn("{} refused: {}", command.getClass().getSimpleName(), e.getMessage());
                Refusals.record(e);
            }
            return e;
        }

        private static void logFailure(Command<?> command, RuntimeException e) {
            String name = command.getClass().getSimpleName();
            if (e instanceof TaskAlreadyClaimedException) {
                log.info("{} failed: {}", name, e.getMessage());
            } else if (e instanceof NullValueException) {
                // a task or instance that is gone (done by someone else) or never was: the caller's error
                log.warn("{} failed: {}", name, e.getMessage());
            } else if (e instanceof OptimisticLockingException || e instanceof BadUserRequestException
                    || e instanceof AuthorizationException) {
                log.debug("{} failed: {}", name, e.getMessage(), e);
            } else {
                log.error("{} failed: {}", name, e.getMessage(), e);
            }
        }
    }

    /** Inside the command context, before the command runs: what a user's command may carry. */
    class Inspection extends CommandInterceptor {
        private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

        @Override
        public <T> T execute(Command<T> command) {
            int[] depth = DEPTH.get();
            try {
                if (depth[0]++ == 0) {
                    inspect(command);
                }
                return next.execute(command);
            } finally {
                depth[0]--;
            }
        }
    }

    private void inspect(Command<?> command) {
        if (command instanceof CompleteTaskCmd) {
            // ResolveTaskCmd too
            Map<String, Object> variables = read(command, CompleteTaskCmd.class, "variables");
            write(command, CompleteTaskCmd.class, "variables",
                    checkTask(read(command, CompleteTaskCmd.class, "taskId"), variables));
        } else if (command instanceof SubmitTaskFormCmd) {
            Map<String, Object> variables = read(command, SubmitTaskFormCmd.class, "properties");
            write(command, SubmitTaskFormCmd.class, "properties",
                    checkTask(read(command, SubmitTaskFormCmd.class, "taskId"), variables));
        } else if (command instanceof SubmitStartFormCmd) {
            String definitionId = read(command, SubmitStartFormCmd.class, "processDefinitionId");
            Map<String, Object> variables = read(command, SubmitStartFormCmd.class, "variables");
            write(command, SubmitStartFormCmd.class, "variables",
                    checkStart(deploymentCache().findDeployedProcessDefinitionById(definitionId), variables));
        } else if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl builder = read(command, StartProcessInstanceCmd.class,
                    "instantiationBuilder");
            Map<String, Object> variables = builder.getVariables();
            if (variables != null && !variables.isEmpty()) {
                ProcessDefinitionEntity definition = builder.getProcessDefinitionId() != null
                        ? deploymentCache().findDeployedProcessDefinitionById(builder.getProcessDefinitionId())
                        : deploymentCache().findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey());
                Map<String, Object> checked = checkStart(definition, variables);
                if (checked != variables) {
                    variables.clear();
                    variables.putAll(checked);
                }
            }
        } else if (command instanceof StartProcessInstanceAtActivitiesCmd) {
            Authentication auth = Context.getCommandContext().getAuthentication();
            if (auth != null && !isAdmin(auth)) {
                // past the start event: past its start form and the binding of the drafter
                throw new ActionRefused("Chỉ quản trị viên được khởi tạo quy trình từ một bước giữa chừng.");
            }
        } else if (command instanceof AbstractSetVariableCmd || command instanceof AbstractRemoveVariableCmd
                || command instanceof AbstractPatchVariablesCmd) {
            if (!isAdmin(Context.getCommandContext().getAuthentication())) {
                throw new ActionRefused("Không được sửa trực tiếp dữ liệu của quy trình; "
                        + "hãy nhập qua biểu mẫu của công việc.");
            }
        }
    }

    /** @return the variables to complete with: the same map, or a copy with long texts as JSON text */
    private Map<String, Object> checkTask(String taskId, Map<String, Object> variables) {
        if (variables == null || variables.isEmpty() || taskId == null) {
            return variables;
        }
        TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
        if (task == null) {
            return variables; // the command answers "not found" itself
        }
        TaskForm form = task.getProcessDefinitionId() == null ? null
                : formsOf(deploymentCache().findDeployedProcessDefinitionById(task.getProcessDefinitionId()))
                .get(task.getTaskDefinitionKey());
        String taskName = form == null || form.name() == null ? task.getName() : form.name();
        FormFields fields = form == null ? FormFields.NONE : form.fields();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Object> entry : variables.entrySet()) {
            FormFields.Field field = fields.field(entry.getKey());
            if (field == null) {
                problems.add(Problem.general("Trường \"" + entry.getKey() + "\" không có trên biểu mẫu \""
                        + taskName + "\", không được gửi kèm."));
            } else if (!field.editable() && !SameValue.of(entry.getValue(), task.getVariable(entry.getKey()))) {
                problems.add(new Problem(entry.getKey(), "Trường \"" + field.label() + "\" chỉ để xem, không được sửa."));
            }
        }
        if (!problems.isEmpty()) {
            throw InputRefused.ofProblems(problems);
        }
        return LongText.keepLongTexts(variables);
    }

    private Map<String, Object> checkStart(ProcessDefinitionEntity definition, Map<String, Object> variables) {
        if (variables == null || variables.isEmpty() || definition == null) {
            return variables;
        }
        TaskForm start = formsOf(definition).get(START);
        if (start == null) {
            Authentication auth = Context.getCommandContext().getAuthentication();
            if (auth == null || isAdmin(auth)) {
                return variables; // the application's own starts (dispatch, recurring rounds) and administrators
            }
            throw new InputRefused("Quy trình \"" + definition.getName() + "\" không nhận dữ liệu khi bắt đầu.");
        }
        List<String> problems = new ArrayList<>();
        for (String key : variables.keySet()) {
            if (start.fields().field(key) == null) {
                problems.add("Trường \"" + key + "\" không có trên biểu mẫu bắt đầu \"" + definition.getName()
                        + "\", không được gửi kèm.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRefused(problems);
        }
        return LongText.keepLongTexts(variables);
    }

    private static boolean isAdmin(Authentication auth) {
        return auth != null && auth.getGroupIds() != null && auth.getGroupIds().contains(ADMIN_GROUP);
    }

    private static DeploymentCache deploymentCache() {
        return Context.getProcessEngineConfiguration().getDeploymentCache();
    }

    /** The forms of a process definition's user tasks and start event, from its own deployment. */
    private Map<String, TaskForm> formsOf(ProcessDefinitionEntity definition) {
        return forms.computeIfAbsent(definition.getId(), id -> {
            CommandContext context = Context.getCommandContext();
            Map<String, FormFields> deployed = new HashMap<>();
            for (ResourceEntity resource : context.getResourceManager()
                    .findResourcesByDeploymentId(definition.getDeploymentId())) {
                if (resource.getName().endsWith(".form")) {
                    try (InputStream in = new ByteArrayInputStream(resource.getBytes())) {
                        FormFields fields = FormFields.parse(in);
                        deployed.put(fields.formId(), fields);
                    } catch (IOException e) {
                        throw new IllegalStateException("form " + resource.getName() + " is not JSON", e);
                    }
                }
            }
            BpmnModelInstance model = deploymentCache().findBpmnModelInstanceForProcessDefinition(definition);
            Map<String, TaskForm> result = new HashMap<>();
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String ref = task.getCamundaFormRef();
                result.put(task.getId(), new TaskForm(task.getName(),
                        ref == null ? FormFields.NONE : deployed.getOrDefault(ref, FormFields.NONE)));
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                String ref = start.getCamundaFormRef();
                if (ref != null && start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process) {
                    result.put(START, new TaskForm(start.getName(), deployed.getOrDefault(ref, FormFields.NONE)));
                }
            }
            return result;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T read(Object command, Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return (T) field.get(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("engine changed: " + type.getName() + "." + name, e);
        }
    }

    private static void write(Object command, Class<?> type, String name, Object value) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            if (field.get(command) != value) {
                field.set(command, value instanceof VariableMap || value == null ? value : Variables.fromMap(
                        (Map<String, Object>) value));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("engine changed: " + type.getName() + "." + name, e);
        }
    }
}
