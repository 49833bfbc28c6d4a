package vn.dang.chidao.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text lines of a PDF with where they stand on the page (points from the top-left corner). */
final class PdfLines {

    /** One line of text as PDFBox extracts it. */
    record Line(int page, String text, float left, float right, float baseline) {

        float centre() {
            return (left + right) / 2;
        }
    }

    private final List<Line> lines;

    private PdfLines(List<Line> lines) {
        this.lines = lines;
    }

    /** Gap between two words on one baseline beyond which they belong to different columns. */
    private static final float COLUMN_GAP = 12;

    static PdfLines of(PDDocument pdf) {
        List<Line> words = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (!positions.isEmpty() && !text.isBlank()) {
                        TextPosition first = positions.get(0);
                        TextPosition last = positions.get(positions.size() - 1);
                        words.add(new Line(getCurrentPageNo(), text.strip(), first.getXDirAdj(),
                                last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj()));
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Line> lines = new ArrayList<>();
        for (Line word : words) {
            Line previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (previous != null && previous.page() == word.page()
                    && Math.abs(previous.baseline() - word.baseline()) < 1.5
                    && word.left() >= previous.right() - 1 && word.left() - previous.right() < COLUMN_GAP) {
                lines.set(lines.size() - 1, new Line(previous.page(), previous.text() + " " + word.text(),
                        previous.left(), word.right(), previous.baseline()));
            } else {
                lines.add(word);
            }
        }
        return new PdfLines(List.copyOf(lines));
    }

    List<Line> all() {
        return lines;
    }

    /** The first line that is exactly this text, or that starts with it. */
    Line line(String start) {
        return find(start).orElseThrow(() -> new AssertionError("no line starting with «" + start + "» in "
                + lines.stream().map(Line::text).toList()));
    }

    Optional<Line> find(String start) {
        return lines.stream().filter(line -> line.text().startsWith(start)).findFirst();
    }
}
