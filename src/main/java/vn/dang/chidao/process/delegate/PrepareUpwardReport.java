package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.IncomingVariables.REPORT_BODY;
import static vn.dang.chidao.process.IncomingVariables.REPORT_PROPOSAL;
import static vn.dang.chidao.process.IncomingVariables.UNIT_RESULTS;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.Directive;
import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.incoming.IncomingDocument;
import vn.dang.chidao.incoming.IncomingDocuments;
import vn.dang.chidao.reporting.SummaryService;
import vn.dang.chidao.reporting.UnitSummary;

/**
 * Gathers the units' results so far (of the direct assignment or the implementing directive) for the office that
 * writes the báo cáo, and proposes its text: before the task, and again when someone takes it (the task may wait
 * weeks for the units). A text the office has changed, or a returned report, is kept.
 */
@Component
public class PrepareUpwardReport implements JavaDelegate, TaskListener {

    private final IncomingDocuments incoming;
    private final IncomingOfInstance instances;
    private final DirectiveService directives;
    private final SummaryService summaries;

    public PrepareUpwardReport(IncomingDocuments incoming, IncomingOfInstance instances, DirectiveService directives,
                               SummaryService summaries) {
        this.incoming = incoming;
        this.instances = instances;
        this.directives = directives;
        this.summaries = summaries;
    }

    @Override
    public void notify(DelegateTask task) {
        execute(task.getExecution());
    }

    @Override
    public void execute(DelegateExecution execution) {
        IncomingDocument document = instances.of(execution);
        Unit receiver = incoming.receiver(document);
        StringBuilder results = new StringBuilder();
        List<String> reported = new ArrayList<>();
        for (long id : incoming.implementingDirectives(document.id())) {
            Directive directive = directives.get(id);
            results.append(directive.type().label()).append(' ')
                    .append(directive.documentNumber() == null ? "(đang soạn thảo)" : directive.documentNumber())
                    .append(" — ").append(directive.subject()).append('\n');
            for (UnitSummary unit : summaries.summarize(id)) {
                results.append("- ").append(unit.unitName()).append(": ").append(unit.status().label());
                if (unit.report() != null) {
                    results.append(". Báo cáo: ").append(unit.report());
                    reported.add("- " + unit.unitName() + ": " + unit.report());
                } else {
                    results.append(". Chưa có báo cáo được duyệt.");
                }
                results.append('\n');
            }
        }
        UNIT_RESULTS.set(execution, results.isEmpty() ? "Chưa có đơn vị nào được giao thực hiện." : results.toString());
        String current = REPORT_BODY.get(execution);
        if (current == null || current.equals(REPORT_PROPOSAL.get(execution))) {
            StringBuilder body = new StringBuilder("Thực hiện ").append(document.citation());
            if (document.subject() != null) {
                body.append(" về ").append(document.subjectInSentence());
            }
            body.append(", ").append(receiver.name()).append(" báo cáo kết quả như sau:\n\n");
            reported.forEach(line -> body.append(line).append('\n'));
            REPORT_BODY.set(execution, body.toString().strip());
            REPORT_PROPOSAL.set(execution, body.toString().strip());
        }
    }
}
