package vn.dang.chidao.importing;

import java.text.Normalizer;

import vn.dang.chidao.text.VietnameseText;

/** Vietnamese text compared without tone marks, diacritics or case ("Thành uỷ" = "THÀNH ỦY" = "thanh uy"). */
final class Fold {

    private Fold() {
    }

    /** See {@link VietnameseText#plain}. */
    static String plain(String nfc) {
        return VietnameseText.plain(nfc);
    }

    /** See {@link VietnameseText#key}. */
    static String key(String text) {
        return VietnameseText.key(text);
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
