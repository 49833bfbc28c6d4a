package vn.dang.chidao.incoming;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds in an incoming document where and by when its receivers report back ("… báo cáo kết quả về Ban Thường vụ
 * Tỉnh ủy (qua Văn phòng) trước ngày 30/11/2024", "gửi … về Ban Tuyên giáo Thành ủy … trong quý I hằng năm"): a
 * proposal for the văn thư, who confirms or corrects it.
 */
public final class UpwardReport {

    /** Where the report goes and the deadline phrase as written. */
    public record Found(String to, String deadlinePhrase) {
    }

    private static final String DEADLINE = "((?:xong |chậm nhất |hoàn thành )?(?:trước|trong|chậm nhất|vào) "
            + "(?:ngày \\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|ngày \\d{1,2} tháng \\d{1,2}(?: năm \\d{4})?"
            + "|tháng \\d{1,2}(?:[/.-]\\d{4}| năm \\d{4})?|quý [IV1-4]+(?:[/.-]\\d{4}| năm \\d{4})?)"
            + "(?: (?:hằng|hàng) năm)?)";
    private static final Pattern SENTENCE = Pattern.compile("[^.;\\n]*(?:báo cáo|gửi)[^.;\\n]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TO = Pattern.compile("\\bvề ((?:Ban|Văn phòng|Thường trực|Ủy ban|Uỷ ban|Tỉnh ủy|"
            + "Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|Bộ|Sở)[^,;()]*?)"
            + "(?= \\(| để | trước | trong | chậm | xong | vào |,|;|\\)|$)");
    private static final Pattern PHRASE = Pattern.compile(DEADLINE, Pattern.CASE_INSENSITIVE);

    private UpwardReport() {
    }

    public static Optional<Found> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String flat = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ");
        Matcher sentence = SENTENCE.matcher(flat);
        while (sentence.find()) {
            String s = sentence.group().strip();
            Matcher to = TO.matcher(s);
            if (!to.find()) {
                continue;
            }
            Matcher deadline = PHRASE.matcher(s);
            String phrase = deadline.find() ? deadline.group(1).strip() : null;
            if (phrase != null) {
                return Optional.of(new Found(to.group(1).strip(), phrase));
            }
        }
        return Optional.empty();
    }
}
