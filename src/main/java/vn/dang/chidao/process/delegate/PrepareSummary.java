package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.DirectiveVariables.HAS_RECURRING_ASSIGNMENTS;
import static vn.dang.chidao.process.DirectiveVariables.STATUS_COUNTS;
import static vn.dang.chidao.process.DirectiveVariables.UNIT_STATUSES;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.WorkflowProperties;
import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.SummaryService;
import vn.dang.chidao.reporting.UnitStatus;
import vn.dang.chidao.reporting.UnitSummary;

/** Puts each unit's status into the summary task's form. */
@Component
public class PrepareSummary implements JavaDelegate {

    private final ProcessBindings bindings;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final SummaryService summary;
    private final DirectiveService directives;
    private final ZoneId zone;

    public PrepareSummary(ProcessBindings bindings, SummaryService summary, DirectiveService directives, WorkflowProperties properties) {
        this.bindings = bindings;
        this.summary = summary;
        this.directives = directives;
        this.zone = properties.zone();
    }

    @Override
    public void execute(DelegateExecution execution) {
        long directiveId = bindings.directive(execution);
        HAS_RECURRING_ASSIGNMENTS.set(execution, directives.hasRecurringAssignments(directiveId));
        List<UnitSummary> units = summary.summarize(directiveId);
        UNIT_STATUSES.set(execution, units.stream().map(this::row).toList());
        Map<UnitStatus, Long> counts = units.stream()
                .collect(Collectors.groupingBy(UnitSummary::status, () -> new EnumMap<>(UnitStatus.class),
                        Collectors.counting()));
        STATUS_COUNTS.set(execution, counts.entrySet().stream()
                .map(e -> e.getKey().label() + ": " + e.getValue()).collect(Collectors.joining("; ")));
    }

    private Map<String, Object> row(UnitSummary s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit", s.unitName());
        row.put("deadline", VietnameseDates.format(s.deadline()));
        row.put("status", s.status().label());
        row.put("lead", s.leadPerson() == null ? "" : s.leadPerson());
        row.put("reportedAt", s.reportedAt() == null ? "" : DATE_TIME.format(s.reportedAt().atZone(zone)));
        row.put("report", s.report() == null ? "" : s.report());
        row.put("evidence", s.evidence() == null ? "" : s.evidence());
        return row;
    }
}
