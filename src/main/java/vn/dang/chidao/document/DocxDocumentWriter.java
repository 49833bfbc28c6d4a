package vn.dang.chidao.document;

import static vn.dang.chidao.document.PageFormat.BODY_PT;
import static vn.dang.chidao.document.PageFormat.DOCX_FONT_FAMILY;
import static vn.dang.chidao.document.PageFormat.FIRST_LINE_INDENT_MM;
import static vn.dang.chidao.document.PageFormat.LEFT_COLUMN_PERCENT;
import static vn.dang.chidao.document.PageFormat.MARGIN_BOTTOM_MM;
import static vn.dang.chidao.document.PageFormat.MARGIN_LEFT_MM;
import static vn.dang.chidao.document.PageFormat.MARGIN_RIGHT_MM;
import static vn.dang.chidao.document.PageFormat.MARGIN_TOP_MM;
import static vn.dang.chidao.document.PageFormat.PAGE_HEIGHT_MM;
import static vn.dang.chidao.document.PageFormat.PAGE_WIDTH_MM;
import static vn.dang.chidao.document.PageFormat.PARAGRAPH_SPACING_PT;
import static vn.dang.chidao.document.PageFormat.PARTY_NAME_PT;
import static vn.dang.chidao.document.PageFormat.RECIPIENT_LABEL_PERCENT;
import static vn.dang.chidao.document.PageFormat.SIGNATURE_SPACE_MM;
import static vn.dang.chidao.document.PageFormat.SMALL_PT;
import static vn.dang.chidao.document.PageFormat.TYPE_TITLE_PT;
import static vn.dang.chidao.document.PageFormat.textWidthTwips;
import static vn.dang.chidao.document.PageFormat.twips;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The same document as an editable Word file (Apache POI), for offices that still adjust the text before printing.
 * Text goes in through POI's runs, which escape it: nothing the user typed is read as markup.
 */
final class DocxDocumentWriter {

    /** Distance of the page number from the top edge. */
    private static final int HEADER_DISTANCE_MM = 10;
    /** Width of the "DỰ THẢO" box of a draft. */
    private static final int DRAFT_BOX_MM = 32;

