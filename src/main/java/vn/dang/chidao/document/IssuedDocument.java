package vn.dang.chidao.document;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything printed on an issued Party document (Hướng dẫn 36-HD/VPTW), as plain text.
 * Nothing here is markup: every string is printed literally.
 *
 * @param typeCode         CV, KH, HD, … ; a công văn (CV) prints its trích yếu under the number and a
 *                         "Kính gửi:" block, every other type prints its name in capitals and the trích yếu
 *                         under it
 * @param typeName         "Kế hoạch", "Hướng dẫn" …; may be null for the types of
 *                         {@link vn.dang.chidao.directive.DirectiveType}
 * @param superiorName     the body above the issuer ("Đảng bộ tỉnh Lào Cai"); null when there is none
 * @param issuerName       the issuing body ("Huyện ủy Bảo Yên")
 * @param documentNumber   "1759-CV/HU"; null before the văn thư gives the number (prints "Số      -CV")
 * @param placeName        the địa danh of the date line ("Bảo Yên")
 * @param issuedOn         date of issue; null before issue (prints "ngày      tháng      năm")
 * @param subject          the trích yếu ("V/v tăng cường …"); line breaks are kept
 * @param basis            căn cứ paragraphs, printed before the body
 * @param body             the text; one paragraph per line (blank lines are ignored)
 * @param recipients       the Kính gửi units (công văn), one per line
 * @param assignments      the numbered assignments, each followed by its deadline
 * @param closing          paragraphs printed after the assignments ("Yêu cầu các … thực hiện./."); may be null
 * @param distribution     the Nơi nhận lines ("Như Kính gửi", "Lưu VT")
 * @param signingAuthority "T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN", … or null when the signer signs in their
 *                         own right
 * @param signerPosition   "PHÓ BÍ THƯ", "PHÓ TRƯỞNG BAN", …
 * @param signerName       the signer's full name
 */
public record IssuedDocument(
        String typeCode,
        String typeName,
        String superiorName,
        String issuerName,
        String documentNumber,
        String placeName,
        LocalDate issuedOn,
        String subject,
        List<String> basis,
        String body,
        List<String> recipients,
        List<NumberedAssignment> assignments,
        String closing,
        List<String> distribution,
        String signingAuthority,
        String signerPosition,
        String signerName) {

    public IssuedDocument {
        if (typeCode == null || typeCode.isBlank()) {
            throw new IllegalArgumentException("typeCode is required (CV, KH, HD …)");
        }
        if (issuerName == null || issuerName.isBlank()) {
            throw new IllegalArgumentException("issuerName is required");
        }
        typeCode = typeCode.strip();
        basis = copy(basis);
        recipients = copy(recipients);
        assignments = copy(assignments);
        distribution = copy(distribution);
    }

    /** Without a closing paragraph. */
    public IssuedDocument(String typeCode, String typeName, String superiorName, String issuerName,
            String documentNumber, String placeName, LocalDate issuedOn, String subject, List<String> basis,
            String body, List<String> recipients, List<NumberedAssignment> assignments, List<String> distribution,
            String signingAuthority, String signerPosition, String signerName) {
        this(typeCode, typeName, superiorName, issuerName, documentNumber, placeName, issuedOn, subject, basis, body,
                recipients, assignments, null, distribution, signingAuthority, signerPosition, signerName);
    }

    /** A công văn: trích yếu under the number, "Kính gửi:" block, no type name. */
    public boolean isCongVan() {
        return "CV".equalsIgnoreCase(typeCode);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : list.stream().filter(item -> item != null).toList();
    }
}
