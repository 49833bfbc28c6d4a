package vn.dang.chidao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dang.chidao.directory.RecipientGroup;
import vn.dang.chidao.directory.SignerPosition;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitKind;
import vn.dang.chidao.importing.ImportedDocument.UnitMention;

/** Unit phrases against a directory like the demo's Huyện ủy Bảo Yên: names, abbreviations, groups. */
class UnitMatcherTest {

    private static final Unit HU = unit(2, "hu-bao-yen", "Huyện ủy Bảo Yên", 1L, UnitKind.CAP_UY);
    private static final Unit BTG = unit(3, "btg-bao-yen", "Ban Tuyên giáo Huyện ủy", 2L, UnitKind.BAN);
    private static final Unit MTTQ = unit(4, "mttq-bao-yen", "Ủy ban MTTQ huyện Bảo Yên", 2L, UnitKind.DOAN_THE);
    private static final Unit BAO_HA = unit(5, "du-bao-ha", "Đảng ủy xã Bảo Hà", 2L, UnitKind.DANG_UY);
    private static final Unit THPT = unit(6, "cb-thpt-bao-yen", "Chi bộ Trường THPT số 1 Bảo Yên", 2L, UnitKind.CHI_BO);

    private final UnitMatcher matcher = new UnitMatcher(List.of(unit(1, "tu-lao-cai", "Tỉnh ủy Lào Cai", null,
            UnitKind.CAP_UY), HU, BTG, MTTQ, BAO_HA, THPT), List.of(
            new RecipientGroup(1, 2, "hu-bao-yen_chi-dang-bo", "Các chi, đảng bộ trực thuộc", List.of(BAO_HA, THPT)),
            new RecipientGroup(2, 2, "hu-bao-yen_doan-the", "MTTQ và các đoàn thể huyện", List.of(MTTQ))));

    @Test
    void namesAbbreviationsAndGroups() {
        assertThat(matcher.resolve("Ban Tuyên giáo Huyện ủy")).isEqualTo("btg-bao-yen");
        assertThat(matcher.resolve("Ban Tuyên giáo HU")).isEqualTo("btg-bao-yen");
        assertThat(matcher.resolve("BTG Huyện uỷ")).isEqualTo("btg-bao-yen");
        assertThat(matcher.resolve("ban tuyen giao huyen uy")).isEqualTo("btg-bao-yen");
        assertThat(matcher.resolve("Ủy ban MTTQ huyện")).isEqualTo("mttq-bao-yen");
        assertThat(matcher.resolve("Uỷ ban Mặt trận Tổ quốc huyện Bảo Yên")).isEqualTo("mttq-bao-yen");
        assertThat(matcher.resolve("ĐẢNG ỦY XÃ BẢO HÀ")).isEqualTo("du-bao-ha");
        assertThat(matcher.resolve("Các chi, đảng bộ trực thuộc")).isEqualTo("nhom:hu-bao-yen_chi-dang-bo");
        assertThat(matcher.resolve("Các chi, đảng bộ trực thuộc Huyện ủy")).isEqualTo("nhom:hu-bao-yen_chi-dang-bo");
        assertThat(matcher.resolve("Mặt trận Tổ quốc và các đoàn thể huyện")).isEqualTo("nhom:hu-bao-yen_doan-the");
        assertThat(matcher.resolve("Ủy ban Mặt trận Tổ quốc và các đoàn thể huyện"))
                .isEqualTo("nhom:hu-bao-yen_doan-the");
    }

    @Test
    void whatTheDirectoryDoesNotHoldStaysUnmatched() {
        assertThat(matcher.resolve("Ban Chỉ đạo 35 huyện")).isNull();
        assertThat(matcher.resolve("Các cơ quan tham mưu, giúp việc Huyện ủy")).isNull();
        assertThat(matcher.resolve("Phòng Giáo dục và Đào tạo")).isNull();
        assertThat(matcher.resolve("Ban Tuyên giáo Tỉnh ủy")).isNull();
        assertThat(matcher.resolve("")).isNull();
    }

    @Test
    void theBaoYenSeedAgainstTheDirectory() {
        ImportedDocument doc = new DocumentReader().read(SeedTexts.read(SeedTexts.BAO_YEN), matcher);
        assertThat(doc.recipients()).extracting(UnitMention::unit).containsExactly("nhom:hu-bao-yen_chi-dang-bo",
                null, "nhom:hu-bao-yen_doan-the", null, null);
        assertThat(doc.assignments().get(0).units()).extracting(UnitMention::unit)
                .containsExactly("nhom:hu-bao-yen_chi-dang-bo", "nhom:hu-bao-yen_doan-the");
        assertThat(doc.assignments().get(3).units()).extracting(UnitMention::unit)
                .containsExactly("btg-bao-yen", null, null);
    }

    private static Unit unit(long id, String code, String name, Long parent, UnitKind kind) {
        return new Unit(id, code, name, parent, null, name.contains("Lào Cai") ? "Lào Cai" : name.contains("Bảo Hà")
                ? "Bảo Hà" : "Bảo Yên", null, null, null, true, SignerPosition.BodyKind.CAP_UY, kind, null);
    }
}
