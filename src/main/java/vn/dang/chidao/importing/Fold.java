package vn.dang.chidao.importing;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text compared without tone marks, diacritics or case ("Thành uỷ" = "THÀNH ỦY" = "thanh uy"). */
final class Fold {

    private Fold() {
    }

    /** Lower case without diacritics, one character for each character of the NFC input (indexes stay valid). */
    static String plain(String nfc) {
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
    static String key(String text) {
        return plain(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }

    /** A letter with a Vietnamese diacritic (tone mark, ă, â, ê, ô, ơ, ư, đ). */
    static boolean isVietnameseLetter(char c) {
        if (c == 'đ' || c == 'Đ') {
            return true;
        }
        if (!Character.isLetter(c) || c < 0xC0) {
            return false;
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return base.length() > 1 && base.charAt(0) < 0x80;
    }
}
