package vn.dang.chidao.progress;

/** The directive exists but the caller may not read its process instance. */
public class DirectiveNotReadableException extends RuntimeException {

    public DirectiveNotReadableException() {
        super("Bạn không có quyền xem tiến độ của văn bản này.");
    }
}
