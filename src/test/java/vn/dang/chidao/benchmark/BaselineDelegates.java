package vn.dang.chidao.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bare engine's beans for the copied BPMN ({@code src/test/resources/benchmark/baseline}): every
 * {@code ${…}} the models name, doing nothing but what the engine needs to take the same path — set the
 * variables gateways, timers and assignees read, start one unit-work instance per recipient, and correlate
 * the message when the last unit is accepted. No project tables: what the real delegates keep in the
 * database (recipients, assignments, counters) lives in memory here.
 */
public final class BaselineDelegates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> NO_OPS = List.of("prepareDraft", "recordFormatCheck", "recordApproval",
            "notifyUnit", "recordAcknowledgement", "startRecurringWork", "recordAssignmentDone", "requestExtension",
            "recordExtensionDecision", "sendReminder", "reportOverdue", "recordReport", "recordChildResult",
            "archiveDirective", "closeTracking", "planNextRound", "recordRound");

    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger numbers = new AtomicInteger();
    private final Map<Long, List<Assigned>> assignmentsByRecipient = new ConcurrentHashMap<>();
    private final Map<Long, String> directiveOfRecipient = new ConcurrentHashMap<>();
    private final Map<String, List<Assigned>> assignmentRows = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> openUnits = new ConcurrentHashMap<>();
    /** Units reached so far per directive instance: the same batches as DispatchService. */
    private final Map<String, Integer> dispatchedUnits = new ConcurrentHashMap<>();
    private final int dispatchBatchSize;

    BaselineDelegates(int dispatchBatchSize) {
        this.dispatchBatchSize = dispatchBatchSize;
    }

    private record Assigned(long id, LocalDate deadline) {
    }

    Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        JavaDelegate noOp = execution -> { };
        NO_OPS.forEach(name -> beans.put(name, noOp));
        beans.put("saveDraft", (JavaDelegate) this::saveDraft);
        beans.put("assignDocumentNumber", (JavaDelegate) this::assignDocumentNumber);
        beans.put("generateDirectiveDocument", (JavaDelegate) execution -> { });
        beans.put("dispatchDirective", (JavaDelegate) this::dispatch);
        beans.put("prepareUnitWork", (ExecutionListener) this::prepareUnitWork);
        beans.put("assignmentsOfUnit", this);
        beans.put("prepareAssignment", (ExecutionListener) this::prepareAssignment);
        beans.put("recordReportReview", (JavaDelegate) this::recordReportReview);
        beans.put("closeUnitWork", (JavaDelegate) this::closeUnitWork);
        beans.put("prepareSummary", (JavaDelegate) this::prepareSummary);
        beans.put("draftOptions", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
        beans.put("bindDirectiveRequest", (ExecutionListener) execution -> { });
        beans.put("bindRecurringWork", (ExecutionListener) execution -> { });
        beans.put("taskAuthority", new TaskAuthority());
        return beans;
    }

    /**
     * {@code ${taskAuthority.…(execution)}}: the bare engine takes assignees and candidates from variables, which is
     * what the models did before they read them from the project's tables.
     */
    public static final class TaskAuthority {
        public Object drafter(DelegateExecution execution) {
            return execution.getVariable("initiator");
        }

        public Object officeHeadGroup(DelegateExecution execution) {
            return execution.getVariable("officeHeadGroup");
        }

        public Object signerGroup(DelegateExecution execution) {
            return execution.getVariable("signerGroup");
        }

        public Object signer(DelegateExecution execution) {
            return execution.getVariable("signer");
        }

        public Object trackingGroup(DelegateExecution execution) {
            return execution.getVariable("trackingGroup");
        }

        public Object unitGroup(DelegateExecution execution) {
            return execution.getVariable("unitGroup");
        }
    }

    /** {@code ${assignmentsOfUnit.ids(execution)}}: the collection of the unit's parallel assignment tasks. */
    public List<Long> ids(DelegateExecution execution) {
        Object recipientId = execution.getVariable("recipientId");
        return assignmentsByRecipient.getOrDefault(((Number) recipientId).longValue(), List.of()).stream()
                .map(Assigned::id).toList();
    }

    private void saveDraft(DelegateExecution execution) {
        execution.setVariable("directiveId", ids.incrementAndGet());
        execution.setVariable("officeHeadGroup", "hu-bao-yen_chanh-van-phong");
        execution.setVariable("signerGroup", "hu-bao-yen_lanh-dao");
        execution.setVariable("trackingGroup", "hu-bao-yen_van-phong");
    }

    private void assignDocumentNumber(DelegateExecution execution) {
        execution.setVariable("documentNumber", "%02d-CV/BASE".formatted(numbers.incrementAndGet()));
        execution.setVariable("issuedOn", LocalDate.now(ZONE).toString());
    }

    private void dispatch(DelegateExecution execution) {
        List<String> recipients = json(execution.getVariable("recipients"), new TypeReference<List<String>>() { });
        List<Map<String, Object>> assignments = json(execution.getVariable("assignments"),
                new TypeReference<List<Map<String, Object>>>() { });
        String number = (String) execution.getVariable("documentNumber");
        String directivePi = (String) execution.getVariable("directiveProcessInstanceId");
        int from = dispatchedUnits.getOrDefault(directivePi, 0);
        int to = Math.min(recipients.size(), from + dispatchBatchSize);
        List<Assigned> rows = new ArrayList<>();
        if (from == 0) {
            for (Map<String, Object> a : assignments) {
                rows.add(new Assigned(ids.incrementAndGet(), LocalDate.parse((String) a.get("deadline"))));
            }
            assignmentRows.put(directivePi, rows);
            openUnits.put(directivePi, new AtomicInteger(recipients.size()));
        } else {
            rows = assignmentRows.get(directivePi);
        }
        for (String unit : recipients.subList(from, to)) {
            long recipientId = ids.incrementAndGet();
            List<Assigned> mine = new ArrayList<>();
            for (int i = 0; i < assignments.size(); i++) {
                if (((List<?>) assignments.get(i).get("units")).contains(unit)) {
                    mine.add(rows.get(i));
                }
            }
            assignmentsByRecipient.put(recipientId, mine);
            directiveOfRecipient.put(recipientId, directivePi);
            VariableMap variables = Variables.createVariables()
                    .putValue("directiveId", execution.getVariable("directiveId"))
                    .putValue("recipientId", recipientId)
                    .putValue("unitGroup", unit)
                    .putValue("unitName", "Đơn vị " + unit)
                    .putValue("trackingGroup", execution.getVariable("trackingGroup"))
                    .putValue("documentNumber", number)
                    .putValue("subject", execution.getVariable("subject"));
            execution.getProcessEngineServices().getRuntimeService().createProcessInstanceByKey("unit-work")
                    .businessKey(EngineUnderTest.unitKey(number, unit)).setVariables(variables).execute();
        }
        // in memory, so it counts only once the batch's transaction committed (a rolled-back batch runs again)
        int reached = to;
        org.camunda.bpm.engine.impl.context.Context.getCommandContext().getTransactionContext().addTransactionListener(
                org.camunda.bpm.engine.impl.cfg.TransactionState.COMMITTED,
                commandContext -> dispatchedUnits.put(directivePi, reached));
        execution.setVariable("unitCount", (long) to);
        execution.setVariable("dispatchRemaining", (long) (recipients.size() - to));
    }

    private void prepareUnitWork(DelegateExecution execution) {
        execution.setVariable("unitCanIssue", false);
        execution.setVariable("implementationMode", "direct");
        long recipientId = ((Number) execution.getVariable("recipientId")).longValue();
        // the report is due with the unit's last deadline, as PrepareUnitWork sets it
        execution.setVariable("reportDueAt", assignmentsByRecipient.get(recipientId).stream().map(Assigned::deadline)
                .max(LocalDate::compareTo).map(last -> Date.from(last.atTime(17, 0).atZone(ZONE).toInstant()))
                .orElse(null));
    }

    private void prepareAssignment(DelegateExecution execution) {
        long recipientId = ((Number) execution.getVariable("recipientId")).longValue();
        long assignmentId = ((Number) execution.getVariable("assignmentId")).longValue();
        Assigned a = assignmentsByRecipient.get(recipientId).stream().filter(x -> x.id() == assignmentId)
                .findFirst().orElseThrow();
        // local, as in the real listener, so that parallel assignments keep their own values
        execution.setVariableLocal("resultNote", null);
        execution.setVariableLocal("assignmentAction", null);
        execution.setVariableLocal("assignmentDueAt", Date.from(a.deadline().atTime(17, 0).atZone(ZONE).toInstant()));
        execution.setVariableLocal("reminderAt",
                Date.from(a.deadline().minusDays(3).atTime(8, 0).atZone(ZONE).toInstant()));
    }

    private void recordReportReview(DelegateExecution execution) {
        execution.setVariable("reportAccepted", "accept".equals(execution.getVariable("reviewDecision")));
    }

    private void closeUnitWork(DelegateExecution execution) {
        long recipientId = ((Number) execution.getVariable("recipientId")).longValue();
        String directivePi = directiveOfRecipient.get(recipientId);
        if (openUnits.get(directivePi).decrementAndGet() == 0) {
            execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation("AllReportsAccepted")
                    .processInstanceId(directivePi).correlate();
        }
    }

    private void prepareSummary(DelegateExecution execution) {
        execution.setVariable("hasRecurringAssignments", false);
    }

    private static <T> T json(Object value, TypeReference<T> type) {
        try {
            return JSON.readValue(value.toString(), type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + value, e);
        }
    }
}
