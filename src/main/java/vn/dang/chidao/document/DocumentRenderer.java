package vn.dang.chidao.document;

import java.util.logging.Level;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.util.XRLog;

/**
 * Prints an issued document in the Party format (Hướng dẫn 36-HD/VPTW): A4, margins 20/20/30/15 mm, the two-column
 * header ("ĐẢNG CỘNG SẢN VIỆT NAM"), the trích yếu, Kính gửi, the text with its numbered assignments and deadlines,
 * Nơi nhận and the signing block.
 * <p>
 * PDF: PDF/A-2u with Liberation Serif (metric-compatible with Times New Roman) embedded, so it prints the same
 * everywhere and can be archived. DOCX: the same layout in Times New Roman, for offices that edit before printing.
 * Thread-safe; the fonts are read once.
 */
@Component
public class DocumentRenderer {

    private final PdfDocumentWriter pdfWriter;
    private final DocxDocumentWriter docxWriter = new DocxDocumentWriter();

    public DocumentRenderer() {
        // openhtmltopdf logs every font load and stylesheet parse at INFO; keep its warnings only
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
        this.pdfWriter = new PdfDocumentWriter(Fonts.liberationSerif());
    }

    public byte[] pdf(IssuedDocument document) {
        return pdfWriter.write(DocumentContent.of(document));
    }

    public byte[] docx(IssuedDocument document) {
        return docxWriter.write(DocumentContent.of(document));
    }

    /**
     * The draft as the reviewers judge it: marked "DỰ THẢO", without number or date (the văn thư gives them on
     * issue), the number's place laid out as "Số      -CV/HU".
     *
     * @param issuerSymbol the issuing body's symbol ("HU"), printed after the type
     */
    public byte[] draftPdf(IssuedDocument document, String issuerSymbol) {
        return pdfWriter.write(DocumentContent.draft(document, issuerSymbol));
    }

    /** The draft as an editable Word file, marked as {@link #draftPdf} is. */
    public byte[] draftDocx(IssuedDocument document, String issuerSymbol) {
        return docxWriter.write(DocumentContent.draft(document, issuerSymbol));
    }
}
