package vn.dang.chidao.administration;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dang.chidao.directory.SignerPosition;
import vn.dang.chidao.directory.Signers;
import vn.dang.chidao.directory.SigningAuthority;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.input.Problems;

/**
 * Who signs for which body and how (HD 36: T/M, K/T, T/L, T/UQ), and each body's terms (nhiệm kỳ): numbers run from 01
 * per term, so terms of one body never overlap.
 */
@Service
public class SignersAndTerms {

    public record SignerView(String userId, String fullName, String issuerCode, String position,
                             String positionTitle, String authority, String authorityLine) {
    }

    public record TermView(long id, String issuerCode, String name, LocalDate startsOn, LocalDate endsOn) {
    }

    /** A term as entered: dates as dd/MM/yyyy or yyyy-MM-dd. */
    public record TermForm(String issuerCode, String name, String startsOn, String endsOn) {
    }

    /** As people write it (01/07/2025, 1/7/2025) or as date pickers send it (2025-07-01). */
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final NamedParameterJdbcTemplate jdbc;
    private final Signers signers;
    private final UnitDirectory directory;
    private final AdminDirectory units;
    private final IdentityPort identity;
    private final ChangeLog changes;

    public SignersAndTerms(NamedParameterJdbcTemplate jdbc, Signers signers, UnitDirectory directory,
                           AdminDirectory units, IdentityPort identity, ChangeLog changes) {
        this.jdbc = jdbc;
        this.signers = signers;
        this.directory = directory;
        this.units = units;
        this.identity = identity;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    public List<SignerView> signersOf(String issuerCode) {
        Unit issuer = issuer(issuerCode, false);
        return signers.of(issuer.id()).stream().map(s -> view(s, issuer)).toList();
    }

    /**
     * Adds a signer of an issuing body; they also join its leaders' group, so the "Trình ký" tasks reach them.
     *
     * @param authority SigningAuthority code, or null for the position's usual way
     */
    @Transactional
    public SignerView addSigner(String actor, String userId, String issuerCode, String position, String authority) {
        Problems problems = new Problems();
        Unit issuer = issuer(issuerCode, true);
        Optional<IdentityPort.Person> person = userId == null || userId.length() > 64 ? Optional.empty()
                : identity.person(userId.strip());
        if (person.isEmpty()) {
            problems.add("userId", "Người ký '" + AdminNotFoundException.shorten(userId)
                    + "' chưa có tài khoản người dùng: tạo người dùng trước.");
        } else if (person.get().deactivated()) {
            problems.add("userId", "Người dùng '" + userId + "' đã thôi công tác.");
        }
        SignerPosition pos = null;
        try {
            pos = SignerPosition.of(position == null ? "" : position.strip());
        } catch (IllegalArgumentException e) {
            problems.add("position", "Chức vụ ký '" + AdminNotFoundException.shorten(position)
                    + "' không có trong danh mục.");
        }
        SigningAuthority how = null;
        if (Fields.clean(authority) == null) {
            how = pos == null ? null : pos.usualAuthority();
        } else {
            try {
                how = SigningAuthority.parse(authority.strip());
            } catch (IllegalArgumentException e) {
                problems.add("authority", "Thẩm quyền ký '" + AdminNotFoundException.shorten(authority)
                        + "' không có trong danh mục (T/M, K/T, T/L, T/UQ hoặc ký trực tiếp).");
            }
        }
        if (pos != null && how != null && (!pos.belongsTo(issuer.bodyKind()) || !how.allowedFor(issuer.bodyKind()))) {
            problems.add("position", "Theo Hướng dẫn 36-HD/VPTW, " + issuer.name() + " không có người ký là "
                    + pos.title() + (how.line(issuer) == null ? " ký trực tiếp" : " với dòng \"" + how.line(issuer)
                    + "\"") + ".");
        }
        if (person.isPresent() && signers.find(person.get().id(), issuer.id()).isPresent()) {
            problems.add("userId", person.get().fullName() + " đã là người ký của " + issuer.name() + ".");
        }
        problems.throwIfAny();
        String user = person.orElseThrow().id();
        signers.add(user, issuer.id(), pos, how, issuer.bodyKind());
        if (!person.get().groupIds().contains(issuer.signerGroup())) {
            identity.addMembership(user, issuer.signerGroup());
        }
        SignerView added = view(signers.find(user, issuer.id()).orElseThrow(), issuer);
        changes.record(actor, "SIGNER", user + "@" + issuer.code(), "CREATE", null, AuditJson.of(added));
        return added;
    }

    /** The person no longer signs for the body (they stay in its leaders' group: a role is set under People). */
    @Transactional
    public void removeSigner(String actor, String userId, String issuerCode) {
        Unit issuer = issuer(issuerCode, false);
        Signers.Signer signer = (userId == null ? Optional.<Signers.Signer>empty() : signers.find(userId, issuer.id()))
                .orElseThrow(() -> new AdminNotFoundException("'" + AdminNotFoundException.shorten(userId)
                        + "' không phải người ký của " + issuer.name() + "."));
        SignerView before = view(signer, issuer);
        jdbc.update("delete from signer where user_id = :u and issuer_id = :i",
                Map.of("u", signer.userId(), "i", issuer.id()));
        changes.record(actor, "SIGNER", signer.userId() + "@" + issuer.code(), "DELETE", AuditJson.of(before), null);
    }

    @Transactional(readOnly = true)
    public List<TermView> termsOf(String issuerCode) {
        Unit issuer = issuer(issuerCode, false);
        return jdbc.query("select id, name, starts_on, ends_on from term where issuer_id = :i order by starts_on",
                Map.of("i", issuer.id()), (rs, n) -> new TermView(rs.getLong(1), issuer.code(), rs.getString(2),
                        rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()));
    }

    @Transactional
    public TermView addTerm(String actor, TermForm form) {
        Unit issuer = issuer(form.issuerCode(), true);
        Problems problems = new Problems();
        Fields.required(problems, "name", "Tên nhiệm kỳ", form.name(), 64);
        LocalDate start = date(problems, "startsOn", "Ngày bắt đầu", form.startsOn());
        LocalDate end = date(problems, "endsOn", "Ngày kết thúc", form.endsOn());
        check(problems, issuer, null, Fields.clean(form.name()), start, end);
        problems.throwIfAny();
        jdbc.update("insert into term (issuer_id, name, starts_on, ends_on) values (:i, :n, :s, :e)",
                new MapSqlParameterSource().addValue("i", issuer.id()).addValue("n", form.name().strip())
                        .addValue("s", Date.valueOf(start)).addValue("e", Date.valueOf(end)));
        TermView added = termsOf(issuer.code()).stream().filter(t -> t.name().equals(form.name().strip()))
                .findFirst().orElseThrow();
        changes.record(actor, "TERM", issuer.code() + "/" + added.name(), "CREATE", null, AuditJson.of(added));
        return added;
    }

    /** Corrects a term's dates (ending a term early, before the next one starts); its numbers stay what they are. */
    @Transactional
    public TermView updateTerm(String actor, long termId, TermForm form) {
        TermView before = jdbc.query("select t.id, u.code, t.name, t.starts_on, t.ends_on from term t join unit u "
                + "on u.id = t.issuer_id where t.id = :id", Map.of("id", termId), (rs, n) -> new TermView(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                rs.getDate(5).toLocalDate())).stream().findFirst()
                .orElseThrow(() -> new AdminNotFoundException("Không tìm thấy nhiệm kỳ có mã " + termId + "."));
        Unit issuer = issuer(before.issuerCode(), false);
        Problems problems = new Problems();
        String name = Fields.clean(form.name()) == null ? before.name() : form.name().strip();
        Fields.optional(problems, "name", "Tên nhiệm kỳ", name, 64);
        LocalDate start = Fields.clean(form.startsOn()) == null ? before.startsOn()
                : date(problems, "startsOn", "Ngày bắt đầu", form.startsOn());
        LocalDate end = Fields.clean(form.endsOn()) == null ? before.endsOn()
                : date(problems, "endsOn", "Ngày kết thúc", form.endsOn());
        check(problems, issuer, termId, name, start, end);
        problems.throwIfAny();
        jdbc.update("update term set name = :n, starts_on = :s, ends_on = :e where id = :id",
                new MapSqlParameterSource().addValue("n", name).addValue("s", Date.valueOf(start))
                        .addValue("e", Date.valueOf(end)).addValue("id", termId));
        TermView after = new TermView(termId, issuer.code(), name, start, end);
        changes.record(actor, "TERM", issuer.code() + "/" + before.name(), "UPDATE", AuditJson.of(before),
                AuditJson.of(after));
        return after;
    }

    private void check(Problems problems, Unit issuer, Long self, String name, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            problems.add("endsOn", "Ngày kết thúc nhiệm kỳ trước ngày bắt đầu.");
            return;
        }
        if (name != null && name.length() <= 64) {
            Integer same = jdbc.queryForObject("select count(*) from term where issuer_id = :i and name = :n "
                    + "and id <> :self", new MapSqlParameterSource().addValue("i", issuer.id()).addValue("n", name)
                    .addValue("self", self == null ? -1L : self), Integer.class);
            if (same != null && same > 0) {
                problems.add("name", issuer.name() + " đã có nhiệm kỳ " + name + ".");
            }
        }
        if (start != null && end != null) {
            List<String> overlapping = jdbc.queryForList("select name from term where issuer_id = :i and id <> :self "
                    + "and starts_on <= :e and ends_on >= :s", new MapSqlParameterSource().addValue("i", issuer.id())
                    .addValue("self", self == null ? -1L : self).addValue("s", Date.valueOf(start))
                    .addValue("e", Date.valueOf(end)), String.class);
            if (!overlapping.isEmpty()) {
                problems.add("startsOn", "Nhiệm kỳ trùng thời gian với nhiệm kỳ " + String.join(", ", overlapping)
                        + " của " + issuer.name() + ": số văn bản đánh theo từng nhiệm kỳ nên các nhiệm kỳ không được "
                        + "chồng lên nhau.");
            }
        }
    }

