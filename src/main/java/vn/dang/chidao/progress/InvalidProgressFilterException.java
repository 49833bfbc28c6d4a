package vn.dang.chidao.progress;

/** A filter value the server cannot understand; the message tells the user what to write instead. */
public class InvalidProgressFilterException extends IllegalArgumentException {

    public InvalidProgressFilterException(String message) {
        super(message);
    }
}
