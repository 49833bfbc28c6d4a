package vn.dang.chidao.document;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dang.chidao.directive.ActionNotAllowedException;
import vn.dang.chidao.directive.Assignment;
import vn.dang.chidao.directive.Directive;
import vn.dang.chidao.directive.DirectiveRepository;
import vn.dang.chidao.directive.DirectiveStatus;
import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.directory.RecipientGroup;
import vn.dang.chidao.directory.RecipientGroups;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;

/** The issued document of a directive: rendered once when it is numbered, stored with it, served to units. */
@Service
public class DirectiveDocuments {

    public enum Format {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    public record StoredDocument(String fileName, Format format, byte[] content) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final DirectiveRepository directives;
    private final UnitDirectory directory;
    private final DocumentRenderer renderer;
    private final Clock clock;
    private final RecipientGroups groups;

    public DirectiveDocuments(NamedParameterJdbcTemplate jdbc, DirectiveRepository directives, UnitDirectory directory,
                              DocumentRenderer renderer, Clock clock, RecipientGroups groups) {
        this.groups = groups;
        this.jdbc = jdbc;
        this.directives = directives;
        this.directory = directory;
        this.renderer = renderer;
        this.clock = clock;
    }

    /**
     * Renders and stores the PDF, the issued document itself, replacing an earlier one (idempotent for a retried
     * job). The DOCX, an editable copy few people open, is rendered on its first download: POI took a third of
     * the rendering time, which every unit waited for before getting its task.
     */
    @Transactional
    public void generate(long directiveId) {
        IssuedDocument document = build(directiveId);
        store(directiveId, Format.PDF, fileName(directiveId, document, Format.PDF), renderer.pdf(document));
        jdbc.update("delete from directive_document where directive_id = :d and format = :f",
                Map.of("d", directiveId, "f", Format.DOCX.name()));
    }

    /** The stored document; the DOCX of an issued directive is rendered and stored when first asked for. */
    @Transactional
    public Optional<StoredDocument> find(long directiveId, Format format) {
        Optional<StoredDocument> stored = stored(directiveId, format);
        if (stored.isPresent() || format != Format.DOCX || stored(directiveId, Format.PDF).isEmpty()) {
            return stored;
        }
        IssuedDocument document = build(directiveId);
        String name = fileName(directiveId, document, Format.DOCX);
        byte[] docx = renderer.docx(document);
        try {
            jdbc.update("insert into directive_document (directive_id, format, file_name, content, created_at) "
                    + "values (:d, :f, :n, :c, :now)", new MapSqlParameterSource().addValue("d", directiveId)
                    .addValue("f", Format.DOCX.name()).addValue("n", name).addValue("c", docx)
                    .addValue("now", Timestamp.from(clock.instant())));
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // another first download stored the same rendering a moment earlier
        }
        return Optional.of(new StoredDocument(name, Format.DOCX, docx));
    }

    /**
     * The draft as it is stored now (a redraft after a return shows its new text), laid out as it will be issued,
     * marked "DỰ THẢO", without number or date. Rendered on each request and never stored: the issued document is
     * the only one kept.
     *
     * @throws ActionNotAllowedException when the actor is none of the draft's readers ({@link #requireDraftReader})
     * @throws DraftNotAvailableException when the directive is already numbered and issued
     */
    public StoredDocument draft(long directiveId, Format format, Actor actor) {
        Directive directive = directives.get(directiveId);
        requireDraftReader(directive, actor);
        if (directive.status() != DirectiveStatus.DRAFT && directive.status() != DirectiveStatus.REJECTED) {
            throw new DraftNotAvailableException("Văn bản đã được cấp số " + directive.documentNumber()
                    + " và ban hành: đề nghị xem bản phát hành.");
        }
        IssuedDocument document = build(directiveId);
        String symbol = directory.get(directive.issuerId()).symbol();
        byte[] content = format == Format.PDF ? renderer.draftPdf(document, symbol)
                : renderer.draftDocx(document, symbol);
        return new StoredDocument("du-thao-van-ban-" + directiveId + "." + format.extension(), format, content);
    }

    /**
     * Who may read a draft: its drafter, the issuing body's office head (format check) and leaders (signing), the
     * chosen signer, an administrator. Not its units, nor other bodies: a draft is not yet a directive.
     */
    public void requireDraftReader(Directive directive, Actor actor) {
        Unit issuer = directory.get(directive.issuerId());
        String drafter = jdbc.queryForObject("select created_by from directive where id = :id",
                Map.of("id", directive.id()), String.class);
        String user = actor.userId();
        boolean reader = actor.isAdmin() || user != null && (user.equals(drafter) || user.equals(directive.signerId()))
                || actor.groups().contains(issuer.officeHeadGroup()) || actor.groups().contains(issuer.signerGroup());
        if (!reader) {
            throw new ActionNotAllowedException("Đồng chí không có quyền xem dự thảo này: chỉ người soạn thảo, "
                    + "Chánh Văn phòng, lãnh đạo ký văn bản của " + issuer.name() + " được xem dự thảo.");
        }
    }

