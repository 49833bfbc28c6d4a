package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.DirectiveVariables.ASSIGNMENTS;
import static vn.dang.chidao.process.DirectiveVariables.DIRECTIVE_TYPE;
import static vn.dang.chidao.process.DirectiveVariables.DIRECTIVE_TYPE_NAME;
import static vn.dang.chidao.process.DirectiveVariables.ISSUER;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.process.ProcessBindings;

/**
 * Names the directive type for the shared forms and proposes the issuer when the drafter works for one body
 * only. The pickers' options are the draft tasks' own variables ({@link DraftOptions}).
 */
@Component
public class PrepareDraft implements JavaDelegate {

    private final DraftOptions options;
    private final ProcessBindings bindings;

    public PrepareDraft(DraftOptions options, ProcessBindings bindings) {
        this.bindings = bindings;
        this.options = options;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the type process hands over the points a leader's direction proposes (Văn bản đến); otherwise the
        // mapping makes a null variable, which Tasklist would submit back typed Null instead of the form's JSON list
        if (execution.hasVariableLocal(ASSIGNMENTS.name()) && execution.getVariableLocal(ASSIGNMENTS.name()) == null) {
            execution.removeVariableLocal(ASSIGNMENTS.name());
        }
        String type = DIRECTIVE_TYPE.get(execution);
        DIRECTIVE_TYPE_NAME.set(execution, type == null ? "văn bản" : DirectiveType.valueOf(type).label().toLowerCase());
        // a proposal only; models deployed before the bindings start without one, by the signed-in user
        String drafter = bindings.requestedByOrNull(execution);
        List<Unit> issuers = options.issuersOf(drafter != null ? drafter : CurrentUser.of(execution));
        if (issuers.size() == 1 && ISSUER.get(execution) == null) {
            ISSUER.set(execution, issuers.get(0).code());
        }
    }
}
