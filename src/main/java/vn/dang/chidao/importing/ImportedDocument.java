package vn.dang.chidao.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * What the reader found in a document's text, for a drafter or the văn thư to check; every field null when the
 * document does not have it. {@code warnings} (Vietnamese) name what could not be read with confidence.
 */
public record ImportedDocument(
        String type,
        String superiorBody,
        String issuingBody,
        String number,
        String place,
        LocalDate issuedOn,
        String subject,
        List<UnitMention> recipients,
        String basis,
        String body,
        List<Assignment> assignments,
        List<String> copies,
        Signature signature,
        List<String> warnings) {

    /** A unit as the document names it; {@code unit} is the directory's code (or group token), null if none matched. */
    public record UnitMention(String text, String unit) {
    }

    /** A point of the document and the units it addresses; {@code deadline} is the phrase as written. */
    public record Assignment(String text, List<UnitMention> units, String deadline) {
    }

    /** The signing block: "T/M BAN THƯỜNG VỤ" (or null), "PHÓ BÍ THƯ", the signer's name. */
    public record Signature(String authority, String position, String name) {
    }
}
