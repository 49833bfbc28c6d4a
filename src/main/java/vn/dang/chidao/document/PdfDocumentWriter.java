package vn.dang.chidao.document;

import static vn.dang.chidao.document.PageFormat.BODY_PT;
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
import static vn.dang.chidao.document.PageFormat.PDF_FONT_FAMILY;
import static vn.dang.chidao.document.PageFormat.RECIPIENT_LABEL_PERCENT;
import static vn.dang.chidao.document.PageFormat.SIGNATURE_SPACE_MM;
import static vn.dang.chidao.document.PageFormat.SMALL_PT;
import static vn.dang.chidao.document.PageFormat.TYPE_TITLE_PT;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * Lays the document out as XHTML + CSS and prints it with openhtmltopdf (on PDFBox 3) as PDF/A-2u, Liberation
 * Serif embedded.
 * <p>
 * The XHTML is built as a DOM, element by element: every user-entered string goes in as a text node, never through
 * a parser, so "&lt;script&gt;" in a trích yếu is printed as those characters and cannot become markup.
 */
final class PdfDocumentWriter {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private static final String CSS = """
            @page {
              size: %dmm %dmm;
              margin: %dmm %dmm %dmm %dmm;
              @top-center { content: counter(page); font-family: '%s'; font-size: %dpt; }
            }
            @page :first { @top-center { content: none; } }
            body { margin: 0; font-family: '%s'; font-size: %dpt; line-height: 1.2; orphans: 2; widows: 2; }
            table { width: 100%%; border-collapse: collapse; table-layout: fixed; }
            td { padding: 0; vertical-align: top; text-align: center; }
            td.left { width: %d%%; }
            td.right { width: %d%%; }
            .bold { font-weight: bold; }
            .party { font-weight: bold; font-size: %dpt; text-decoration: underline; }
            .date { font-style: italic; padding-top: 6pt; }
            .number { padding-top: 6pt; }
            .cv-subject { font-style: italic; font-size: %dpt; line-height: 1.15; padding-top: 4pt; }
            .type-title { font-weight: bold; font-size: %dpt; text-align: center; margin-top: 18pt; }
            .subject { font-weight: bold; text-align: center; }
            .rule { text-align: center; line-height: 1; }
            table.recipients { margin-top: 18pt; margin-bottom: 6pt; }
            td.label { width: %d%%; text-align: right; padding-right: 4pt; font-style: italic; }
            td.list { text-align: left; }
            p { margin: 0; }
            p.recipient-one { text-align: center; margin-top: 18pt; margin-bottom: 6pt; }
            p.paragraph, p.heading, p.deadline { text-align: justify; text-indent: %smm; margin-top: %dpt;
              word-wrap: break-word; }
            p.heading { font-weight: bold; page-break-after: avoid; }
            p.deadline { font-style: italic; margin-top: 0; }
            div.ending, div.keep { page-break-inside: avoid; }
            table.closing { margin-top: 12pt; }
            div.item { padding-left: 0.6em; text-indent: -0.6em; }
            td.distribution { text-align: left; font-size: %dpt; line-height: 1.15; }
            .distribution-title { font-size: %dpt; text-decoration: underline; }
            td.signature { font-weight: bold; }
            .signature-space { height: %dmm; }
            div.draft-mark { width: 32mm; margin: 0 0 4pt auto; border: 1.5pt solid #000; padding: 1pt 0;
              text-align: center; font-weight: bold; letter-spacing: 1pt; }
            div.draft-watermark { position: fixed; top: 110mm; left: 0; width: 165mm; text-align: center;
              font-weight: bold; font-size: 80pt; color: #d8d8d8; transform: rotate(-35deg); z-index: -1;
              letter-spacing: 6pt; }
            """.formatted(PAGE_WIDTH_MM, PAGE_HEIGHT_MM, MARGIN_TOP_MM, MARGIN_RIGHT_MM, MARGIN_BOTTOM_MM,
            MARGIN_LEFT_MM, PDF_FONT_FAMILY, BODY_PT, PDF_FONT_FAMILY, BODY_PT, LEFT_COLUMN_PERCENT,
            100 - LEFT_COLUMN_PERCENT, PARTY_NAME_PT, SMALL_PT, TYPE_TITLE_PT, RECIPIENT_LABEL_PERCENT,
            String.format(Locale.ROOT, "%.1f", FIRST_LINE_INDENT_MM), PARAGRAPH_SPACING_PT, SMALL_PT, BODY_PT,
            SIGNATURE_SPACE_MM);

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final Fonts fonts;

    PdfDocumentWriter(Fonts fonts) {
        this.fonts = fonts;
    }

    byte[] write(DocumentContent content) {
        Document html = xhtml(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfAConformance(PdfAConformance.PDFA_2_U)
                    .useColorProfile(SRGB)
                    .withProducer("vn.dang.chidao")
                    .useUnicodeLineBreaker(new LineBreaker())
                    .withW3cDocument(html, null)
                    .toStream(out);
            builder.useFont(() -> new ByteArrayInputStream(fonts.regular()), PDF_FONT_FAMILY, 400, FontStyle.NORMAL,
                    true);
            builder.useFont(() -> new ByteArrayInputStream(fonts.bold()), PDF_FONT_FAMILY, 700, FontStyle.NORMAL,
                    true);
            builder.useFont(() -> new ByteArrayInputStream(fonts.italic()), PDF_FONT_FAMILY, 400, FontStyle.ITALIC,
                    true);
            builder.useFont(() -> new ByteArrayInputStream(fonts.boldItalic()), PDF_FONT_FAMILY, 700,
                    FontStyle.ITALIC, true);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF of " + content.title(), e);
        }
        return out.toByteArray();
    }

