package vn.dang.chidao.process.delegate;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.document.DirectiveDocuments;
import vn.dang.chidao.process.ProcessBindings;

/**
 * Renders the issued document (PDF and DOCX) in the dispatch job, before any unit gets a task: the signer's
 * approval and the number counter's row lock no longer wait for the renderer, and a renderer failure is a job
 * retry (then an incident) instead of a refused approval.
 */
@Component
public class GenerateDirectiveDocument implements JavaDelegate {

    private final ProcessBindings bindings;
    private final DirectiveDocuments documents;

    public GenerateDirectiveDocument(ProcessBindings bindings, DirectiveDocuments documents) {
        this.bindings = bindings;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        documents.generate(bindings.directive(execution));
    }
}