    private static LocalDate date(Problems problems, String field, String label, String value) {
        if (Fields.clean(value) == null) {
            problems.add(field, label + " không được để trống.");
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value.strip(), format);
            } catch (DateTimeParseException e) {
                // the next way of writing it
            }
        }
        problems.add(field, label + " '" + AdminNotFoundException.shorten(value) + "' không đúng dạng ngày/tháng/năm "
                + "(ví dụ: 01/07/2025).");
        return null;
    }

    private Unit issuer(String code, boolean mustIssue) {
        AdminDirectory.Row row = units.find(code).orElseThrow(() -> AdminNotFoundException.unit(code));
        Unit unit = directory.get(row.id());
        if (mustIssue && (!row.active() || !unit.canIssue())) {
            throw new InvalidInputException("'" + unit.name() + "' " + (row.active() ? "không ban hành văn bản"
                    : "đã đóng") + ": không khai báo người ký hay nhiệm kỳ được.");
        }
        return unit;
    }

    private SignerView view(Signers.Signer s, Unit issuer) {
        String name = identity.person(s.userId()).map(IdentityPort.Person::fullName).orElse(s.userId());
        return new SignerView(s.userId(), name, issuer.code(), s.position().name(), s.position().title(),
                s.authority().name(), s.authorityLine(issuer));
    }
}
