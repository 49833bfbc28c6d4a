package vn.dang.chidao.numbering;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dang.chidao.directive.Directive;
import vn.dang.chidao.directive.DirectiveRepository;
import vn.dang.chidao.directive.DirectiveStatus;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.directory.UnitDirectory;

/**
 * Party numbering: from 01 per issuing body, per document type, per term. The counter row is locked
 * by the increment and released at commit, so concurrent approvals queue; a rolled-back approval
 * rolls its increment back too, so no number is skipped.
 */
@Service
public class NumberingService {

    private final NamedParameterJdbcTemplate jdbc;
    private final DirectiveRepository directives;
    private final UnitDirectory directory;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    public NumberingService(NamedParameterJdbcTemplate jdbc, DirectiveRepository directives, UnitDirectory directory,
                            PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.directives = directives;
        this.directory = directory;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Gives the directive its number and issue date. Idempotent: a numbered directive keeps its number. */
    @Transactional
    public DocumentNumber assign(long directiveId) {
        Directive directive = directives.lock(directiveId);
        Unit issuer = directory.get(directive.issuerId());
        if (directive.documentNumber() != null) {
            return parse(directive.documentNumber(), issuer.symbol());
        }
        if (directive.status() != DirectiveStatus.DRAFT) {
            throw new InvalidInputException("Văn bản không ở trạng thái chờ cấp số.");
        }
        LocalDate today = LocalDate.now(clock);
        long termId = currentTerm(issuer, today);
        String type = directive.type().name();
        ensureCounter(issuer.id(), type, termId);
        var key = new MapSqlParameterSource().addValue("issuer", issuer.id()).addValue("type", type)
                .addValue("term", termId);
        jdbc.update("update number_counter set last_value = last_value + 1 "
                + "where issuer_id = :issuer and doc_type = :type and term_id = :term", key);
        int value = jdbc.queryForObject("select last_value from number_counter "
                + "where issuer_id = :issuer and doc_type = :type and term_id = :term", key, Integer.class);
        DocumentNumber number = new DocumentNumber(value, directive.type().abbreviation(), issuer.symbol());
        jdbc.update("update directive set number_value = :value, document_number = :number, term_id = :term, "
                        + "issued_on = :today, status = :status where id = :id",
                new MapSqlParameterSource().addValue("value", value).addValue("number", number.toString())
                        .addValue("term", termId).addValue("today", Date.valueOf(today))
                        .addValue("status", DirectiveStatus.ISSUED.name()).addValue("id", directiveId));
        return number;
    }

    private long currentTerm(Unit issuer, LocalDate today) {
        return jdbc.queryForList("select id from term where issuer_id = :issuer and starts_on <= :today "
                        + "and ends_on >= :today order by starts_on desc",
                Map.of("issuer", issuer.id(), "today", Date.valueOf(today)), Long.class).stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("Chưa khai báo nhiệm kỳ hiện hành của "
                        + issuer.name() + ", không cấp số được. Đề nghị quản trị viên bổ sung nhiệm kỳ."));
    }

    /** Creates the counter in its own transaction so a racing creator's duplicate key does not poison ours. */
    private void ensureCounter(long issuerId, String type, long termId) {
        var key = Map.of("issuer", issuerId, "type", type, "term", termId);
        Integer exists = jdbc.queryForObject("select count(*) from number_counter where issuer_id = :issuer "
                + "and doc_type = :type and term_id = :term", key, Integer.class);
        if (exists != null && exists > 0) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(s -> jdbc.update("insert into number_counter "
                    + "(issuer_id, doc_type, term_id, last_value) values (:issuer, :type, :term, 0)", key));
        } catch (DuplicateKeyException raced) {
            // another approval created it first; it is there now
        }
    }

    private static DocumentNumber parse(String number, String symbol) {
        int dash = number.indexOf('-');
        int slash = number.indexOf('/');
        return new DocumentNumber(Integer.parseInt(number.substring(0, dash)), number.substring(dash + 1, slash),
                symbol);
    }
}
