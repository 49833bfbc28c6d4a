package vn.dang.chidao.incoming;

import java.time.LocalDate;

import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.directive.VietnameseDates;

/** An incoming document as registered: the sender's fields, our số đến, the direction and its outcome. */
public record IncomingDocument(
        long id,
        long receiverId,
        IncomingStatus status,
        Integer registerYear,
        Integer registerNumber,
        LocalDate receivedOn,
        DirectiveType type,
        String documentNumber,
        String superiorBody,
        String issuingBody,
        LocalDate issuedOn,
        String subject,
        String body,
        String reportDeadlinePhrase,
        LocalDate reportDeadline,
        String reportTo,
        String fileName,
        String receivedBy,
        String registeredBy,
        Direction direction,
        String directionNote,
        String directedBy,
        String drafter,
        DirectiveType implementingType,
        Long reportDirectiveId,
        String reportSigner,
        String processInstanceId) {

    /** "Số đến 12/2026", or null before registration. */
    public String registerLabel() {
        return registerNumber == null ? null : "Số đến " + registerNumber + "/" + registerYear;
    }

    /**
     * How our documents cite it: "Công văn số 405-CV/BTGTU ngày 20/3/2024 của Ban Tuyên giáo Thành ủy Bắc Kạn".
     */
    public String citation() {
        StringBuilder cited = new StringBuilder(type == null ? "Văn bản" : type.label());
        if (documentNumber != null) {
            cited.append(" số ").append(documentNumber);
        }
        if (issuedOn != null) {
            cited.append(" ngày ").append(VietnameseDates.format(issuedOn));
        }
        if (issuingBody != null) {
            cited.append(" của ").append(issuingBody);
        }
        return cited.toString();
    }

    /** The trích yếu inside a sentence ("… về tiếp tục thực hiện …"): a leading capital is lowered, an acronym kept. */
    public String subjectInSentence() {
        if (subject == null || subject.isEmpty()) {
            return subject;
        }
        String s = subject.startsWith("V/v ") ? subject.substring(4) : subject;
        boolean acronym = s.length() > 1 && Character.isUpperCase(s.charAt(1));
        return acronym ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