    static Document xhtml(DocumentContent content) {
        Document dom = newDocument();
        Element html = dom.createElementNS(XHTML, "html");
        html.setAttribute("lang", "vi");
        dom.appendChild(html);
        Element head = add(html, "head", null);
        text(add(head, "title", null), content.title());
        Element author = add(head, "meta", null);
        author.setAttribute("name", "author");
        author.setAttribute("content", content.issuer());
        text(add(head, "style", null), CSS);
        Element body = add(html, "body", null);

        if (content.draftMark() != null) {
            // on every page, so no printed page of a draft can pass for the issued document
            text(add(body, "div", "draft-watermark"), content.draftMark());
            text(add(body, "div", "draft-mark"), content.draftMark());
        }
        header(body, content);
        if (!content.congVan()) {
            text(add(body, "div", "type-title"), content.typeTitle());
            lines(add(body, "div", "subject"), content.subjectLines());
            text(add(body, "div", "rule"), DocumentContent.RULE);
        } else {
            recipients(body, content.recipientLines());
        }
        // a heading and its first paragraph, a task and its deadline line go onto one page together; the last of
        // these groups goes onto the page of the signature, so a signing page never stands without text
        List<List<DocumentContent.Block>> groups = keptTogether(content.blocks());
        // a one-line closing sentence alone would leave a signing page with one stranded line: take the group above
        int ending = groups.size() - 1;
        if (ending > 0 && DocumentContent.isShort(groups.get(ending))) {
            ending--;
        }
        for (int i = 0; i < Math.max(ending, 0); i++) {
            List<DocumentContent.Block> group = groups.get(i);
            Element parent = group.size() > 1 ? add(body, "div", "keep") : body;
            group.forEach(block -> paragraph(parent, block));
        }
        Element end = add(body, "div", "ending");
        for (int i = Math.max(ending, 0); i < groups.size(); i++) {
            groups.get(i).forEach(block -> paragraph(end, block));
        }
        closing(end, content);
        return dom;
    }

    /** Blocks that must not be parted by a page break: a heading with what follows, a deadline with its task. */
    static List<List<DocumentContent.Block>> keptTogether(List<DocumentContent.Block> blocks) {
        List<List<DocumentContent.Block>> groups = new ArrayList<>();
        List<DocumentContent.Block> group = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            group.add(blocks.get(i));
            boolean joinNext = i + 1 < blocks.size() && (blocks.get(i).kind() == DocumentContent.Kind.HEADING
                    || blocks.get(i + 1).kind() == DocumentContent.Kind.DEADLINE);
            if (!joinNext) {
                groups.add(List.copyOf(group));
                group.clear();
            }
        }
        return groups;
    }

    private static void paragraph(Element parent, DocumentContent.Block block) {
        text(add(parent, "p", block.kind().name().toLowerCase(Locale.ROOT)), block.text());
    }

    private static void header(Element body, DocumentContent content) {
        Element table = add(body, "table", "header");
        Element first = add(table, "tr", null);
        Element issuer = add(first, "td", "left");
        if (content.superior() != null) {
            text(add(issuer, "div", null), content.superior());
        }
        text(add(issuer, "div", "bold"), content.issuer());
        text(add(issuer, "div", null), DocumentContent.STAR);
        text(add(add(first, "td", "right"), "span", "party"), DocumentContent.PARTY_NAME);

        Element second = add(table, "tr", null);
        text(add(second, "td", "left number"), content.numberLine());
        text(add(second, "td", "right date"), content.dateLine());

        if (content.congVan() && !content.subjectLines().isEmpty()) {
            Element third = add(table, "tr", null);
            lines(add(third, "td", "left cv-subject"), content.subjectLines());
            add(third, "td", "right");
        }
    }

    private static void recipients(Element body, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        if (lines.size() == 1) {
            text(add(body, "p", "recipient-one"), DocumentContent.RECIPIENTS_LABEL + " " + lines.get(0));
            return;
        }
        Element row = add(add(body, "table", "recipients"), "tr", null);
        text(add(row, "td", "label"), DocumentContent.RECIPIENTS_LABEL);
        lines(add(row, "td", "list"), lines);
    }

    private static void closing(Element body, DocumentContent content) {
        Element row = add(add(body, "table", "closing"), "tr", null);
        Element distribution = add(row, "td", "left distribution");
        if (!content.distributionLines().isEmpty()) {
            text(add(distribution, "div", "distribution-title"), DocumentContent.DISTRIBUTION_LABEL);
            lines(distribution, content.distributionLines());
        }
        Element signature = add(row, "td", "right signature");
        content.signingLines().forEach(line -> text(add(signature, "div", null), line));
        add(signature, "div", "signature-space");
        text(add(signature, "div", null), content.signerName());
    }

    private static Element add(Element parent, String tag, String cssClass) {
        Element element = parent.getOwnerDocument().createElementNS(XHTML, tag);
        if (cssClass != null) {
            element.setAttribute("class", cssClass);
        }
        parent.appendChild(element);
        return element;
    }

    private static void text(Element element, String text) {
        element.appendChild(element.getOwnerDocument().createTextNode(text));
    }

    /** One div per line: each line of a list or a trích yếu is printed on a line of its own. */
    private static void lines(Element parent, List<String> lines) {
        lines.forEach(line -> text(add(parent, "div", line.startsWith("- ") ? "item" : null), line));
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML DOM available", e);
        }
    }
}
