package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.DirectiveVariables.DOCUMENT_NUMBER;
import static vn.dang.chidao.process.DirectiveVariables.ISSUED_ON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.numbering.NumberingService;
import vn.dang.chidao.process.ProcessBindings;

@Component
public class AssignDocumentNumber implements JavaDelegate {

    private final ProcessBindings bindings;
    private final NumberingService numbering;
    private final DirectiveService directives;

    public AssignDocumentNumber(ProcessBindings bindings, NumberingService numbering, DirectiveService directives) {
        this.bindings = bindings;
        this.numbering = numbering;
        this.directives = directives;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = bindings.directive(execution);
        DOCUMENT_NUMBER.set(execution, numbering.assign(id).toString());
        ISSUED_ON.set(execution, VietnameseDates.format(directives.get(id).issuedOn()));
    }
}
