package vn.dang.chidao.importing;

/** A document the reader will not read; the message is for the user, in Vietnamese. */
public class ImportRefusedException extends RuntimeException {

    private final boolean tooLarge;

    public ImportRefusedException(String message) {
        this(message, false);
    }

    private ImportRefusedException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    public static ImportRefusedException tooLarge() {
        return new ImportRefusedException("Tệp quá lớn: chỉ nhận văn bản đến " + TextExtractor.MAX_MEGABYTES
                + " MB.", true);
    }

    /** Over the size limit (HTTP 413), rather than unreadable (400). */
    public boolean isTooLarge() {
        return tooLarge;
    }
}
