package vn.dang.chidao.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How addressed units print with the directory's groups, and how signers sign. */
class RecipientGroupsTest {

    private static final Unit CAP_UY = unit(1, "Huyện ủy Bảo Yên", SignerPosition.BodyKind.CAP_UY, null);
    private static final Unit XA = unit(2, "Đảng ủy xã Bảo Hà", SignerPosition.BodyKind.CAP_UY, null);
    private static final Unit CHI_BO = unit(3, "Chi bộ Trường THPT số 1", SignerPosition.BodyKind.CAP_UY, null);
    private static final Unit MTTQ = unit(4, "Ủy ban MTTQ huyện", SignerPosition.BodyKind.CAP_UY, null);
    private static final Unit DOAN = unit(5, "Huyện đoàn Bảo Yên", SignerPosition.BodyKind.CAP_UY, null);
    private static final Unit PHONG = unit(6, "Phòng Giáo dục và Đào tạo", SignerPosition.BodyKind.CAP_UY, null);

    private static final RecipientGroup CHI_DANG_BO = new RecipientGroup(10, 1, "chi-dang-bo",
            "Các chi, đảng bộ trực thuộc", List.of(XA, CHI_BO));
    private static final RecipientGroup DOAN_THE = new RecipientGroup(11, 1, "doan-the",
            "MTTQ và các đoàn thể huyện", List.of(MTTQ, DOAN));

    @Test
    void aGroupAllOfWhoseMembersAreAddressedPrintsAsItsName() {
        assertThat(RecipientGroups.names(List.of(XA, CHI_BO, MTTQ, DOAN, PHONG), List.of(CHI_DANG_BO, DOAN_THE)))
                .containsExactly("Các chi, đảng bộ trực thuộc", "MTTQ và các đoàn thể huyện",
                        "Phòng Giáo dục và Đào tạo");
    }

    @Test
    void aGroupNotWhollyAddressedPrintsItsUnits() {
        assertThat(RecipientGroups.names(List.of(PHONG, XA, MTTQ, DOAN), List.of(CHI_DANG_BO, DOAN_THE)))
                .containsExactly("Phòng Giáo dục và Đào tạo", "Đảng ủy xã Bảo Hà", "MTTQ và các đoàn thể huyện");
    }

    @Test
    void overlappingGroupsNameNoUnitTwice() {
        RecipientGroup everyone = new RecipientGroup(12, 1, "tat-ca", "Các chi, đảng bộ, MTTQ và các đoàn thể",
                List.of(XA, CHI_BO, MTTQ, DOAN));
        assertThat(RecipientGroups.names(List.of(XA, CHI_BO, MTTQ, DOAN), List.of(CHI_DANG_BO, DOAN_THE, everyone)))
                .containsExactly("Các chi, đảng bộ, MTTQ và các đoàn thể");
        assertThat(RecipientGroups.names(List.of(), List.of(CHI_DANG_BO))).isEmpty();
    }

    @Test
    void signersSignAsHd36Allows() {
        assertThat(SigningAuthority.ON_BEHALF.line(CAP_UY)).isEqualTo("T/M BAN THƯỜNG VỤ");
        // a Đảng ủy without a Ban Thường vụ signs for the Đảng ủy
        Unit withoutStanding = unit(7, "Đảng ủy xã Phúc Khánh", SignerPosition.BodyKind.CAP_UY, "ĐẢNG ỦY");
        assertThat(SigningAuthority.ON_BEHALF.line(withoutStanding)).isEqualTo("T/M ĐẢNG ỦY");
        assertThat(SigningAuthority.DEPUTY.line(CAP_UY)).isEqualTo("K/T BÍ THƯ");
        assertThat(SigningAuthority.BY_ORDER.line(CAP_UY)).isEqualTo("T/L BAN THƯỜNG VỤ");
        assertThat(SigningAuthority.BY_AUTHORIZATION.line(CAP_UY)).isEqualTo("T/UQ BAN THƯỜNG VỤ");
        Unit ban = unit(8, "Ban Tuyên giáo Huyện ủy", SignerPosition.BodyKind.BAN, null);
        assertThat(SigningAuthority.OWN_NAME.line(ban)).isNull();
        assertThat(SigningAuthority.DEPUTY.line(ban)).isEqualTo("K/T TRƯỞNG BAN");
        assertThat(SigningAuthority.BY_ORDER.line(ban)).isEqualTo("T/L TRƯỞNG BAN");
        assertThat(SigningAuthority.ON_BEHALF.allowedFor(SignerPosition.BodyKind.BAN)).isFalse();
        assertThat(SigningAuthority.OWN_NAME.allowedFor(SignerPosition.BodyKind.CAP_UY)).isFalse();
        assertThat(SignerPosition.PHO_TRUONG_BAN.usualAuthority()).isEqualTo(SigningAuthority.DEPUTY);
        assertThat(SignerPosition.CHANH_VAN_PHONG.belongsTo(SignerPosition.BodyKind.BAN)).isTrue();
        assertThat(SignerPosition.TRUONG_BAN.belongsTo(SignerPosition.BodyKind.CAP_UY)).isFalse();
    }

    private static Unit unit(long id, String name, SignerPosition.BodyKind kind, String collective) {
        return new Unit(id, "u" + id, name, null, null, null, null, null, null, kind == SignerPosition.BodyKind.CAP_UY,
                kind, null, collective);
    }
}
