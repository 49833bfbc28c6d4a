package vn.dang.chidao.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects everything wrong with one submission, so the user reads every problem at once, then refuses it as one
 * {@link InvalidInputException}. A null message is no problem: validators that answer null when a value is fine
 * can be added as they are.
 */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    /** A problem of the submission as a whole. */
    public Problems add(String message) {
        return add(null, message);
    }

    /** A problem of one form field ({@code null}: of the whole). */
    public Problems add(String field, String message) {
        if (message != null) {
            found.add(new Problem(field, message));
        }
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }

    /** @throws InvalidInputException with every problem added, in order, when there is any */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw InvalidInputException.of(found);
        }
    }
}
