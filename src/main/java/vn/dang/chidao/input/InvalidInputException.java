package vn.dang.chidao.input;

import java.util.List;

/**
 * What a user entered or chose is refused: the one user-input error of every feature (drafts, reviews, a unit's
 * work, numbering). Its messages are for the user, in Vietnamese; the REST layer answers 400 with them and with
 * the fields they concern.
 */
public class InvalidInputException extends RuntimeException {

    private final List<Problem> details;

    public InvalidInputException(String problem) {
        this(List.of(Problem.general(problem)));
    }

    private InvalidInputException(List<Problem> details) {
        super(String.join(" ", details.stream().map(Problem::message).toList()));
        this.details = List.copyOf(details);
    }

    /** Refuses with problems that name the fields they concern (or not). */
    public static InvalidInputException of(List<Problem> details) {
        return new InvalidInputException(details);
    }

    /** Refuses one field's value. */
    public static InvalidInputException onField(String field, String message) {
        return of(List.of(new Problem(field, message)));
    }

    public List<String> problems() {
        return details.stream().map(Problem::message).toList();
    }

    public List<Problem> details() {
        return details;
    }
}
