package vn.dang.chidao.directory;

import java.util.Arrays;

/** Positions that sign Party documents, and the authority line each prints above its title. */
public enum SignerPosition {
    BI_THU("BÍ THƯ", BodyKind.CAP_UY),
    PHO_BI_THU("PHÓ BÍ THƯ", BodyKind.CAP_UY),
    TRUONG_BAN("TRƯỞNG BAN", BodyKind.BAN),
    PHO_TRUONG_BAN("PHÓ TRƯỞNG BAN", BodyKind.BAN);

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
     * The line above the title: a committee's leaders sign on behalf of its standing committee; a
     * Ban's head signs in his own name, a deputy "ký thay" the head.
     */
    public String authority() {
        return switch (this) {
            case BI_THU, PHO_BI_THU -> "T/M BAN THƯỜNG VỤ";
            case TRUONG_BAN -> null;
            case PHO_TRUONG_BAN -> "K/T TRƯỞNG BAN";
        };
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
