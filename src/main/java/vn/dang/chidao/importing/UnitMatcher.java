package vn.dang.chidao.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dang.chidao.directory.RecipientGroup;
import vn.dang.chidao.directory.Unit;

/**
 * Matches the unit phrases of a document against the directory: names and the usual abbreviations (MTTQ, BTG,
 * UBND, HU, TU …), diacritics, tone-mark placement and case ignored; a group phrase ("Các chi, đảng bộ trực
 * thuộc") gives the recipient group's token. A phrase that names nothing in the directory gives null.
 */
public final class UnitMatcher implements UnitResolver {

    /** Abbreviations as written in upper case (a lower-case "tu" or "du" is an ordinary word). */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("MTTQ", "mặt trận tổ quốc"), Map.entry("UBMTTQ", "ủy ban mặt trận tổ quốc"),
            Map.entry("BTG", "ban tuyên giáo"), Map.entry("BTGHU", "ban tuyên giáo huyện ủy"),
            Map.entry("BTGTU", "ban tuyên giáo tỉnh ủy"), Map.entry("UBND", "ủy ban nhân dân"),
            Map.entry("HĐND", "hội đồng nhân dân"), Map.entry("HU", "huyện ủy"), Map.entry("TU", "tỉnh ủy"),
            Map.entry("ĐU", "đảng ủy"), Map.entry("QU", "quận ủy"), Map.entry("TX", "thị xã"),
            Map.entry("TP", "thành phố"), Map.entry("UBKT", "ủy ban kiểm tra"), Map.entry("BCĐ", "ban chỉ đạo"),
            Map.entry("BCD", "ban chỉ đạo"), Map.entry("VP", "văn phòng"), Map.entry("BTC", "ban tổ chức"),
            Map.entry("BDV", "ban dân vận"), Map.entry("BDVHU", "ban dân vận huyện ủy"),
            Map.entry("BTCHU", "ban tổ chức huyện ủy"), Map.entry("TTCT", "trung tâm chính trị"),
            Map.entry("CCB", "cựu chiến binh"), Map.entry("LHPN", "liên hiệp phụ nữ"),
            Map.entry("ĐTN", "đoàn thanh niên"), Map.entry("TNCS", "thanh niên cộng sản"));
    private static final Pattern UPPER_WORD = Pattern.compile("\\b[\\p{Lu}Đ]{2,6}\\b");
    /** Words a phrase may add after a name without naming anything else ("… trực thuộc Thành ủy", "… huyện"). */
    private static final Set<String> FILLER = Set.of("huyen", "uy", "thanh", "tinh", "pho", "xa", "phuong", "quan",
            "truc", "thuoc", "cap", "tren");

    private record Entry(String token, String key, String reduced) {
    }

    private final List<Entry> units = new ArrayList<>();
    private final List<Entry> groups = new ArrayList<>();

    /**
     * @param units the directory's active units
     * @param groups the recipient groups of the importing body (empty when there is none)
     */
    public UnitMatcher(List<Unit> units, List<RecipientGroup> groups) {
        for (Unit unit : units) {
            String key = key(unit.name());
            String place = unit.placeName() == null ? "" : key(unit.placeName());
            // "Ủy ban MTTQ huyện" names "Ủy ban MTTQ huyện Bảo Yên" in a document of Bảo Yên
            String reduced = place.isEmpty() ? "" : (" " + key + " ").replace(" " + place + " ", " ")
                    .replaceAll("\\s+", " ").strip();
            this.units.add(new Entry(unit.code(), key, reduced));
        }
        for (RecipientGroup group : groups) {
            String key = key(group.name());
            this.groups.add(new Entry(group.token(), key, reduce(key)));
        }
        this.groups.sort(Comparator.comparingInt((Entry e) -> e.key().length()).reversed());
    }

    @Override
    public String resolve(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String key = key(text);
        for (Entry unit : units) {
            if (unit.key().equals(key)) {
                return unit.token();
            }
        }
        String reduced = reduce(key);
        for (Entry group : groups) {
            if (group.key().equals(key) || group.reduced().equals(reduced)
                    || (" " + key + " ").contains(" " + group.key() + " ") && group.key().length() >= 12) {
                return group.token();
            }
        }
        // without its place name a phrase may fit several units ("Đảng ủy xã"): then it names none
        List<String> fits = units.stream().filter(u -> !u.reduced().isEmpty() && !u.reduced().equals(u.key())
                && u.reduced().equals(key)).map(Entry::token).toList();
        return fits.size() == 1 ? fits.get(0) : null;
    }

    /** Folded words with the abbreviations spelt out. */
    static String key(String text) {
        Matcher m = UPPER_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String full = ABBREVIATIONS.get(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(full == null ? m.group() : full));
        }
        m.appendTail(out);
        return Fold.key(out.toString().replace("ủy ban mặt trận tổ quốc", "mặt trận tổ quốc")
                .replace("Ủy ban Mặt trận Tổ quốc", "mặt trận tổ quốc"))
                .replace("uy ban mat tran to quoc", "mat tran to quoc");
    }

    /** A group phrase without its leading "các" and the trailing words that only say whose ("… trực thuộc Huyện ủy"). */
    private static String reduce(String key) {
        List<String> words = new ArrayList<>(Arrays.asList(key.strip().split("\\s+")));
        while (!words.isEmpty() && FILLER.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        if (words.size() > 1 && words.get(0).equals("cac")) {
            words.remove(0);
        }
        return String.join(" ", words).strip();
    }
}
