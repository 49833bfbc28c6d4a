package vn.dang.chidao.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif 2.1 (SIL Open Font License 1.1, see {@code fonts/LICENSE-LiberationSerif.txt}), shipped in the
 * jar: metric-compatible with Times New Roman and with every Vietnamese letter, so a PDF looks the same on any
 * server and needs no font installed.
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
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path, e);
        }
    }
}
