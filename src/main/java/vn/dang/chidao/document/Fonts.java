package vn.dang.chidao.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Liberation Serif 2.1 (SIL Open Font License 1.1, see {@code fonts/LICENSE-LiberationSerif.txt}), shipped in the
 * jar: metric-compatible with Times New Roman and with every Vietnamese letter, so a PDF looks the same on any
 * server and needs no font installed. The PDF gets the fonts without their GSUB table (see {@link #withoutGsub}).
 */
record Fonts(byte[] regular, byte[] bold, byte[] italic, byte[] boldItalic) {

    static Fonts liberationSerif() {
        return new Fonts(load("LiberationSerif-Regular.ttf"), load("LiberationSerif-Bold.ttf"),
                load("LiberationSerif-Italic.ttf"), load("LiberationSerif-BoldItalic.ttf"));
    }

    private static byte[] load(String file) {
        String path = "/fonts/" + file;
        try (InputStream in = Fonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + path);
            }
            return withoutGsub(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path, e);
        }
    }

    /**
     * Hides the glyph-substitution table by renaming its tag in the font's table directory. PDFBox 3 applies GSUB
     * to every text run and compiles a regular expression per glyph sequence each time: a third of a directive's
     * PDF rendering in the benchmark's profile. Vietnamese needs none of its substitutions (the text is NFC,
     * every letter a precomposed glyph; PDFBox does no mark positioning anyway), and the embedded subset keeps
     * only the tables a PDF uses, so the renamed table never reaches a document.
     */
    static byte[] withoutGsub(byte[] font) {
        byte[] copy = font.clone();
        ByteBuffer b = ByteBuffer.wrap(copy);
        int tables = Short.toUnsignedInt(b.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (b.getInt(record) == GSUB) {
                b.putInt(record, HIDDEN_GSUB);
            }
        }
        return copy;
    }

    private static final int GSUB = tag("GSUB");
    /** Sorts where GSUB did, so that the directory stays ordered; no font reader knows it. */
    private static final int HIDDEN_GSUB = tag("GSUA");

    private static int tag(String t) {
        return ByteBuffer.wrap(t.getBytes(StandardCharsets.US_ASCII)).getInt();
    }
}
