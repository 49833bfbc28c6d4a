package vn.dang.chidao.progress;

/**
 * The incoming document (văn bản đến) a directive carries out: the leader's direct assignment of it, or a directive
 * of ours implementing it.
 *
 * @param registerLabel "Số đến 12/2026"
 * @param directAssignment whether the directive is the leader's direct assignment (numbered by the sender)
 */
public record IncomingLink(String registerLabel, String documentNumber, String issuingBody, boolean directAssignment) {
}
