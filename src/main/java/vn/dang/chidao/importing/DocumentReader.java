package vn.dang.chidao.importing;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dang.chidao.deadline.DeadlinePhraseException;
import vn.dang.chidao.deadline.DeadlinePhraseParser;
import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.importing.ImportedDocument.Assignment;
import vn.dang.chidao.importing.ImportedDocument.Signature;
import vn.dang.chidao.importing.ImportedDocument.UnitMention;

/**
 * Reads the plain text of a Party document (Hướng dẫn 36-HD/VPTW layout) into its parts. Tolerates what PDF and
 * Word extraction leave behind: header columns interleaved, lines broken inside paragraphs and names, ** and *
 * markers, old-style tone marks (keywords are compared without diacritics). Stateless and thread-safe.
 */
public final class DocumentReader {

    private static final Map<String, DirectiveType> TITLES = titles();
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d*)\\s*[-–]\\s*([\\p{L}]{2,4})\\s*/\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}\\-]*)");
    private static final Pattern DATE = Pattern.compile(
            "ngay\\s*(\\d{1,2})?\\s*thang\\s*(\\d{1,2})?\\s*(?:nam|,)\\s*(\\d{4})");
    private static final Pattern SYMBOL = Pattern.compile("(?:^|\\s)so\\s*[:.]?\\s*\\d*\\s*[-–]\\s*\\p{L}{2,4}\\s*/");
    private static final Pattern MARKER = Pattern.compile("^[-–—+•·]\\s*");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+(.*)$", Pattern.DOTALL);
    /** "3.1. Ban Tuyên giáo" or "a) Các chi bộ": a heading only when it names units. */
    private static final Pattern SUB_NUMBERED = Pattern.compile("^(?:\\d{1,2}\\.\\d{1,2}\\.?|[a-zđ]\\))\\s+(.*)$",
            Pattern.DOTALL);
    private static final Pattern ROMAN = Pattern.compile("^[IVX]{1,5}[.)]\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern DOCUMENT_REFERENCE = Pattern.compile("\\bso\\s*\\d*\\s*-\\s*[a-z]{2,4}\\s*/");
    private static final Pattern BASIS_START = Pattern.compile(
            "^(?:thoi gian qua,\\s*)?(?:can cu|thuc hien|theo|trien khai|tiep theo|de trien khai|de thuc hien|"
            + "duoc su dong y)\\b");
    private static final Pattern CLOSING = Pattern.compile(
            "^(?:yeu cau|de nghi cac|tren day la|nhan duoc|trong qua trinh|\\(co |\\(gui kem|qua trinh)");
    private static final Pattern AUTHORITY = Pattern.compile("^(?:t/m|k/t|t/l|t/uq|tm\\.|kt\\.|tl\\.|tuq\\.)\\s*");
    /** How an issuing body's header line begins; a line that does not is the rest of the line above. */
    private static final Pattern BODY_HEAD = Pattern.compile(
            "^(?:dang bo|dang uy|dang doan|tinh uy|thanh uy|huyen uy|quan uy|thi uy|ban |van phong|uy ban|chi bo|"
            + "trung uong|bo chinh tri|ban bi thu|ban can su|cong doan|doan |hoi dong|dang cong san)");
    /** How a unit named at the head of a point begins. */
    private static final Pattern UNIT_HEAD = Pattern.compile(
            "^(?:cac (?:chi|dang|co quan|to chuc|don vi|ban|xa|phuong|dong chi|huyen|trung tam|truong|phong|hoi|doan"
            + "|cap uy|so|thanh uy|tinh uy)|chi bo|dang uy|dang bo|dang doan|ban can su|ban |van phong|uy ban|ubnd|ubkt|mttq|mat tran|phong |so |trung tam|"
            + "doan |hoi |lien doan|cong an|quan su|bo chi huy|to |truong |benh vien|bao |dai |cong thong tin|"
            + "cong thong tin|thuong truc|thuong vu|huyen doan|thanh doan|tinh doan|doi ngu|bch|bcd|hdnd|toa an|"
            + "vien kiem sat|chi cuc|kho bac|ngan hang|trung doan|ban chi dao)");
    /** Where a list of units splits at a comma: the next part begins as a unit does (a name keeps its commas). */
    private static final Pattern UNIT_SPLIT_HEAD = Pattern.compile(
            "^(?:Các |Chi bộ|Đảng ủy|Đảng bộ|Đảng đoàn|Ban |Văn phòng|Ủy ban|UBND|MTTQ|Mặt trận|Phòng |Sở |Trung tâm|Đoàn |"
            + "Hội |Liên đoàn|Công an|Tổ |Trường |Báo |Đài |Cổng|Công thông tin|Thường trực|đội ngũ|Huyện đoàn|"
            + "Thành đoàn|Tỉnh đoàn|BCĐ|BCD|Ban Chỉ đạo|Kho bạc|Chi cục)");
    private static final Pattern DEADLINE = Pattern.compile(
            "(?:(?:xong|hoàn thành)\\s+)?(?:trước|chậm nhất(?:\\s+là)?|trong|đến hết|đến|hết|vào)"
            + "\\s+(?:cuối\\s+)?(?:(?:ngày\\s*)?\\d{1,2}\\s*/\\s*\\d{1,2}(?:\\s*/\\s*\\d{2,4})?"
            + "|ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}(?:\\s*,?\\s*năm\\s+\\d{4})?"
            + "|tháng\\s+\\d{1,2}(?:\\s*/\\s*\\d{4}|\\s*,?\\s*năm\\s+\\d{4})?"
            + "|qu[ýí]\\s+(?:IV|I{1,3}|[1-4])\\b(?:\\s*/\\s*\\d{4}|\\s*,?\\s*năm\\s+\\d{4})?"
            + "|(?:6|sáu)\\s+tháng\\s+(?:đầu|cuối)\\s+năm(?:\\s+\\d{4})?"
            + "|năm\\s+\\d{4})"
            + "(?:\\s*,?\\s*(?:hằng|hàng)\\s+năm)?"
            + "|định\\s+kỳ\\s+(?:(?:6|sáu)\\s+tháng|hằng\\s+quý|hàng\\s+quý|hằng\\s+tháng|hàng\\s+tháng)"
            + "(?:\\s*,\\s*(?:hằng|hàng)\\s+năm)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern LEAD_UNIT = Pattern.compile(
            "^([^.:;]{3,120}?)\\s+(?:chủ trì|có trách nhiệm|chịu trách nhiệm|tham mưu|phối hợp)\\b");

    private final DeadlinePhraseParser deadlines = new DeadlinePhraseParser();

    public ImportedDocument read(String text, UnitResolver units) {
        return new Reading(lines(text), units == null ? UnitResolver.NONE : units).read();
    }

    /** NFC, one space, no bold/italic markers (a lone "*" under the issuer stays), no invisible characters. */
    static List<String> lines(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\u00AD\\u200B-\\u200D\\uFEFF]", "")
                .replaceAll("[\\t\\u00A0\\u2007\\u202F\\u3000]", " ");
        List<String> lines = new ArrayList<>();
        for (String raw : nfc.split("\n", -1)) {
            String line = raw.strip();
            if (!line.equals("*")) {
                line = line.replace("*", "").replaceAll(" {2,}", " ").strip();
            }
            // rules drawn under the subject or the header ("-----", "___") are layout, not text
            lines.add(line.matches("[-_=~.–—\\s]{3,}") ? "" : line.replaceAll("^[–—]\\s*", "- "));
        }
        return lines;
    }

    private static Map<String, DirectiveType> titles() {
        Map<String, DirectiveType> titles = new LinkedHashMap<>();
        for (DirectiveType type : DirectiveType.values()) {
            titles.put(Fold.key(type.label()), type);
        }
        titles.put("quy dinh", DirectiveType.QD);
        return titles;
    }

    private static boolean isUpperCase(String line) {
        int letters = 0;
        for (char c : line.toCharArray()) {
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    private static String trimPunctuation(String s) {
        return s.replaceAll("^[\\s,;:.\\-–]+|[\\s,;:]+$", "").replaceAll("(?<!\\.)\\.$", "").strip();
    }

    private final class Reading {

        private final List<String> lines;
        private final UnitResolver units;
        private final List<String> warnings = new ArrayList<>();

        private DirectiveType typeFromNumber;
        private DirectiveType typeFromTitle;
        private String number;
        private String place;
        private LocalDate issuedOn;
        private String subject;
        private final List<String> bodies = new ArrayList<>();
        private List<UnitMention> recipients;

        Reading(List<String> lines, UnitResolver units) {
            this.lines = lines;
            this.units = units;
        }

        ImportedDocument read() {
            int copiesAt = lastIndex("noi nhan");
            int recipientsAt = firstRecipientLine(copiesAt < 0 ? lines.size() : copiesAt);
            int titleAt = titleLine(recipientsAt < 0 ? Math.min(lines.size(), 40) : recipientsAt);
            int headerEnd = recipientsAt >= 0 ? recipientsAt : titleAt >= 0 ? titleAt : headerEndByText();
            header(0, headerEnd);
            int bodyStart = headerEnd;
            if (titleAt >= 0 && (recipientsAt < 0 || titleAt < recipientsAt)) {
                bodyStart = titleSubject(titleAt);
                if (recipientsAt >= 0) {
                    bodyStart = recipientsAt;
                }
            }
            if (recipientsAt >= 0) {
                bodyStart = recipients(recipientsAt);
            }
            int end = copiesAt >= 0 ? copiesAt : signatureStartWithoutCopies();
            List<String> paragraphs = paragraphs(bodyStart, end);
            Signature signature;
            List<String> copies = null;
            if (copiesAt >= 0) {
                List<String> signing = new ArrayList<>();
                copies = copies(copiesAt, signing);
                signature = signature(signing);
            } else {
                signature = signature(nonBlank(end, lines.size()));
            }
            return content(paragraphs, copies, signature);
        }

        // ---- header ----

        private int lastIndex(String plainStart) {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (Fold.plain(lines.get(i)).replaceAll("^[-\\s]+", "").startsWith(plainStart)) {
                    return i;
                }
            }
            return -1;
        }

        private int firstRecipientLine(int before) {
            for (int i = 0; i < before; i++) {
                String p = Fold.plain(lines.get(i)).replaceAll("^[-\\s]+", "");
                if (p.startsWith("kinh gui")) {
                    return i;
                }
            }
            return -1;
        }

        private int titleLine(int before) {
            for (int i = 0; i < before; i++) {
                String line = lines.get(i);
                if (isUpperCase(line) && TITLES.containsKey(Fold.key(line)) && !Fold.key(line).equals("cong van")) {
                    return i;
                }
            }
            return -1;
        }

        /** Without Kính gửi or a title: the header ends where the first long paragraph begins. */
        private int headerEndByText() {
            for (int i = 0; i < lines.size(); i++) {
                String p = Fold.plain(lines.get(i));
                if (lines.get(i).length() > 150 || BASIS_START.matcher(p).find() && lines.get(i).length() > 60) {
                    return i;
                }
            }
            return Math.min(lines.size(), 12);
        }

        private void header(int from, int to) {
            List<String> names = new ArrayList<>();
            List<String> subjectLines = new ArrayList<>();
            boolean inSubject = false;
            boolean vv = false;
            for (int i = from; i < to; i++) {
                String line = lines.get(i);
                String p = Fold.plain(line);
                if (line.isEmpty() || line.equals("*")) {
                    if (inSubject && line.isEmpty() && !subjectLines.isEmpty()) {
                        inSubject = nextStartsLowerCase(i);
                    }
                    continue;
                }
                int party = p.indexOf("dang cong san viet nam");
                if (party >= 0) {
                    line = (line.substring(0, party) + " " + line.substring(party + 22)).strip();
                    p = Fold.plain(line);
                    inSubject = false;
                    if (line.isEmpty()) {
                        continue;
                    }
                }
                Matcher date = DATE.matcher(p);
                if (date.find()) {
                    line = date(line, date).strip();
                    p = Fold.plain(line);
                    inSubject = false;
                    if (line.isEmpty()) {
                        continue;
                    }
                }
                Matcher symbol = SYMBOL.matcher(p);
                if (symbol.find()) {
                    String head = line.substring(0, symbol.start()).strip();
                    number(line.substring(symbol.start()).strip());
                    inSubject = false;
                    if (head.isEmpty() || !isUpperCase(head)) {
                        continue;
                    }
                    // the issuer's name and "Số …" on one line
                    line = head;
                    p = Fold.plain(line);
                }
                if (p.startsWith("v/v") || p.startsWith("v/v:") || p.startsWith("ve viec")) {
                    vv = true;
                    subjectLines.clear();
                    subjectLines.add(line);
                    inSubject = true;
                    continue;
                }
                if (isUpperCase(line)) {
                    inSubject = false;
                    if (names.isEmpty() || BODY_HEAD.matcher(p).find()) {
                        names.add(line);
                    } else {
                        names.set(names.size() - 1, names.get(names.size() - 1) + " " + line);
                    }
                    continue;
                }
                if (inSubject || !vv && (subjectLines.isEmpty() || previousNonBlankIsSubject(i, subjectLines))) {
                    subjectLines.add(line);
                    inSubject = true;
                }
            }
            if (!subjectLines.isEmpty() && subject == null) {
                subject = String.join(" ", subjectLines).replaceAll("\\s+", " ").strip();
            }
            if (names.size() >= 2) {
                bodies.add(names.get(0));
                bodies.add(String.join(" ", names.subList(1, names.size())));
            } else if (names.size() == 1) {
                bodies.add(null);
                bodies.add(names.get(0));
            }
        }

        private boolean previousNonBlankIsSubject(int i, List<String> subjectLines) {
            for (int j = i - 1; j >= 0; j--) {
                if (!lines.get(j).isEmpty()) {
                    return lines.get(j).endsWith(subjectLines.get(subjectLines.size() - 1));
                }
            }
            return false;
        }

        private boolean nextStartsLowerCase(int i) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (!lines.get(j).isEmpty()) {
                    return Character.isLowerCase(lines.get(j).charAt(0));
                }
            }
            return false;
        }

        /** Sets the place and the date; returns what the line holds before the place (an interleaved column). */
        private String date(String line, Matcher date) {
            String before = line.substring(0, date.start()).replaceAll("[,\\s]+$", "").strip();
            List<String> words = before.isEmpty() ? List.of() : Arrays.asList(before.split(" "));
            int start = 0;
            Matcher symbol = NUMBER.matcher(before);
            if (symbol.find()) {
                start = before.substring(0, symbol.end()).split(" ").length;
            } else if (Fold.plain(before).startsWith("v/v")) {
                // "V/v … sinh hoạt Bảo Yên": the place is the capitalised words at the end
                start = words.size();
                while (start > 1 && Character.isUpperCase(words.get(start - 1).charAt(0))) {
                    start--;
                }
            } else {
                while (start < words.size() - 1 && isUpperCase(words.get(start)) && words.get(start).length() > 1
                        && !words.get(start).endsWith(".")) {
                    start++;
                }
            }
            String found = String.join(" ", words.subList(start, words.size())).strip();
            place = found.isEmpty() ? null : found;
            if (date.group(1) != null && date.group(2) != null) {
                try {
                    issuedOn = LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)),
                            Integer.parseInt(date.group(1)));
                } catch (DateTimeException e) {
                    warnings.add("Ngày ban hành không hợp lệ: " + line.substring(date.start()).strip() + ".");
                }
            } else {
                warnings.add("Văn bản chưa ghi đủ ngày ban hành (" + line.substring(date.start()).strip() + ").");
            }
            return String.join(" ", words.subList(0, start));
        }

        private void number(String line) {
            Matcher m = NUMBER.matcher(line);
            if (!m.find()) {
                warnings.add("Không đọc được số, ký hiệu: " + line + ".");
                return;
            }
            String abbreviation = m.group(2);
            for (DirectiveType type : DirectiveType.values()) {
                if (Fold.key(type.abbreviation()).equals(Fold.key(abbreviation))) {
                    typeFromNumber = type;
                    abbreviation = type.abbreviation();
                }
            }
            number = m.group(1) + "-" + abbreviation + "/" + m.group(3);
            if (m.group(1).isEmpty()) {
                warnings.add("Văn bản chưa có số (" + number + ").");
            }
        }

        /** The title's subject lines, up to a blank line or the first paragraph; returns where the body begins. */
        private int titleSubject(int titleAt) {
            typeFromTitle = TITLES.get(Fold.key(lines.get(titleAt)));
            List<String> subjectLines = new ArrayList<>();
            int i = titleAt + 1;
            for (; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isEmpty()) {
                    if (subjectLines.isEmpty() || nextStartsLowerCase(i)) {
                        continue;
                    }
                    break;
                }
                String p = Fold.plain(line);
                if (line.length() > 120 || BASIS_START.matcher(p).find() && !subjectLines.isEmpty()
                        || ROMAN.matcher(line).matches() || line.equals("*")) {
                    break;
                }
                subjectLines.add(line);
            }
            subject = String.join(" ", subjectLines).replaceAll("\\s+", " ").strip();
            subject = subject.isEmpty() ? null : subject;
            return i;
        }

        // ---- Kính gửi ----

        private int recipients(int at) {
            List<String> found = new ArrayList<>();
            String first = lines.get(at).replaceAll("^[-\\s]+", "");
            first = first.substring(Math.min(first.length(), "Kính gửi".length()));
            first = MARKER.matcher(first.replaceAll("^\\s*:?\\s*", "")).replaceFirst("").strip();
            if (!first.isEmpty()) {
                found.add(first);
            }
            int i = at + 1;
            boolean blank = false;
            for (; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isEmpty()) {
                    blank = true;
                    continue;
                }
                if (MARKER.matcher(line).lookingAt()) {
                    found.add(MARKER.matcher(line).replaceFirst(""));
                    blank = false;
                    continue;
                }
                String last = found.isEmpty() ? "" : found.get(found.size() - 1);
                boolean open = !found.isEmpty() && !last.matches(".*[,;.:]$");
                boolean newBlock = NUMBERED.matcher(line).matches() || ROMAN.matcher(line).matches()
                        || BASIS_START.matcher(Fold.plain(line)).find();
                if (!newBlock && open && (!blank && line.length() < 80 || Character.isLowerCase(line.charAt(0)))) {
                    found.set(found.size() - 1, last + " " + line);
                    continue;
                }
                // a list without dashes (Word paragraphs): the first line, then lines after a "," or ";"
                if (!newBlock && line.length() < 100 && (found.isEmpty() || last.matches(".*[,;]$"))) {
                    found.add(line);
                    blank = false;
                    continue;
                }
                break;
            }
            recipients = found.stream().map(DocumentReader::trimPunctuation).filter(s -> !s.isEmpty())
                    .map(this::mention).toList();
            return i;
        }

        // ---- paragraphs ----

        /**
         * Lines into paragraphs: a blank line ends one unless the next line goes on in lower case; without blank
         * lines (PDF text) a line continues the one above when that one is nearly full width.
         */
        private List<String> paragraphs(int from, int to) {
            List<String> body = lines.subList(Math.max(0, from), Math.max(from, to));
            int[] lengths = body.stream().filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
            int full = lengths.length == 0 ? 0 : (int) (lengths[(int) Math.floor(0.9 * (lengths.length - 1))] * 0.72);
            List<String> paragraphs = new ArrayList<>();
            boolean blank = true;
            String previousLine = "";
            for (String line : body) {
                if (line.isEmpty() || line.equals("*")) {
                    blank = true;
                    continue;
                }
                boolean listItem = MARKER.matcher(line).lookingAt() || NUMBERED.matcher(line).matches()
                        || ROMAN.matcher(line).matches() || SUB_NUMBERED.matcher(line).matches();
                // a full-width numbered heading ("2. Trung tâm …") goes on only to the line closing it with ":"
                boolean headingAbove = !paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).equals(previousLine)
                        && NUMBERED.matcher(previousLine).matches() && Character.isUpperCase(line.charAt(0))
                        && !line.endsWith(":");
                boolean goesOn = !paragraphs.isEmpty() && !listItem && !previousLine.endsWith(":")
                        && (Character.isLowerCase(line.charAt(0)) && !previousLine.matches(".*[.;!?]$")
                        || !blank && !headingAbove && previousLine.length() >= full
                        && !previousLine.matches(".*[.;!?:]$"));
                if (goesOn) {
                    paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + " " + line);
                } else {
                    paragraphs.add(line);
                }
                previousLine = line;
                blank = false;
            }
            return paragraphs;
        }

        // ---- body, basis, assignments ----

        private ImportedDocument content(List<String> paragraphs, List<String> copies, Signature signature) {
            String basis = null;
            int start = 0;
            if (!paragraphs.isEmpty()) {
                String p = Fold.plain(paragraphs.get(0));
                if (BASIS_START.matcher(p).find() && DOCUMENT_REFERENCE.matcher(p).find()) {
                    basis = paragraphs.get(0);
                    start = 1;
                }
            }
            List<String> rest = paragraphs.subList(start, paragraphs.size());
            int zoneStart = 0;
            int zoneEnd = rest.size();
            for (int i = 0; i < rest.size(); i++) {
                Matcher roman = ROMAN.matcher(rest.get(i));
                Matcher numbered = NUMBERED.matcher(rest.get(i));
                Pattern level = roman.matches() ? ROMAN : NUMBERED;
                Matcher section = roman.matches() ? roman : numbered.matches() ? numbered : null;
                String title = section == null ? "" : Fold.key(section.group(section.groupCount()));
                if (title.startsWith("to chuc thuc hien") && title.split(" ").length <= 6) {
                    zoneStart = i + 1;
                    for (int j = i + 1; j < rest.size(); j++) {
                        if (level.matcher(rest.get(j)).matches()) {
                            zoneEnd = j;
                            break;
                        }
                    }
                    break;
                }
            }
            List<String> bodyParts = new ArrayList<>(rest.subList(0, zoneStart));
            List<Assignment> assignments = assignments(rest.subList(zoneStart, zoneEnd), bodyParts, basis);
            bodyParts.addAll(rest.subList(zoneEnd, rest.size()));
            DirectiveType type = typeFromNumber != null ? typeFromNumber : typeFromTitle;
            if (typeFromNumber != null && typeFromTitle != null && typeFromNumber != typeFromTitle) {
                warnings.add("Loại văn bản ở số, ký hiệu (" + typeFromNumber.label() + ") khác tên loại ("
                        + typeFromTitle.label() + ").");
            }
            if (type == null && subject != null && Fold.plain(subject).startsWith("v/v")) {
                type = DirectiveType.CV;
            }
            if (type == null) {
                warnings.add("Không xác định được loại văn bản.");
            }
            if (number == null) {
                warnings.add("Không tìm thấy số, ký hiệu văn bản.");
            }
            String superior = bodies.isEmpty() ? null : bodies.get(0);
            String issuing = bodies.size() < 2 ? null : bodies.get(1);
            if (issuing == null) {
                warnings.add("Không tìm thấy tên cơ quan ban hành.");
            }
            if (subject == null) {
                warnings.add("Không tìm thấy trích yếu.");
            }
            if (assignments.isEmpty()) {
                warnings.add("Không tìm thấy nhiệm vụ nào giao cho đơn vị.");
            }
            if (signature == null || signature.name() == null) {
                warnings.add("Không tìm thấy người ký.");
            }
            String body = bodyParts.isEmpty() ? null : String.join("\n", bodyParts);
            return new ImportedDocument(type == null ? null : type.abbreviation(), superior, issuing, number, place,
                    issuedOn, subject, recipients, basis, body, assignments, copies, signature,
                    List.copyOf(warnings));
        }

        /**
         * The document's own structure: a numbered unit heading with points under it gives one assignment per
         * point ("- …"), or one for its text; a numbered point without a unit goes to every recipient.
         */
        private List<Assignment> assignments(List<String> zone, List<String> bodyParts, String basis) {
            List<Assignment> found = new ArrayList<>();
            List<UnitMention> blockUnits = null;
            List<String> plain = new ArrayList<>();
            List<String> bullets = new ArrayList<>();
            String lead = null;
            boolean closed = false;
            for (String paragraph : zone) {
                String p = Fold.plain(paragraph);
                boolean closing = CLOSING.matcher(p).find() || paragraph.endsWith("./.");
                if (closed || closing && (blockUnits != null || !found.isEmpty())) {
                    flush(found, blockUnits, plain, bullets, lead);
                    blockUnits = null;
                    plain.clear();
                    bullets.clear();
                    lead = null;
                    closed = true;
                    bodyParts.add(paragraph);
                    continue;
                }
                Matcher numbered = NUMBERED.matcher(paragraph);
                Matcher sub = SUB_NUMBERED.matcher(paragraph);
                if (!numbered.matches() && sub.matches() && isUnitHeading(headOf(sub.group(1)))) {
                    numbered = sub;
                }
                if (numbered.matches()) {
                    flush(found, blockUnits, plain, bullets, lead);
                    plain.clear();
                    bullets.clear();
                    lead = null;
                    String text = numbered.group(numbered.groupCount());
                    int colon = text.indexOf(':');
                    String head = (colon >= 0 ? text.substring(0, colon) : text)
                            .replaceFirst("^(?iu)(?:đối với|giao)\\s+", "");
                    String after = colon >= 0 ? text.substring(colon + 1).strip() : "";
                    if (head.length() <= 200 && !head.endsWith(".") && isUnitHeading(head)) {
                        blockUnits = unitList(head);
                        if (!after.isEmpty()) {
                            plain.add(after);
                        }
                    } else {
                        blockUnits = leadUnits(text);
                        plain.add(text);
                    }
                    continue;
                }
                if (blockUnits == null) {
                    // "- …" points right after "… đề nghị các đơn vị:" are addressed to every recipient
                    String previous = bodyParts.isEmpty() ? basis : bodyParts.get(bodyParts.size() - 1);
                    if (MARKER.matcher(paragraph).lookingAt() && previous != null && previous.endsWith(":")) {
                        blockUnits = List.of();
                    } else {
                        bodyParts.add(paragraph);
                        continue;
                    }
                }
                if (MARKER.matcher(paragraph).lookingAt()) {
                    if (bullets.isEmpty() && !plain.isEmpty() && String.join(" ", plain).endsWith(":")) {
                        lead = String.join(" ", plain);
                        plain.clear();
                    }
                    bullets.add(MARKER.matcher(paragraph).replaceFirst(""));
                } else if (!bullets.isEmpty()) {
                    bullets.set(bullets.size() - 1, bullets.get(bullets.size() - 1) + "\n" + paragraph);
                } else {
                    plain.add(paragraph);
                }
            }
            flush(found, blockUnits, plain, bullets, lead);
            return found;
        }

        private void flush(List<Assignment> found, List<UnitMention> blockUnits, List<String> plain,
                           List<String> bullets, String lead) {
            if (blockUnits == null) {
                return;
            }
            List<UnitMention> addressed = blockUnits.isEmpty() && recipients != null ? recipients : blockUnits;
            if (bullets.isEmpty()) {
                if (!plain.isEmpty()) {
                    found.add(assignment(String.join("\n", plain), addressed, found.size()));
                }
                return;
            }
            if (!plain.isEmpty()) {
                found.add(assignment(String.join("\n", plain), addressed, found.size()));
            }
            for (String bullet : bullets) {
                found.add(assignment(lead == null ? bullet : lead + " " + bullet, addressed, found.size()));
            }
        }

        private Assignment assignment(String text, List<UnitMention> addressed, int index) {
            return new Assignment(text, List.copyOf(addressed), deadline(text, index));
        }

        private String deadline(String text, int index) {
            Matcher m = DEADLINE.matcher(text);
            if (!m.find()) {
                return null;
            }
            String phrase = m.group().strip();
            try {
                deadlines.parse(phrase, issuedOn != null ? issuedOn : LocalDate.now());
            } catch (DeadlinePhraseException e) {
                warnings.add("Hạn của nhiệm vụ " + (index + 1) + " («" + phrase + "») cần xem lại: "
                        + e.getMessage());
            }
            return phrase;
        }

        private static String headOf(String text) {
            int colon = text.indexOf(':');
            return (colon >= 0 ? text.substring(0, colon) : text).replaceFirst("^(?iu)(?:đối với|giao)\\s+", "");
        }

        /** "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp …": the point's leading unit; none when it has no such lead. */
        private List<UnitMention> leadUnits(String text) {
            Matcher lead = LEAD_UNIT.matcher(text);
            if (lead.lookingAt() && isUnitHeading(lead.group(1))) {
                return unitList(lead.group(1));
            }
            return List.of();
        }

        private boolean isUnitHeading(String head) {
            String p = Fold.plain(head.strip());
            return UNIT_HEAD.matcher(p).find() || units.resolve(head) != null;
        }

        /** "A; B, C" into its units: at ";" always, at "," where the next part begins as a unit does. */
        private List<UnitMention> unitList(String head) {
            List<UnitMention> list = new ArrayList<>();
            for (String part : head.split(";")) {
                StringBuilder current = new StringBuilder();
                for (String piece : part.split(",")) {
                    String s = piece.strip();
                    if (current.length() > 0 && UNIT_SPLIT_HEAD.matcher(s).lookingAt()) {
                        list.add(mention(current.toString()));
                        current.setLength(0);
                    }
                    if (current.length() > 0) {
                        current.append(", ");
                    }
                    current.append(s);
                }
                if (!current.toString().isBlank()) {
                    list.add(mention(current.toString()));
                }
            }
            return list;
        }

        private UnitMention mention(String text) {
            String clean = trimPunctuation(text);
            return new UnitMention(clean, units.resolve(clean));
        }

        // ---- Nơi nhận and the signing block ----

        private int signatureStartWithoutCopies() {
            int i = lines.size();
            int taken = 0;
            while (i > 0 && taken < 6) {
                String line = lines.get(i - 1);
                if (!line.isEmpty() && (line.length() > 60 || line.endsWith(".") && !isUpperCase(line))) {
                    break;
                }
                if (!line.isEmpty()) {
                    taken++;
                }
                i--;
            }
            return i;
        }

        private List<String> nonBlank(int from, int to) {
            return lines.subList(Math.max(0, from), to).stream().filter(l -> !l.isEmpty()).toList();
        }

        private List<String> copies(int at, List<String> signing) {
            List<String> copies = new ArrayList<>();
            String first = lines.get(at).replaceAll("^[-\\s]+", "");
            first = first.substring(Math.min(first.length(), "Nơi nhận".length())).replaceFirst("^\\s*:?\\s*", "");
            List<String> rest = new ArrayList<>();
            if (!first.isEmpty()) {
                rest.add(first);
            }
            rest.addAll(nonBlank(at + 1, lines.size()));
            for (String line : rest) {
                String p = Fold.plain(line);
                if (p.matches("^gui ban (dien tu|giay)\\s*:?$") || p.matches("^\\((da )?ky.*\\)$")) {
                    continue;
                }
                if (MARKER.matcher(line).lookingAt()) {
                    String item = MARKER.matcher(line).replaceFirst("");
                    // PDF text may put the signing block's words on the same line, after the item's punctuation
                    Matcher tail = Pattern.compile("^(.*?[,.;])\\s+(\\S.*)$").matcher(item);
                    if (tail.matches() && (isUpperCase(tail.group(2)) || isName(tail.group(2)))) {
                        item = tail.group(1);
                        signing.add(tail.group(2));
                    }
                    copies.add(trimPunctuation(item));
                } else if (!copies.isEmpty() && signing.isEmpty() && !isUpperCase(line) && !isName(line)
                        && !copies.get(copies.size() - 1).isEmpty() && !lastCopyEnded(rest, line)) {
                    copies.set(copies.size() - 1, trimPunctuation(copies.get(copies.size() - 1) + " " + line));
                } else {
                    signing.add(line);
                }
            }
            return copies.stream().filter(c -> !c.isEmpty()).toList();
        }

        private boolean lastCopyEnded(List<String> rest, String line) {
            int i = rest.indexOf(line);
            return i <= 0 || rest.get(i - 1).matches(".*[,;.]$");
        }

        private static boolean isName(String line) {
            String s = line.strip();
            return s.matches("(\\p{Lu}\\p{Ll}*\\s+){1,5}\\p{Lu}\\p{Ll}*");
        }

        private Signature signature(List<String> signing) {
            String authority = null;
            List<String> position = new ArrayList<>();
            String name = null;
            for (String line : signing) {
                String p = Fold.plain(line);
                if (p.matches("^\\((da )?ky.*\\)$") || line.equals("*")) {
                    continue;
                }
                if (AUTHORITY.matcher(p).lookingAt() && authority == null) {
                    authority = line;
                } else if (isUpperCase(line)) {
                    position.add(line);
                } else if (isName(line) || name == null && !line.endsWith(".")) {
                    name = line;
                }
            }
            // a name printed in capitals is the last capital line, when it holds no title word
            if (name == null && position.size() > 1 && !Fold.plain(position.get(position.size() - 1))
                    .matches(".*\\b(bi thu|truong|pho|chu|uy|ban|thuong|vu|giam doc|chanh|van phong)\\b.*")) {
                String last = position.remove(position.size() - 1);
                name = last;
            }
            if (authority == null && position.isEmpty() && name == null) {
                return null;
            }
            return new Signature(authority, position.isEmpty() ? null : String.join(" ", position), name);
        }
    }
}
