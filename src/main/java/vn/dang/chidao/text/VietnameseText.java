package vn.dang.chidao.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text compared without tone marks, diacritics, case or punctuation ("Thành uỷ" = "THÀNH ỦY" =
 * "thanh uy"), as people type names differently: the document's unit lines, the reader's unit matching.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /** Lower case without diacritics, one character for each character of the NFC input (indexes stay valid). */
    public static String plain(String nfc) {
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == 'đ' || c == 'Đ' || c == '\u00D0' || c == '\u00F0') {
                out.append('d');
                continue;
            }
            if (c < 0x80) {
                out.append(Character.toLowerCase(c));
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            out.append(Character.toLowerCase(base.charAt(0)));
        }
        return out.toString();
    }

    /** {@link #plain} with only letters and digits, words separated by one space. */
    public static String key(String text) {
        return plain(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }
}
