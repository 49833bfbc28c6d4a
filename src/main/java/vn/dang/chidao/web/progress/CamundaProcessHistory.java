package vn.dang.chidao.web.progress;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.dang.chidao.progress.ProcessHistory;

/**
 * The engine's history for the managers' history view. Runs as the application (no authenticated user on
 * the engine): the business service has checked the caller against the directive first.
 */
@Component
class CamundaProcessHistory implements ProcessHistory {

    private final ProcessEngine engine;

    CamundaProcessHistory(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public List<CompletedStep> completedSteps(String processInstanceId, Set<String> excluded) {
        Set<String> tree = tree(processInstanceId, excluded);
        List<CompletedStep> steps = new ArrayList<>();
        for (String id : tree) {
            for (HistoricTaskInstance t : engine.getHistoryService().createHistoricTaskInstanceQuery()
                    .processInstanceId(id).finished().list()) {
                // a task ended by the process (a boundary event, a cancelled instance) was not done by anyone;
                // a task completed without claiming it has no assignee (the tables name the actor)
                if ("completed".equals(t.getDeleteReason())) {
                    steps.add(new CompletedStep(id, t.getName(), t.getAssignee(), instant(t.getStartTime()),
                            instant(t.getEndTime())));
                }
            }
        }
        return steps;
    }

    /** The instance and the instances it called, level by level, without the excluded subtrees. */
    private Set<String> tree(String root, Set<String> excluded) {
        Set<String> found = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(root));
        while (!next.isEmpty()) {
            String id = next.poll();
            if (excluded.contains(id) || !found.add(id)) {
                continue;
            }
            engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(id).list()
                    .stream().map(HistoricProcessInstance::getId).forEach(next::add);
        }
        return found;
    }

    @Override
    public List<Comment> comments(Collection<String> processInstanceIds) {
        List<Comment> comments = new ArrayList<>();
        for (String id : processInstanceIds) {
            engine.getTaskService().getProcessInstanceComments(id).forEach(c -> comments.add(new Comment(id,
                    c.getUserId(), instant(c.getTime()), c.getFullMessage())));
        }
        return comments;
    }

    @Override
    public Map<String, String> fullNames(Collection<String> userIds) {
        return engine.getIdentityService().createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(User::getId, CamundaProcessHistory::fullName, (a, b) -> a));
    }

    private static String fullName(User u) {
        String name = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                + (u.getLastName() == null ? "" : u.getLastName())).strip();
        return name.isEmpty() ? u.getId() : name;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
