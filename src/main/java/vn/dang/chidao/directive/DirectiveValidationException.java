package vn.dang.chidao.directive;

import java.util.List;

/** A draft or a decision the server refuses; the message is for the user, in Vietnamese. */
public class DirectiveValidationException extends RuntimeException {

    private final List<String> problems;

    public DirectiveValidationException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public DirectiveValidationException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
