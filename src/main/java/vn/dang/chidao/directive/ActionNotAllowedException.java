package vn.dang.chidao.directive;

/** The acting user may not make this decision or touch this row; the message is for the user, in Vietnamese. */
public class ActionNotAllowedException extends RuntimeException {

    public ActionNotAllowedException(String message) {
        super(message);
    }
}
