package vn.dang.chidao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The PDF fonts come without their GSUB table and with every Vietnamese letter. */
class FontsTest {

    private static final String VIETNAMESE = "ĐẢNG CỘNG SẢN VIỆT NAM đảng ủy Bảo Yên ngày tháng năm ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ "
            + "ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỷ ỹ ỵ ị ỉ ĩ ọ ỏ õ ụ ủ ũ ạ ả ã ẹ ẻ ẽ “” – …";

    @Test
    void theShippedFontHasAGsubTableThatTheRendererDoesNotSee() throws IOException {
        byte[] shipped;
        try (InputStream in = Fonts.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
            shipped = in.readAllBytes();
        }
        try (TrueTypeFont original = parse(shipped)) {
            assertThat(original.getTableMap()).containsKey("GSUB");
        }
        Fonts fonts = Fonts.liberationSerif();
        for (byte[] font : new byte[][] {fonts.regular(), fonts.bold(), fonts.italic(), fonts.boldItalic()}) {
            try (TrueTypeFont ttf = parse(font)) {
                assertThat(ttf.getTableMap()).doesNotContainKey("GSUB").containsKeys("cmap", "glyf", "hmtx");
                var cmap = ttf.getUnicodeCmapLookup();
                VIETNAMESE.codePoints().filter(c -> c != ' ')
                        .forEach(c -> assertThat(cmap.getGlyphId(c)).as("glyph for %c", c).isPositive());
            }
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }
}
