package vn.dang.chidao.directory;

/**
 * A node of the unit directory (cấp ủy, ban, chi bộ, đoàn thể …). Its code is also the id of the
 * Camunda group whose members act for it.
 * <p>
 * The header of its documents (Hướng dẫn 36-HD/VPTW §1.2) is data, not derived from {@code name}:
 * {@code headerName} is the line of the body above ("ĐẢNG BỘ TỈNH LÀO CAI" over a Huyện ủy, "HUYỆN ỦY BẢO YÊN"
 * over its Ban; null for a body directly under the Central Committee), {@code headerIssuer} the issuer's own line
 * ("BAN TUYÊN GIÁO"; null prints {@code name}). {@code kind} (may be null) lets recipient groups select units;
 * {@code collectiveName} is the collective its leaders sign for ("ĐẢNG ỦY" where there is no Ban Thường vụ).
 */
public record Unit(
        long id,
        String code,
        String name,
        Long parentId,
        String symbol,
        String placeName,
        String headerName,
        String headerIssuer,
        String email,
        boolean canIssue,
        SignerPosition.BodyKind bodyKind,
        UnitKind kind,
        String collectiveName) {

    /** Who a body's leaders sign for on its behalf (T/M …): the directory's name, else BAN THƯỜNG VỤ for a cấp ủy. */
    public String collectiveOrDefault() {
        if (collectiveName != null && !collectiveName.isBlank()) {
            return collectiveName.strip();
        }
        return bodyKind == SignerPosition.BodyKind.BAN ? "TRƯỞNG BAN" : "BAN THƯỜNG VỤ";
    }

    /** The issuer's own header line: {@code headerIssuer}, or the name when the directory has none. */
    public String headerIssuerOrName() {
        return headerIssuer == null || headerIssuer.isBlank() ? name : headerIssuer;
    }

    /** Group of the office staff who draft and track this issuer's directives. */
    public String officeGroup() {
        return officeGroupOf(code);
    }

    /** The office group of the unit with this code. */
    public static String officeGroupOf(String code) {
        return code + "_van-phong";
    }

    /** Group of the office head who checks the format. */
    public String officeHeadGroup() {
        return code + "_chanh-van-phong";
    }

    /** Group of the leaders who sign (Bí thư, Phó Bí thư, Trưởng ban …). */
    public String signerGroup() {
        return code + "_lanh-dao";
    }

    /** Group of the văn thư (registry clerk). */
    public String registryGroup() {
        return code + "_van-thu";
    }
}
