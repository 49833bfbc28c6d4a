package vn.dang.chidao.engine.guard;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.rest.exception.RestException;

import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.input.Problem;

/**
 * Input the application refuses (a field the form does not have, a read-only field changed, a draft or report that
 * fails its checks): 400 with the Vietnamese message, on the engine REST API and on the webapps' API Tasklist uses
 * alike. A RestException, because the REST resources wrap every engine exception of a task completion into a 500.
 */
public class InputRefused extends RestException {

    private final List<Problem> details;

    public InputRefused(String message) {
        this(List.of(message));
    }

    public InputRefused(List<String> problems) {
        this(problems.stream().map(Problem::general).toList(), true);
    }

    private InputRefused(List<Problem> details, boolean unused) {
        super(Response.Status.BAD_REQUEST, String.join(" ", details.stream().map(Problem::message).toList()));
        this.details = List.copyOf(details);
    }

    static InputRefused ofProblems(List<Problem> details) {
        return new InputRefused(details, true);
    }

    static InputRefused of(InvalidInputException e) {
        InputRefused refused = ofProblems(e.details());
        refused.initCause(e);
        return refused;
    }

    public List<String> problems() {
        return details.stream().map(Problem::message).toList();
    }

    /** The problems with the form field each concerns, where it concerns one. */
    public List<Problem> details() {
        return details;
    }
}
