package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.UnitWorkVariables.EXTENSION_COMMENT;
import static vn.dang.chidao.process.UnitWorkVariables.EXTENSION_DATE;
import static vn.dang.chidao.process.UnitWorkVariables.EXTENSION_DECISION;
import static vn.dang.chidao.process.UnitWorkVariables.EXTENSION_REASON;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.ExtensionRequests;

@Component
public class RequestExtension implements JavaDelegate {

    private final ProcessBindings bindings;
    private final ExtensionRequests extensions;

    public RequestExtension(ProcessBindings bindings, ExtensionRequests extensions) {
        this.bindings = bindings;
        this.extensions = extensions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        extensions.requestExtension(bindings.recipient(execution), bindings.assignment(execution),
                EXTENSION_REASON.get(execution), parse(EXTENSION_DATE.get(execution)), CurrentUser.actor(execution));
        // the office decides from an empty form
        EXTENSION_DECISION.set(execution, null);
        EXTENSION_COMMENT.set(execution, null);
    }

    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("Thời hạn đề nghị \"" + value + "\" không phải là ngày hợp lệ.");
        }
    }
}
