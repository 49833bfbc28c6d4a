package vn.dang.chidao.document;

/** The directive has no draft any more (it is numbered and issued); the message is for the user, in Vietnamese. */
public class DraftNotAvailableException extends RuntimeException {

    public DraftNotAvailableException(String message) {
        super(message);
    }
}
