package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.DirectiveVariables.DIRECTIVE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.document.DirectiveDocuments;

/**
 * Renders the issued document (PDF and DOCX) in the dispatch job, before any unit gets a task: the signer's
 * approval and the number counter's row lock no longer wait for the renderer, and a renderer failure is a job
 * retry (then an incident) instead of a refused approval.
 */
@Component
public class GenerateDirectiveDocument implements JavaDelegate {

    private final DirectiveDocuments documents;

    public GenerateDirectiveDocument(DirectiveDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        documents.generate(DIRECTIVE_ID.require(execution));
    }
}
