package vn.dang.chidao.process.guard;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.rest.exception.RestException;

import vn.dang.chidao.directive.DirectiveValidationException;

/**
 * Input the application refuses (a field the form does not have, a read-only field changed, a draft or report that
 * fails its checks): 400 with the Vietnamese message, on the engine REST API and on the webapps' API Tasklist uses
 * alike. A RestException, because the REST resources wrap every engine exception of a task completion into a 500.
 */
public class InputRefused extends RestException {

    private final List<String> problems;

    public InputRefused(String message) {
        this(List.of(message));
    }

    public InputRefused(List<String> problems) {
        super(Response.Status.BAD_REQUEST, String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    static InputRefused of(DirectiveValidationException e) {
        InputRefused refused = new InputRefused(e.problems());
        refused.initCause(e);
        return refused;
    }

    public List<String> problems() {
        return problems;
    }
}
