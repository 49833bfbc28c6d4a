package vn.dang.chidao.directive;

import java.util.List;

/** A draft or a decision the server refuses; the message is for the user, in Vietnamese. */
public class DirectiveValidationException extends RuntimeException {

    private final List<Problem> details;

    public DirectiveValidationException(List<String> problems) {
        this(problems.stream().map(Problem::general).toList(), true);
    }

    public DirectiveValidationException(String problem) {
        this(List.of(problem));
    }

    private DirectiveValidationException(List<Problem> details, boolean unused) {
        super(String.join(" ", details.stream().map(Problem::message).toList()));
        this.details = List.copyOf(details);
    }

    /** Refuses with problems that name the fields they concern. */
    public static DirectiveValidationException of(List<Problem> details) {
        return new DirectiveValidationException(details, true);
    }

    /** Refuses one field's value. */
    public static DirectiveValidationException onField(String field, String message) {
        return of(List.of(new Problem(field, message)));
    }

    public List<String> problems() {
        return details.stream().map(Problem::message).toList();
    }

    public List<Problem> details() {
        return details;
    }
}
