package vn.dang.chidao.incoming;

import java.util.Locale;
import java.util.Set;

/**
 * A header's capitals as a name in running text: "BAN TUYÊN GIÁO" + "TỈNH ỦY LÀO CAI" → "Ban Tuyên giáo Tỉnh ủy
 * Lào Cai". A proposal: the văn thư corrects what the rule misses.
 */
public final class OrganizationNames {

    private static final Set<String> BEFORE_UY = Set.of("tỉnh", "thành", "huyện", "đảng", "quận", "thị", "xã");
    private static final Set<String> UY = Set.of("ủy", "uỷ");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private OrganizationNames() {
    }

    /** The issuing body (a Ban, Văn phòng …) followed by its cấp ủy when the header has both. */
    public static String of(String issuingBody, String superiorBody) {
        String issuing = blankToNull(issuingBody);
        String superior = blankToNull(superiorBody);
        if (issuing == null && superior == null) {
            return null;
        }
        if (issuing == null) {
            return proper(superior);
        }
        String lower = issuing.toLowerCase(VI);
        boolean servesACommittee = lower.startsWith("ban ") || lower.startsWith("văn phòng")
                || lower.startsWith("ủy ban kiểm tra") || lower.startsWith("uỷ ban kiểm tra");
        if (servesACommittee && superior != null && !superior.toLowerCase(VI).startsWith("đảng bộ")) {
            return proper(issuing + " " + superior);
        }
        return proper(issuing);
    }

    static String proper(String capitals) {
        String[] words = capitals.strip().toLowerCase(VI).split("\\s+");
        StringBuilder out = new StringBuilder();
        boolean placeName = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String previous = i == 0 ? "" : words[i - 1];
            String next = i + 1 < words.length ? words[i + 1] : "";
            boolean capital = i == 0 || previous.equals("ban") || (BEFORE_UY.contains(w) && UY.contains(next))
                    || (placeName && !UY.contains(w));
            if (UY.contains(w) && BEFORE_UY.contains(previous)) {
                placeName = true;
            }
            if (i > 0) {
                out.append(' ');
            }
            out.append(capital ? w.substring(0, 1).toUpperCase(VI) + w.substring(1) : w);
        }
        return out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