    byte[] write(DocumentContent content) {
        try (XWPFDocument doc = new XWPFDocument()) {
            defaults(doc);
            page(doc);
            pageNumbers(doc);
            doc.getProperties().getCoreProperties().setTitle(content.title());
            doc.getProperties().getCoreProperties().setCreator(content.issuer());

            if (content.draftMark() != null) {
                draftMark(doc, content.draftMark());
            }
            header(doc, content);
            if (content.congVan()) {
                recipients(doc, content.recipientLines());
            } else {
                XWPFParagraph title = centred(doc.createParagraph());
                title.setSpacingBefore(twipsOfPoints(18));
                run(title, content.typeTitle(), TYPE_TITLE_PT, true, false);
                for (String line : content.subjectLines()) {
                    run(centred(doc.createParagraph()), line, BODY_PT, true, false);
                }
                run(centred(doc.createParagraph()), DocumentContent.RULE, BODY_PT, false, false);
            }
            List<DocumentContent.Block> blocks = content.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                DocumentContent.Block block = blocks.get(i);
                XWPFParagraph paragraph = doc.createParagraph();
                paragraph.setAlignment(ParagraphAlignment.BOTH);
                // a heading stays with its text, the last paragraph with the signature: a signing page never
                // stands without text
                // so does a task with its deadline line
                boolean deadlineNext = i + 1 < blocks.size()
                        && blocks.get(i + 1).kind() == DocumentContent.Kind.DEADLINE;
                // and a short closing takes the paragraph above along
                boolean beforeShortLast = i == blocks.size() - 2
                        && DocumentContent.isShort(List.of(blocks.get(blocks.size() - 1)));
                if (block.kind() == DocumentContent.Kind.HEADING || deadlineNext || beforeShortLast
                        || i == blocks.size() - 1) {
                    paragraph.setKeepNext(true);
                }
                // no first or last line of a paragraph alone on a page
                CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr()
                        : paragraph.getCTP().addNewPPr();
                if (!properties.isSetWidowControl()) {
                    properties.addNewWidowControl();
                }
                paragraph.setIndentationFirstLine(twips(FIRST_LINE_INDENT_MM));
                paragraph.setSpacingBefore(block.kind() == DocumentContent.Kind.DEADLINE ? 0
                        : twipsOfPoints(PARAGRAPH_SPACING_PT));
                run(paragraph, block.text(), BODY_PT, block.kind() == DocumentContent.Kind.HEADING,
                        block.kind() == DocumentContent.Kind.DEADLINE);
            }
            closing(doc, content);
            spacer(doc, 1);

            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the DOCX of " + content.title(), e);
        }
    }

    /** Times New Roman 14 pt, Vietnamese spelling, for every run that says nothing else. */
    private static void defaults(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(DOCX_FONT_FAMILY);
        fonts.setHAnsi(DOCX_FONT_FAMILY);
        fonts.setCs(DOCX_FONT_FAMILY);
        fonts.setEastAsia(DOCX_FONT_FAMILY);
        run.addNewSz().setVal(BigInteger.valueOf(BODY_PT * 2L));
        run.addNewSzCs().setVal(BigInteger.valueOf(BODY_PT * 2L));
        run.addNewLang().setVal("vi-VN");
        doc.createStyles().setStyles(styles);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(PAGE_WIDTH_MM)));
        size.setH(BigInteger.valueOf(twips(PAGE_HEIGHT_MM)));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(MARGIN_TOP_MM)));
        margins.setBottom(BigInteger.valueOf(twips(MARGIN_BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(twips(MARGIN_LEFT_MM)));
        margins.setRight(BigInteger.valueOf(twips(MARGIN_RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(twips(HEADER_DISTANCE_MM)));
        margins.setFooter(BigInteger.valueOf(twips(HEADER_DISTANCE_MM)));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Page numbers at the top centre from page 2 on; the first page has none. */
    private static void pageNumbers(XWPFDocument doc) {
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = centred(header.createParagraph());
        field(paragraph, STFldCharType.BEGIN);
        XWPFRun instruction = paragraph.createRun();
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(paragraph, STFldCharType.SEPARATE);
        run(paragraph, "2", BODY_PT, false, false);
        field(paragraph, STFldCharType.END);
    }

    private static void field(XWPFParagraph paragraph, STFldCharType.Enum type) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(type);
    }

    /** "DỰ THẢO" in a box at the top right, above the header. */
    private static void draftMark(XWPFDocument doc, String mark) {
        XWPFParagraph paragraph = centred(doc.createParagraph());
        paragraph.setIndentationLeft(textWidthTwips() - twips(DRAFT_BOX_MM));
        paragraph.setSpacingAfter(twipsOfPoints(4));
        paragraph.setBorderTop(Borders.SINGLE);
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setBorderLeft(Borders.SINGLE);
        paragraph.setBorderRight(Borders.SINGLE);
        run(paragraph, mark, BODY_PT, true, false);
    }

    private static void header(XWPFDocument doc, DocumentContent content) {
        boolean subjectRow = content.congVan() && !content.subjectLines().isEmpty();
        XWPFTable table = table(doc, subjectRow ? 3 : 2, LEFT_COLUMN_PERCENT);

        XWPFTableCell issuer = table.getRow(0).getCell(0);
        XWPFParagraph line = first(issuer);
        if (content.superior() != null) {
            run(line, content.superior(), BODY_PT, false, false);
            line = next(issuer);
        }
        run(line, content.issuer(), BODY_PT, true, false);
        run(next(issuer), DocumentContent.STAR, BODY_PT, false, false);
        XWPFRun party = run(first(table.getRow(0).getCell(1)), DocumentContent.PARTY_NAME, PARTY_NAME_PT, true, false);
        party.setUnderline(UnderlinePatterns.SINGLE);

        XWPFParagraph number = first(table.getRow(1).getCell(0));
        number.setSpacingBefore(twipsOfPoints(6));
        run(number, content.numberLine(), BODY_PT, false, false);
        XWPFParagraph date = first(table.getRow(1).getCell(1));
        date.setSpacingBefore(twipsOfPoints(6));
        run(date, content.dateLine(), BODY_PT, false, true);

        if (subjectRow) {
            XWPFTableCell subject = table.getRow(2).getCell(0);
            XWPFParagraph paragraph = first(subject);
            paragraph.setSpacingBefore(twipsOfPoints(4));
            for (int i = 0; i < content.subjectLines().size(); i++) {
                run(i == 0 ? paragraph : next(subject), content.subjectLines().get(i), SMALL_PT, false, true);
            }
            first(table.getRow(2).getCell(1));
        }
    }

    private static void recipients(XWPFDocument doc, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        if (lines.size() == 1) {
            XWPFParagraph paragraph = centred(doc.createParagraph());
            paragraph.setSpacingBefore(twipsOfPoints(18));
            paragraph.setSpacingAfter(twipsOfPoints(6));
            run(paragraph, DocumentContent.RECIPIENTS_LABEL + " " + lines.get(0), BODY_PT, false, false);
            return;
        }
        spacer(doc, 18);
        XWPFTable table = table(doc, 1, RECIPIENT_LABEL_PERCENT);
        XWPFParagraph label = first(table.getRow(0).getCell(0));
        label.setAlignment(ParagraphAlignment.RIGHT);
        label.setIndentationRight(twipsOfPoints(4));
        run(label, DocumentContent.RECIPIENTS_LABEL, BODY_PT, false, true);
        XWPFTableCell list = table.getRow(0).getCell(1);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph paragraph = i == 0 ? first(list) : next(list);
            listItem(paragraph, lines.get(i), BODY_PT);
        }
    }

    private static void closing(XWPFDocument doc, DocumentContent content) {
        spacer(doc, 12).setKeepNext(true);
        XWPFTable table = table(doc, 1, LEFT_COLUMN_PERCENT);
        XWPFTableRow row = table.getRow(0);
        row.setCantSplitRow(true);

        XWPFTableCell distribution = row.getCell(0);
        XWPFParagraph line = first(distribution);
        line.setAlignment(ParagraphAlignment.LEFT);
        if (!content.distributionLines().isEmpty()) {
            // HD 36: "Nơi nhận:" 14 upright underlined, the list 12 upright (bold italic 12 is the state style)
            run(line, DocumentContent.DISTRIBUTION_LABEL, BODY_PT, false, false)
                    .setUnderline(UnderlinePatterns.SINGLE);
            for (String text : content.distributionLines()) {
                listItem(next(distribution), text, SMALL_PT);
            }
        }

        XWPFTableCell signature = row.getCell(1);
        XWPFParagraph paragraph = first(signature);
        for (int i = 0; i < content.signingLines().size(); i++) {
            run(i == 0 ? paragraph : next(signature), content.signingLines().get(i), BODY_PT, true, false);
        }
        XWPFParagraph name = content.signingLines().isEmpty() ? paragraph : next(signature);
        name.setSpacingBefore(twips(SIGNATURE_SPACE_MM));
        run(name, content.signerName(), BODY_PT, true, false);
    }

    /** A line of Kính gửi or Nơi nhận: left-aligned, a wrapped "- " line indented under its text. */
    private static void listItem(XWPFParagraph paragraph, String text, int points) {
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        if (text.startsWith("- ")) {
            int hanging = points * 20 * 6 / 10;
            paragraph.setIndentationLeft(hanging);
            paragraph.setIndentationHanging(hanging);
        }
        run(paragraph, text, points, false, false);
    }

    /** A borderless, fixed-layout table of two columns filling the text width, its cells centred. */
    private static XWPFTable table(XWPFDocument doc, int rows, int leftPercent) {
        int width = textWidthTwips();
        int left = width * leftPercent / 100;
        XWPFTable table = doc.createTable(rows, 2);
        table.removeBorders();
        noCellMargins(table);
        table.setWidth(String.valueOf(width));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(left));
        grid.addNewGridCol().setW(BigInteger.valueOf(width - left));
        for (XWPFTableRow row : table.getRows()) {
            row.getCell(0).setWidth(String.valueOf(left));
            row.getCell(1).setWidth(String.valueOf(width - left));
        }
        return table;
    }

    /** Word and LibreOffice pad cells by 0.19 cm by default, which would wrap a long date line. */
    private static void noCellMargins(XWPFTable table) {
        CTTblPr properties = table.getCTTbl().getTblPr();
        if (properties.isSetTblCellMar()) {
            properties.unsetTblCellMar();
        }
        CTTblCellMar margins = properties.addNewTblCellMar();
        for (CTTblWidth margin : List.of(margins.addNewTop(), margins.addNewLeft(), margins.addNewBottom(),
                margins.addNewRight())) {
            margin.setW(BigInteger.ZERO);
            margin.setType(STTblWidth.DXA);
        }
    }

    /**
     * An empty paragraph exactly this high: the space between blocks, and what keeps two tables apart (Word would
     * join adjacent tables into one).
     */
    private static XWPFParagraph spacer(XWPFDocument doc, int points) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(points, LineSpacingRule.EXACT);
        return paragraph;
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return centred(cell.getParagraphs().get(0));
    }

    private static XWPFParagraph next(XWPFTableCell cell) {
        return centred(cell.addParagraph());
    }

    private static XWPFParagraph centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int points, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(DOCX_FONT_FAMILY);
        run.setFontSize(points);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    private static int twipsOfPoints(int points) {
        return points * 20;
    }
}
