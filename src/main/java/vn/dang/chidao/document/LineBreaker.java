package vn.dang.chidao.document;

import java.text.BreakIterator;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Where a line of the PDF may wrap: between words as in any Vietnamese text, but never inside a document symbol or a
 * date. openhtmltopdf's default breaker treats "/" as in a URL and splits "12-NQ/TW" into "12-NQ" and "/TW", or
 * "19/5/1890" into "19/5" and "/1890"; this one keeps "1759-CV/HU", "22/9/1943-22/9/2023" and "VH-TT" whole.
 */
final class LineBreaker implements FSTextBreaker {

    /** Longer than any document symbol or date range ("22/9/1943-22/9/2023" is 19). */
    private static final int LONG_TOKEN = 32;

    private final BreakIterator lines = BreakIterator.getLineInstance(DocumentContent.VIETNAMESE);
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        lines.setText(newText);
    }

    @Override
    public int next() {
        int position = lines.next();
        while (position != BreakIterator.DONE && insideSymbol(position)) {
            position = lines.next();
        }
        return position;
    }

    /**
     * A break right after a "-" or "/" that joins two non-blank characters, or right before a "/". A string too long
     * for a line (an address, a path) may still break after its "/", ".", "-" or "_", rather than between two letters
     * of a word.
     */
    private boolean insideSymbol(int position) {
        if (position <= 1 || position >= text.length()) {
            return false;
        }
        char before = text.charAt(position - 1);
        char after = text.charAt(position);
        if (Character.isWhitespace(after)) {
            return false;
        }
        boolean joining = after == '/' || ((before == '-' || before == '/' || before == '–')
                && !Character.isWhitespace(text.charAt(position - 2)));
        return joining && !(tokenLength(position) >= LONG_TOKEN && after != '/');
    }

    /** Length of the run of non-blank characters around the position. */
    private int tokenLength(int position) {
        int start = position;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = position;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end - start;
    }
}
