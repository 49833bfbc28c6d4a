package vn.dang.chidao.directory;

/**
 * A node of the unit directory (cấp ủy, ban, chi bộ, đoàn thể …). Its code is also the id of the
 * Camunda group whose members act for it.
 */
public record Unit(
        long id,
        String code,
        String name,
        Long parentId,
        String symbol,
        String placeName,
        String headerName,
        String email,
        boolean canIssue,
        SignerPosition.BodyKind bodyKind) {

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
