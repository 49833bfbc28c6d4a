package vn.dang.chidao.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;

/**
 * The plain text of an uploaded document: UTF-8 text, a .docx (Word 2007+), or a PDF with a text layer. Refuses,
 * in Vietnamese, what it cannot honestly read: empty, binary or non-Vietnamese content, a scan without text, an
 * old .doc, a damaged file, more than {@value #MAX_MEGABYTES} MB.
 */
@Component
public class TextExtractor {

    public static final int MAX_MEGABYTES = 20;
    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    private static final String UNSUPPORTED =
            "Định dạng tệp chưa được hỗ trợ: chỉ nhận tệp .docx, .pdf có lớp chữ hoặc .txt (UTF-8).";

    /**
     * @param fileName the uploaded file's name, null for a text body
     * @throws ImportRefusedException when the content cannot be read as a Vietnamese document
     */
    public String text(byte[] content, String fileName) {
        if (content.length > MAX_BYTES) {
            throw ImportRefusedException.tooLarge();
        }
        if (content.length == 0) {
            throw empty();
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        boolean ole2 = startsWith(content, 0xD0, 0xCF, 0x11, 0xE0);
        String text;
        if (name.endsWith(".doc") || ole2 && !name.endsWith(".docx")) {
            throw new ImportRefusedException("Định dạng .doc (Word cũ) chưa được hỗ trợ, đề nghị lưu lại thành .docx.");
        } else if (name.endsWith(".pdf") || startsWith(content, '%', 'P', 'D', 'F')) {
            text = pdf(content);
        } else if (name.endsWith(".docx") || startsWith(content, 'P', 'K', 3, 4)) {
            text = docx(content, ole2);
        } else if (name.isEmpty() || name.endsWith(".txt") || !name.contains(".")) {
            text = plainText(content);
        } else {
            throw new ImportRefusedException(UNSUPPORTED);
        }
        return checked(text);
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static ImportRefusedException empty() {
        return new ImportRefusedException("Văn bản trống, không có nội dung để đọc.");
    }

    private static ImportRefusedException binary() {
        return new ImportRefusedException("Nội dung không phải văn bản (dữ liệu nhị phân hoặc không đúng mã UTF-8): "
                + "đề nghị gửi tệp .docx, .pdf có lớp chữ hoặc .txt.");
    }

    private static String plainText(byte[] content) {
        if (startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE)) {
            return new String(content, StandardCharsets.UTF_16);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw binary();
        }
    }

    private static String pdf(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            // line by line: PDFBox's own paragraph guesses split wrapped lines; the reader joins them by width
            String text = new PDFTextStripper().getText(pdf);
            if (letters(text) < 20) {
                throw new ImportRefusedException("Văn bản quét, chưa có lớp chữ: đề nghị nhận dạng chữ (OCR) "
                        + "hoặc gửi tệp gốc (.docx).");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new ImportRefusedException("Tệp PDF có mật khẩu: đề nghị gửi bản không đặt mật khẩu.");
        } catch (IOException e) {
            throw new ImportRefusedException("Tệp PDF bị hỏng hoặc không đúng định dạng, không đọc được.");
        }
    }

    private static String docx(byte[] content, boolean ole2) {
        if (ole2) {
            throw new ImportRefusedException("Tệp .docx có mật khẩu hoặc thực chất là tệp Word cũ (.doc): "
                    + "đề nghị lưu lại thành .docx không đặt mật khẩu.");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder out = new StringBuilder();
            Map<String, Integer> counters = new HashMap<>();
            for (IBodyElement element : doc.getBodyElements()) {
                append(element, out, counters, "\n\n");
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged package with unchecked exceptions (NotOfficeXmlFileException, POIXMLException …)
            throw new ImportRefusedException("Tệp .docx bị hỏng hoặc không đúng định dạng, không đọc được.");
        }
    }

    /** Top-level paragraphs apart by a blank line; the paragraphs of a table cell (header, signing block) by one. */
    private static void append(IBodyElement element, StringBuilder out, Map<String, Integer> counters, String gap) {
        if (element instanceof XWPFParagraph paragraph) {
            out.append(numbering(paragraph, counters)).append(paragraph.getText()).append(gap);
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        append(inner, out, counters, "\n");
                    }
                    out.append('\n');
                }
            }
            out.append('\n');
        }
    }

    /** Word's automatic list numbers are not in the text: "1. " or "- " as the list prints them. */
    private static String numbering(XWPFParagraph paragraph, Map<String, Integer> counters) {
        if (paragraph.getNumID() == null) {
            return "";
        }
        String format = paragraph.getNumFmt();
        String key = paragraph.getNumID() + ":" + paragraph.getNumIlvl();
        if (format == null || format.equals("bullet")) {
            return "- ";
        }
        int n = counters.merge(key, 1, Integer::sum);
        return switch (format) {
            case "upperRoman" -> roman(n) + ". ";
            case "lowerLetter" -> (char) ('a' + n - 1) + ") ";
            default -> n + ". ";
        };
    }

    private static String roman(int n) {
        String[] romans = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        return n >= 1 && n <= romans.length ? romans[n - 1] : String.valueOf(n);
    }

    private static int letters(String text) {
        return (int) text.chars().filter(Character::isLetter).count();
    }

    /** Refuses empty, binary and non-Vietnamese text; returns the text in NFC. */
    static String checked(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        if (text.isBlank()) {
            throw empty();
        }
        long controls = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                && c != '\f').count();
        if (controls > 0 && controls * 200 > text.length() || text.indexOf('\uFFFD') >= 0 && text.chars()
                .filter(c -> c == '\uFFFD').count() * 100 > text.length()) {
            throw binary();
        }
        int letters = 0;
        int vietnamese = 0;
        for (char c : text.toCharArray()) {
            if (Character.isLetter(c)) {
                letters++;
                if (isVietnamese(c)) {
                    vietnamese++;
                }
            }
        }
        if (letters < 20 || vietnamese * 100 < letters * 10) {
            throw new ImportRefusedException("Nội dung không phải văn bản tiếng Việt (hoặc quá ngắn), "
                    + "không đọc được thành văn bản chỉ đạo.");
        }
        return text;
    }

    /** Letters Vietnamese writes and its neighbours rarely do: ă â đ ê ô ơ ư, ã ĩ õ ũ ỹ, and U+1EA0–U+1EF9. */
    private static boolean isVietnamese(char c) {
        return c >= '\u1EA0' && c <= '\u1EF9' || "ăâđêôơưĂÂĐÊÔƠƯãĩõũỹÃĨÕŨỸàáèéìíòóùúýÀÁÈÉÌÍÒÓÙÚÝ".indexOf(c) >= 0;
    }
}
