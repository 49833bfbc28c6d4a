package vn.dang.chidao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Where the pages break: the seed công văn with an opening paragraph of growing length, so that every heading,
 * deadline line and the signing block come to stand at the foot of a page in one variant or another.
 */
class DocumentPageBreaksTest {

    private static final String SENTENCE = "Các cấp ủy, tổ chức đảng tiếp tục quán triệt sâu rộng nội dung này. ";

    private final DocumentRenderer renderer = new DocumentRenderer();

    @Test
    void noHeadingDeadlineOrSigningBlockIsStrandedWhereverThePageBreaks() throws IOException {
        IssuedDocument seed = DocumentSeeds.congVanBaoYen();
        for (int sentences = 0; sentences <= 36; sentences++) {
            IssuedDocument variant = withBody(seed, SENTENCE.repeat(sentences) + "\n" + seed.body());
            try (PDDocument pdf = Loader.loadPDF(renderer.pdf(variant))) {
                List<PdfLines.Line> lines = PdfLines.of(pdf).all().stream()
                        .filter(line -> !line.text().matches("\\d+")).toList();
                String variantName = sentences + " sentences";

                // the signing page carries at least two lines of the text above Nơi nhận
                PdfLines.Line distribution = lines.stream().filter(line -> line.text().startsWith("Nơi nhận:"))
                        .findFirst().orElseThrow();
                long textAbove = lines.stream().filter(line -> line.page() == distribution.page()
                        && line.baseline() < distribution.baseline()).count();
                assertThat(textAbove).as("%s: lines above Nơi nhận on page %d", variantName, distribution.page())
                        .isGreaterThanOrEqualTo(2);

                for (int i = 0; i < lines.size(); i++) {
                    PdfLines.Line line = lines.get(i);
                    if (line.text().matches("\\d\\. .*:") && i + 1 < lines.size()) {
                        assertThat(lines.get(i + 1).page()).as("%s: heading «%s» keeps its text", variantName,
                                line.text()).isEqualTo(line.page());
                    }
                    if (line.text().startsWith("Thời hạn:") && i > 0) {
                        assertThat(lines.get(i - 1).page()).as("%s: «%s» stays with its task", variantName,
                                line.text()).isEqualTo(line.page());
                    }
                }
            }
        }
    }

    private static IssuedDocument withBody(IssuedDocument d, String body) {
        return new IssuedDocument(d.typeCode(), d.typeName(), d.superiorName(), d.issuerName(), d.documentNumber(),
                d.placeName(), d.issuedOn(), d.subject(), d.basis(), body, d.recipients(), d.assignments(),
                d.closing(), d.distribution(), d.signingAuthority(), d.signerPosition(), d.signerName());
    }
}
