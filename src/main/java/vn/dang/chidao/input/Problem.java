package vn.dang.chidao.input;

/**
 * One thing the server refuses in what a user entered, in Vietnamese. {@code field} names the input it concerns
 * as the form names it ({@code subject}, {@code assignments[1].deadline}), or is null when it concerns the whole.
 */
public record Problem(String field, String message) {

    public static Problem general(String message) {
        return new Problem(null, message);
    }

    /** A field of the i-th item (from 0) of a list field. */
    public static String item(String list, int index, String field) {
        return list + "[" + index + "]." + field;
    }
}
