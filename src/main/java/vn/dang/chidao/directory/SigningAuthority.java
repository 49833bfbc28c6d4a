package vn.dang.chidao.directory;

/**
 * How a signer signs (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW): the line printed above the position.
 */
public enum SigningAuthority {
    /** "T/M BAN THƯỜNG VỤ", "T/M ĐẢNG ỦY": a cấp ủy's leader for its collective. */
    ON_BEHALF("T/M"),
    /** "K/T BÍ THƯ", "K/T TRƯỞNG BAN": a deputy in place of the head. */
    DEPUTY("K/T"),
    /** "T/L BAN THƯỜNG VỤ": the Chánh Văn phòng by order of the collective (or of the Trưởng ban). */
    BY_ORDER("T/L"),
    /** "T/UQ BAN THƯỜNG VỤ": someone the collective has authorised in writing. */
    BY_AUTHORIZATION("T/UQ"),
    /** No line: a Trưởng ban signs in the Ban's name. */
    OWN_NAME(null);

    private final String prefix;

    SigningAuthority(String prefix) {
        this.prefix = prefix;
    }

    /** The printed line for a signer of this body, or null. */
    public String line(Unit body) {
        return switch (this) {
            case ON_BEHALF, BY_ORDER, BY_AUTHORIZATION -> prefix + " " + body.collectiveOrDefault();
            case DEPUTY -> prefix + " " + (body.bodyKind() == SignerPosition.BodyKind.BAN ? "TRƯỞNG BAN" : "BÍ THƯ");
            case OWN_NAME -> null;
        };
    }

    /** Whether a body of this kind signs so: a Ban has no collective to sign for, a cấp ủy never signs unqualified. */
    public boolean allowedFor(SignerPosition.BodyKind body) {
        return switch (this) {
            case ON_BEHALF -> body == SignerPosition.BodyKind.CAP_UY;
            case OWN_NAME -> body == SignerPosition.BodyKind.BAN;
            case DEPUTY, BY_ORDER, BY_AUTHORIZATION -> true;
        };
    }

    public static SigningAuthority parse(String name) {
        for (SigningAuthority a : values()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown signing authority " + name);
    }
}
