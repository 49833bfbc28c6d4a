package vn.dang.chidao.progress;

/** No directive with that id, or no directive behind that process instance. */
public class DirectiveNotFoundException extends RuntimeException {

    public DirectiveNotFoundException(String message) {
        super(message);
    }
}
