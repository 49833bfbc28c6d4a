package vn.dang.chidao.document;

/** Page and type sizes of Hướng dẫn 36-HD/VPTW, shared by the PDF and DOCX writers. */
final class PageFormat {

    static final int PAGE_WIDTH_MM = 210;
    static final int PAGE_HEIGHT_MM = 297;
    static final int MARGIN_TOP_MM = 20;
    static final int MARGIN_BOTTOM_MM = 20;
    static final int MARGIN_LEFT_MM = 30;
    static final int MARGIN_RIGHT_MM = 15;

    /** Width of the left header column and of the "Nơi nhận" column, in percent of the text width. */
    static final int LEFT_COLUMN_PERCENT = 47;
    /** Width of the "Kính gửi:" label column, in percent of the text width. */
    static final int RECIPIENT_LABEL_PERCENT = 30;

    static final int BODY_PT = 14;
    static final int PARTY_NAME_PT = 15;
    static final int TYPE_TITLE_PT = 15;
    static final int SMALL_PT = 12;

    /** First-line indent of a paragraph (1 cm … 1.27 cm in practice). */
    static final double FIRST_LINE_INDENT_MM = 10;
    /** Space before each paragraph of the text. */
    static final int PARAGRAPH_SPACING_PT = 6;
    /** Room left for the handwritten signature and the seal. */
    static final int SIGNATURE_SPACE_MM = 25;

    static final String PDF_FONT_FAMILY = "Liberation Serif";
    /** The name Word and LibreOffice know; LibreOffice substitutes the metric-compatible Liberation Serif. */
    static final String DOCX_FONT_FAMILY = "Times New Roman";

    private PageFormat() {
    }

    static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    static int textWidthTwips() {
        return twips(PAGE_WIDTH_MM) - twips(MARGIN_LEFT_MM) - twips(MARGIN_RIGHT_MM);
    }
}