    private Optional<StoredDocument> stored(long directiveId, Format format) {
        return jdbc.query("select file_name, content from directive_document where directive_id = :d and format = :f",
                Map.of("d", directiveId, "f", format.name()),
                (rs, i) -> new StoredDocument(rs.getString(1), format, rs.getBytes(2))).stream().findFirst();
    }

    private static String fileName(long directiveId, IssuedDocument document, Format format) {
        String base = document.documentNumber() == null ? "van-ban-" + directiveId
                : document.documentNumber().replace('/', '-');
        return base + "." + format.extension();
    }

    IssuedDocument build(long directiveId) {
        Directive d = directives.get(directiveId);
        Map<String, Object> extra = jdbc.queryForMap("select purpose, organization, closing, signing_authority, "
                + "signer_position from directive where id = :id", Map.of("id", directiveId));
        Unit issuer = directory.get(d.issuerId());
        List<Unit> recipientUnits = directory.getAll(jdbc.queryForList("select r.unit_id from recipient r "
                + "where r.directive_id = :d order by r.position", Map.of("d", directiveId), Long.class));
        List<RecipientGroup> available = groups.available(issuer);
        // Kính gửi as people write it: a group whose members are all addressed prints as its name
        List<String> recipients = RecipientGroups.names(recipientUnits, available);
        Map<Long, List<Long>> unitsOfAssignment = new HashMap<>();
        jdbc.query("select au.assignment_id, au.unit_id from assignment_unit au join assignment a "
                + "on a.id = au.assignment_id where a.directive_id = :d", Map.of("d", directiveId), rs -> {
                    unitsOfAssignment.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        List<NumberedAssignment> assignments = new ArrayList<>();
        for (Assignment a : directives.assignments(directiveId)) {
            // the drafter's words; the resolved date (and any extension) belongs to the tracking, not the paper
            String phrase = a.phrase() != null ? a.phrase()
                    : a.deadline() == null ? null : "trước ngày " + VietnameseDates.format(a.deadline());
            List<Long> ids = unitsOfAssignment.getOrDefault(a.id(), List.of());
            // in Kính gửi order; a task for every Kính gửi unit names none
            List<Unit> doers = recipientUnits.stream().filter(u -> ids.contains(u.id())).toList();
            List<String> units = doers.size() == recipientUnits.size() ? List.of()
                    : RecipientGroups.names(doers, available);
            assignments.add(new NumberedAssignment(a.position(), a.content(), phrase, units));
        }
        return new IssuedDocument(d.type().abbreviation(), d.type().label(), issuer.headerName(),
                issuer.headerIssuerOrName(), d.documentNumber(), issuer.placeName(), d.issuedOn(), d.subject(), lines(d.basis()),
                body(d, (String) extra.get("purpose"), (String) extra.get("organization")), recipients, assignments,
                (String) extra.get("closing"), directives.distribution(directiveId), (String) extra.get("signing_authority"),
                (String) extra.get("signer_position"), d.signerName());
    }

    /** A kế hoạch has its three sections; other types have the body as written. */
    private static String body(Directive d, String purpose, String organization) {
        if (d.type() != DirectiveType.KH) {
            return d.body();
        }
        StringBuilder b = new StringBuilder();
        if (purpose != null && !purpose.isBlank()) {
            b.append("I. MỤC ĐÍCH, YÊU CẦU\n").append(purpose.strip()).append("\n\n");
        }
        b.append("II. NỘI DUNG\n").append(d.body() == null ? "" : d.body().strip());
        if (organization != null && !organization.isBlank()) {
            b.append("\n\nIII. TỔ CHỨC THỰC HIỆN\n").append(organization.strip());
        }
        return b.toString();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private void store(long directiveId, Format format, String fileName, byte[] content) {
        var params = new MapSqlParameterSource().addValue("d", directiveId).addValue("f", format.name())
                .addValue("n", fileName).addValue("c", content).addValue("now", Timestamp.from(clock.instant()));
        jdbc.update("delete from directive_document where directive_id = :d and format = :f", params);
        jdbc.update("insert into directive_document (directive_id, format, file_name, content, created_at) "
                + "values (:d, :f, :n, :c, :now)", params);
    }
}
