package vn.dang.chidao.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real documents of ../shared/seeds (CI checks the shared folder out beside the repository). */
final class SeedTexts {

    static final String BAO_YEN = "cong-van-bao-yen-2022";
    static final String BAC_KAN = "cong-van-bac-kan-2024";
    static final String BACH_THONG = "ke-hoach-bach-thong-2023";

    private SeedTexts() {
    }

    static String read(String seed) {
        try {
            return Files.readString(Path.of("..", "shared", "seeds", seed + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
