package vn.dang.chidao.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.text.VietnameseText;

/**
 * The words of an issued document, cleaned and arranged as Hướng dẫn 36-HD/VPTW prints them, shared by the PDF
 * and the DOCX writers so both say exactly the same thing.
 */
record DocumentContent(
        String superior,
        String issuer,
        String numberLine,
        String dateLine,
        boolean congVan,
        String typeTitle,
        List<String> subjectLines,
        List<String> recipientLines,
        List<Block> blocks,
        List<String> distributionLines,
        List<String> signingLines,
        String signerName,
        String title,
        String draftMark) {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    static final String PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM";
    static final String STAR = "*";
    static final String RULE = "-----";
    static final String RECIPIENTS_LABEL = "Kính gửi:";
    static final String DISTRIBUTION_LABEL = "Nơi nhận:";
    static final String DEADLINE_LABEL = "Thời hạn: ";
    /** Printed on a draft in a box above the header and across every page. */
    static final String DRAFT_MARK = "DỰ THẢO";

    /** Blank space the văn thư leaves when the number or the day is not known yet. */
    private static final String GAP = "\u00a0".repeat(6);

    /** "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2.3. Đối tượng" on a line of their own. */
    private static final Pattern HEADING = Pattern.compile("^(?:[IVXLC]+|\\d+(?:\\.\\d+)*)\\.\\s+\\S.*");
    private static final int HEADING_MAX_LENGTH = 120;
    private static final int SHORT_TEXT = 140;

    /** A paragraph of the text part. */
    record Block(Kind kind, String text) {
    }

    enum Kind {
        /** Justified, first line indented. */
        PARAGRAPH,
        /** A section title the drafter typed on its own line: bold, indented. */
        HEADING,
        /** "Thời hạn: …" in the drafter's words under an assignment: italic. */
        DEADLINE
    }

    static DocumentContent of(IssuedDocument doc) {
        return of(doc, false, null);
    }

    /**
     * The document as the reviewers judge it before it is signed: marked {@value #DRAFT_MARK}, the number left
     * blank for the văn thư ("Số      -CV/HU", as an unnumbered Party document is laid out) and the date blank,
     * whatever the document says.
     *
     * @param issuerSymbol the issuing body's symbol ("HU"), printed after the type; null prints none
     */
    static DocumentContent draft(IssuedDocument doc, String issuerSymbol) {
        return of(doc, true, issuerSymbol);
    }

    private static DocumentContent of(IssuedDocument doc, boolean draft, String issuerSymbol) {
        boolean congVan = doc.isCongVan();
        String typeCode = clean(doc.typeCode());
        String number = draft ? "" : oneLine(doc.documentNumber());
        if (number.regionMatches(true, 0, "Số", 0, 2)) {
            number = number.substring(2).strip();
        }
        String symbol = oneLine(issuerSymbol);
        String numberLine = "Số " + (number.isEmpty() ? GAP + "-" + typeCode + (symbol.isEmpty() ? "" : "/" + symbol)
                : number);

        List<String> subjectLines = lines(doc.subject());
        String typeTitle = congVan ? null : upper(typeName(doc.typeName(), typeCode));

        List<Block> blocks = new ArrayList<>();
        doc.basis().forEach(basis -> lines(basis).forEach(line -> blocks.add(new Block(Kind.PARAGRAPH, line))));
        lines(doc.body()).forEach(line -> blocks.add(new Block(isHeading(line) ? Kind.HEADING : Kind.PARAGRAPH, line)));
        List<String> closing = lines(doc.closing());
        List<NumberedAssignment> assignments = doc.assignments();
        List<List<String>> contents = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            List<String> content = new ArrayList<>(lines(assignments.get(i).content()));
            if (closing.isEmpty() && i == assignments.size() - 1 && content.size() > 1
                    && content.get(content.size() - 1).endsWith("./.")) {
                // drafted before the closing had its own field: the drafter typed it into the last task
                closing = List.of(content.remove(content.size() - 1));
            }
            contents.add(content);
        }
        int point = 0;
        for (int i = 0; i < assignments.size(); i++) {
            NumberedAssignment assignment = assignments.get(i);
            List<String> content = contents.get(i);
            List<String> units = assignment.units();
            if (units.isEmpty() || writesItsUnits(content, units)) {
                // addressed to every Kính gửi unit, or the drafter wrote the unit line: printed as written
                String first = ++point + ". " + (content.isEmpty() ? "" : content.get(0));
                // "1. Các chi, đảng bộ trực thuộc:" over the unit's tasks is a heading; a one-paragraph task is not
                boolean heading = content.size() > 1 && isHeading(first.strip());
                blocks.add(new Block(heading ? Kind.HEADING : Kind.PARAGRAPH, first.strip()));
                content.stream().skip(1).forEach(line -> blocks.add(new Block(Kind.PARAGRAPH, line)));
                addDeadline(blocks, assignment, content);
                continue;
            }
            // a point per unit, as the seeds write it: "2. Phòng Giáo dục và Đào tạo, Đoàn thanh niên huyện:",
            // the tasks of the same units under it, each a "- " bullet when there are several
            int end = i + 1;
            while (end < assignments.size() && assignments.get(end).units().equals(units)
                    && !writesItsUnits(contents.get(end), units)) {
                end++;
            }
            blocks.add(new Block(Kind.HEADING, ++point + ". " + endWith(unitLine(units), ":")));
            for (int j = i; j < end; j++) {
                List<String> text = contents.get(j);
                for (int k = 0; k < text.size(); k++) {
                    String line = text.get(k);
                    boolean bullet = end - i > 1 && k == 0 && !line.matches("^[-–—+•].*");
                    blocks.add(new Block(Kind.PARAGRAPH, bullet ? "- " + line : line));
                }
                addDeadline(blocks, assignments.get(j), text);
            }
            i = end - 1;
        }
        closing.forEach(line -> blocks.add(new Block(Kind.PARAGRAPH, line)));

        List<String> signing = new ArrayList<>();
        String authority = upper(oneLine(doc.signingAuthority()));
        if (!authority.isEmpty()) {
            signing.add(authority);
        }
        String position = upper(oneLine(doc.signerPosition()));
        if (!position.isEmpty()) {
            signing.add(position);
        }

        String subjectText = String.join(" ", subjectLines);
        String title = (draft ? "Dự thảo: " : "") + (number.isEmpty() ? "" : number + ": ")
                + (typeTitle == null ? subjectText : typeName(doc.typeName(), typeCode) + " " + subjectText);

        return new DocumentContent(
                nullIfEmpty(upper(oneLine(doc.superiorName()))),
                upper(oneLine(doc.issuerName())),
                numberLine,
                dateLine(oneLine(doc.placeName()), draft ? null : doc.issuedOn()),
                congVan,
                typeTitle,
                subjectLines,
                listLines(doc.recipients(), true),
                List.copyOf(blocks),
                listLines(archiveLast(doc.distribution()), false),
                List.copyOf(signing),
                oneLine(doc.signerName()),
                title.strip(),
                draft ? DRAFT_MARK : null);
    }

    private static void addDeadline(List<Block> blocks, NumberedAssignment assignment, List<String> content) {
        String deadline = deadlineLine(assignment.deadlineText(), content);
        if (deadline != null) {
            blocks.add(new Block(Kind.DEADLINE, deadline));
        }
    }

    /**
     * Who does a point: "Phòng Giáo dục và Đào tạo, Đoàn thanh niên huyện"; names that hold commas themselves
     * (a group such as "Các chi, đảng bộ trực thuộc") are set apart by semicolons, as the seeds write them.
     */
    static String unitLine(List<String> units) {
        List<String> names = units.stream().map(DocumentContent::oneLine).filter(n -> !n.isEmpty()).toList();
        return String.join(names.stream().anyMatch(n -> n.contains(",")) ? "; " : ", ", names);
    }

    /**
     * Whether the drafter already began the task with its units ("Các chi, đảng bộ trực thuộc; Mặt trận Tổ quốc…:"
     * on a line of its own, before the system printed units): then that line is the point's heading, not
     * printed twice.
     */
    static boolean writesItsUnits(List<String> content, List<String> units) {
        if (content.size() < 2) {
            return false;
        }
        String first = content.get(0);
        if (first.length() > HEADING_MAX_LENGTH * 2 || first.endsWith(".") || first.endsWith(";")) {
            return false;
        }
        // whole words: a unit "Đoàn" is not named by "đoàn thể"
        String folded = " " + VietnameseText.key(first) + " ";
        return units.stream().map(VietnameseText::key).anyMatch(u -> !u.isEmpty() && folded.contains(" " + u + " "));
    }

    /**
     * The deadline in the drafter's words ("Thời hạn: trong tháng 8/2027."), or none when the task's text already
     * says it ("… xong trước ngày 30/3 hằng năm."): the paper repeats nothing and adds no date of its own.
     */
    static String deadlineLine(String phrase, List<String> content) {
        String deadline = oneLine(phrase);
        if (deadline.isEmpty()) {
            return null;
        }
        String bare = deadline.replaceFirst("(?iu)^thời hạn\\s*:?\\s*", "").replaceFirst("[.;,]$", "").strip();
        String text = String.join(" ", content).replaceAll("\\s+", " ").toLowerCase(VIETNAMESE);
        if (bare.isEmpty() || text.contains(bare.replaceAll("\\s+", " ").toLowerCase(VIETNAMESE))) {
            return null;
        }
        return endWith(DEADLINE_LABEL + bare, ".");
    }

    /** "Bảo Yên, ngày 09 tháng 5 năm 2022"; before issue the day and month are left blank for the văn thư. */
    static String dateLine(String place, LocalDate date) {
        if (date == null) {
            return (place.isEmpty() ? "Ngày" : place + ", ngày") + GAP + "tháng" + GAP + "năm" + GAP;
        }
        return place.isEmpty() ? VietnameseDates.inWords("", date).substring(2).replaceFirst("^n", "N")
                : VietnameseDates.inWords(place, date);
    }

    /**
     * "- Các chi, đảng bộ trực thuộc," … "- Lưu VT." as in the seeds: a dash in front, a comma after each line and
     * a full stop after the last, unless the drafter already wrote the punctuation. A line ending in ":" (a
     * caption such as "Gửi bản điện tử:") is printed as it is. A single Kính gửi unit is printed without a dash, ending with a full stop.
     */
    static List<String> listLines(List<String> items, boolean singleWithoutDash) {
        List<String> cleaned = items.stream().map(DocumentContent::oneLine)
                .map(item -> item.replaceFirst("^[-–—+•]\\s*", "")).filter(item -> !item.isEmpty()).toList();
        if (singleWithoutDash && cleaned.size() == 1) {
            // "Kính gửi: Các chi bộ trực thuộc." on one line
            return List.of(endWith(cleaned.get(0), "."));
        }
        int last = -1;
        for (int i = 0; i < cleaned.size(); i++) {
            if (!cleaned.get(i).endsWith(":")) {
                last = i;
            }
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cleaned.size(); i++) {
            String item = cleaned.get(i);
            if (item.endsWith(":")) {
                lines.add(item);
            } else {
                lines.add("- " + endWith(item, i == last ? "." : ","));
            }
        }
        return List.copyOf(lines);
    }

    /** "Lưu VT", "Lưu Văn phòng Huyện ủy" close the Nơi nhận list, as every Party document has it. */
    static List<String> archiveLast(List<String> items) {
        List<String> others = new ArrayList<>();
        List<String> archive = new ArrayList<>();
        for (String item : items) {
            String text = oneLine(item).replaceFirst("^[-–—+•]\\s*", "");
            (text.regionMatches(true, 0, "Lưu ", 0, 4) ? archive : others).add(item);
        }
        others.addAll(archive);
        return others;
    }

    /** Blocks that fill less than two printed lines of the body (about 70 characters a line). */
    static boolean isShort(List<Block> blocks) {
        return blocks.stream().mapToInt(block -> block.text().length()).sum() < SHORT_TEXT;
    }

    private static boolean isHeading(String line) {
        return line.length() <= HEADING_MAX_LENGTH && HEADING.matcher(line).matches()
                && !(line.endsWith(".") || line.endsWith(";") || line.endsWith(","));
    }

    private static String typeName(String given, String typeCode) {
        String name = oneLine(given);
        if (!name.isEmpty()) {
            return name;
        }
        return Arrays.stream(DirectiveType.values()).filter(type -> type.abbreviation().equalsIgnoreCase(typeCode))
                .map(DirectiveType::label).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("typeName is required for type " + typeCode));
    }

    private static String endWith(String text, String mark) {
        return text.matches(".*[.,;:!?…]$") ? text : text + mark;
    }

    static String upper(String text) {
        return text == null ? "" : text.toUpperCase(VIETNAMESE);
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }

    /** Non-blank lines of the text, each stripped. */
    static List<String> lines(String text) {
        return clean(text).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The text on a single line. */
    static String oneLine(String text) {
        return String.join(" ", lines(text));
    }

    /**
     * Text as typed, made safe to print: composed to NFC (a decomposed "ệ" from some keyboards would otherwise
     * print as a letter plus loose marks), Windows line ends made "\n", tabs made spaces, and control characters
     * and unpaired surrogates (which neither PDF text nor DOCX XML can carry) dropped. Nothing is interpreted:
     * "&lt;script&gt;" stays those characters.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .replace('\t', ' ');
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < normalized.length()
                    && Character.isLowSurrogate(normalized.charAt(i + 1))) {
                out.append(c).append(normalized.charAt(++i));
            } else if (c == '\n' || !(Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE'
                    || c == '\uFFFF')) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
