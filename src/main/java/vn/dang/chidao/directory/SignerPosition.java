package vn.dang.chidao.directory;

import java.util.Arrays;

/** Positions that sign Party documents, and the authority line each prints above its title. */
public enum SignerPosition {
    BI_THU("BÍ THƯ", BodyKind.CAP_UY),
    PHO_BI_THU("PHÓ BÍ THƯ", BodyKind.CAP_UY),
    TRUONG_BAN("TRƯỞNG BAN", BodyKind.BAN),
    PHO_TRUONG_BAN("PHÓ TRƯỞNG BAN", BodyKind.BAN),
    /** Signs "T/L" (or "T/UQ") for the collective of a cấp ủy, or for the Trưởng ban. */
    CHANH_VAN_PHONG("CHÁNH VĂN PHÒNG", null),
    PHO_CHANH_VAN_PHONG("PHÓ CHÁNH VĂN PHÒNG", null);

    private final String title;
    private final BodyKind body;

    SignerPosition(String title, BodyKind body) {
        this.title = title;
        this.body = body;
    }

    /** As printed: "PHÓ BÍ THƯ". */
    public String title() {
        return title;
    }

    public BodyKind body() {
        return body;
    }

    /**
     * How this position usually signs: a committee's leaders on behalf of its collective; a Ban's head in the
     * Ban's name, a deputy "ký thay" the head; the office head "thừa lệnh".
     */
    public SigningAuthority usualAuthority() {
        return switch (this) {
            case BI_THU, PHO_BI_THU -> SigningAuthority.ON_BEHALF;
            case TRUONG_BAN -> SigningAuthority.OWN_NAME;
            case PHO_TRUONG_BAN -> SigningAuthority.DEPUTY;
            case CHANH_VAN_PHONG, PHO_CHANH_VAN_PHONG -> SigningAuthority.BY_ORDER;
        };
    }

    /** Whether a body of this kind has this position (the office positions exist in both). */
    public boolean belongsTo(BodyKind kind) {
        return body == null || body == kind;
    }

    public static SignerPosition of(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown signer position " + name));
    }

    public enum BodyKind {
        /** Tỉnh ủy, Huyện ủy, Đảng ủy …: signs "T/M BAN THƯỜNG VỤ". */
        CAP_UY,
        /** Ban Tuyên giáo, Ban Tổ chức …: signs "TRƯỞNG BAN" or "K/T TRƯỞNG BAN". */
        BAN
    }
}
