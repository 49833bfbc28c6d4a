package vn.dang.chidao.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dang.chidao.directive.DirectiveStatus;
import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.directive.RecipientStatus;
import vn.dang.chidao.process.WorkflowTestBase;
import vn.dang.chidao.reporting.SummaryService;
import vn.dang.chidao.reporting.UnitStatus;
import vn.dang.chidao.reporting.UnitSummary;

/** The managers' view on the whole application: statuses, days, reports, filters, access, 1,000 units. */
class ProgressServiceTest extends WorkflowTestBase {

    @Autowired
    ProgressService progress;
    @Autowired
    SummaryService summaries;

    @Test
    void eachUnitHasItsStatusDaysAndReportAndTheCountsAddUp() {
        ProgressScenario s = ProgressScenario.run(engine, "V/v theo dõi tiến độ các đơn vị");
        long id = directiveId(s.directive.getId());

        DirectiveProgress d = progress.detail(id, DirectiveAccess.all());

        assertThat(d.documentNumber()).matches("\\d{2,}-CV/HU");
        assertThat(d.subject()).isEqualTo("V/v theo dõi tiến độ các đơn vị");
        assertThat(d.type()).isEqualTo(DirectiveType.CV);
        assertThat(d.issuerCode()).isEqualTo("hu-bao-yen");
        assertThat(d.issuerName()).isEqualTo("Huyện ủy Bảo Yên");
        assertThat(d.issuedOn()).isEqualTo(s.deadline.minusDays(3));
        assertThat(d.status()).isEqualTo(DirectiveStatus.ISSUED);
        assertThat(d.processInstanceId()).isEqualTo(s.directive.getId());
        assertThat(d.counts()).isEqualTo(new StatusCounts(1, 1, 1, 1));
        assertThat(d.reportsReceived()).isEqualTo(2);
        assertThat(d.reportsAccepted()).isEqualTo(2);

        assertThat(d.units()).extracting(UnitProgress::unitCode, UnitProgress::status, UnitProgress::deadline,
                UnitProgress::daysLeft, UnitProgress::reportReceived, UnitProgress::reportAccepted,
                UnitProgress::recipientStatus).containsExactly(
                tuple("mttq-bao-yen", UnitStatus.DONE_IN_TIME, s.deadline.plusDays(5), 8, true, true, RecipientStatus.ACCEPTED),
                tuple("btg-bao-yen", UnitStatus.DONE_LATE, s.deadline, -2, true, true, RecipientStatus.ACCEPTED),
                tuple("du-bao-ha", UnitStatus.OVERDUE, s.deadline, -2, false, false, RecipientStatus.ACKNOWLEDGED),
                tuple("cb-thpt-bao-yen", UnitStatus.IN_TIME, s.deadline.plusDays(30), 28, false, false,
                        RecipientStatus.ACKNOWLEDGED));
        assertThat(d.units()).extracting(UnitProgress::processInstanceId)
                .containsExactlyElementsOf(s.unitWork.values());
        assertThat(d.units()).extracting(UnitProgress::unitName).startsWith("Ủy ban MTTQ huyện Bảo Yên");
        assertThat(d.units().get(0).leadPerson()).isEqualTo("Đ/c Vàng Thị Dung, Phó Chủ tịch");
        assertThat(d.units().get(0).reportedAt()).isNotNull();
        assertThat(d.units().get(2).reportedAt()).isNull();

        // the statuses are SummaryService's, unit for unit
        Map<Long, UnitStatus> fromSummary = summaries.summarize(id).stream()
                .collect(Collectors.toMap(UnitSummary::recipientId, UnitSummary::status));
        assertThat(d.units()).allSatisfy(u -> assertThat(u.status()).isEqualTo(fromSummary.get(u.recipientId())));
        // and the figures are the database's
        assertThat(d.unitCount()).isEqualTo((int) count("select count(*) from recipient where directive_id = ?", id));
        assertThat(d.reportsAccepted()).isEqualTo(
                (int) count("select count(*) from recipient where directive_id = ? and status = 'ACCEPTED'", id));
    }

    @Test
    void assignmentsPerUnitShowTheDeadlineInForceAndTheirOwnStatus() {
        ProgressScenario s = ProgressScenario.run(engine, "V/v nhiệm vụ từng đơn vị");
        long id = directiveId(s.directive.getId());

        List<AssignmentProgress> rows = progress.assignments(id, DirectiveAccess.all());

        assertThat(rows).extracting(AssignmentProgress::unitName, AssignmentProgress::position,
                AssignmentProgress::deadlineInForce, AssignmentProgress::status, AssignmentProgress::extended)
                .containsExactly(
                        tuple("Ủy ban MTTQ huyện Bảo Yên", 1, s.deadline, UnitStatus.DONE_IN_TIME, false),
                        tuple("Ủy ban MTTQ huyện Bảo Yên", 2, s.deadline.plusDays(5), UnitStatus.DONE_IN_TIME, false),
                        tuple("Ban Tuyên giáo Huyện ủy", 1, s.deadline, UnitStatus.DONE_LATE, false),
                        tuple("Đảng ủy xã Bảo Hà", 1, s.deadline, UnitStatus.OVERDUE, false),
                        tuple("Chi bộ Trường THPT số 1 Bảo Yên", 1, s.deadline.plusDays(30), UnitStatus.IN_TIME, true));
        assertThat(rows.get(4).deadline()).isEqualTo(s.deadline);
        assertThat(rows.get(0).completedAt()).isNotNull();
        assertThat(rows.get(3).completedAt()).isNull();
        assertThat(rows).hasSize((int) count("select count(*) from assignment_unit au join assignment a "
                + "on a.id = au.assignment_id where a.directive_id = ?", id));
    }

    @Test
    void filtersSelectByIssuerTypePeriodAndStatus() {
        ProgressScenario s = ProgressScenario.run(engine, "V/v lọc theo dõi");
        long id = directiveId(s.directive.getId());
        LocalDate issued = s.deadline.minusDays(3);

        assertThat(ids(ProgressFilter.issued())).contains(id);
        assertThat(ids(filter("hu-bao-yen", "CV", issued.toString(), issued.toString(), "ISSUED"))).contains(id);
        assertThat(ids(filter(null, null, VnDate.of(issued), null, null))).contains(id);
        assertThat(ids(filter("btg-bao-yen", null, null, null, null))).doesNotContain(id);
        assertThat(ids(filter(null, "KH", null, null, null))).doesNotContain(id);
        assertThat(ids(filter(null, null, issued.plusDays(1).toString(), null, null))).doesNotContain(id);
        assertThat(ids(filter(null, null, null, issued.minusDays(1).toString(), null))).doesNotContain(id);
        assertThat(ids(filter(null, null, null, null, "ARCHIVED,COMPLETED"))).doesNotContain(id);
        assertThat(ids(filter(null, null, null, null, "all"))).contains(id);

        ProgressPage page = progress.list(filter("hu-bao-yen", "CV", issued.toString(), issued.toString(), null),
                DirectiveAccess.all());
        DirectiveProgress item = page.items().stream().filter(d -> d.directiveId() == id).findFirst().orElseThrow();
        assertThat(item.counts()).isEqualTo(new StatusCounts(1, 1, 1, 1));
        assertThat(item.units()).as("the list carries counts, not units").isEmpty();
        assertThat(item.reportsAccepted()).isEqualTo(2);
    }

    @Test
    void pagesAreNewestFirstAndCountEverything() {
        ProgressScenario.run(engine, "V/v trang một");
        ProgressScenario.run(engine, "V/v trang hai");
        ProgressPage all = progress.list(ProgressFilter.issued(), DirectiveAccess.all());
        assertThat(all.total()).isGreaterThanOrEqualTo(2);

        ProgressPage first = progress.list(new ProgressFilter(null, null, null, null, null, 0, 1),
                DirectiveAccess.all());
        ProgressPage second = progress.list(new ProgressFilter(null, null, null, null, null, 1, 1),
                DirectiveAccess.all());
        assertThat(first.items()).hasSize(1);
        assertThat(second.items()).hasSize(1);
        assertThat(first.total()).isEqualTo(all.total());
        assertThat(first.items().get(0).directiveId()).isEqualTo(all.items().get(0).directiveId());
        assertThat(second.items().get(0).directiveId()).isEqualTo(all.items().get(1).directiveId());
        assertThat(progress.list(new ProgressFilter(null, null, null, null, null, 10_000, 50),
                DirectiveAccess.all()).items()).isEmpty();
    }

    @Test
    void onlyReadableDirectivesAreListedAndOthersRefused() {
        ProgressScenario s = ProgressScenario.run(engine, "V/v quyền xem");
        long id = directiveId(s.directive.getId());
        DirectiveAccess nothing = candidates -> Set.of();
        DirectiveAccess onlyThis = candidates -> candidates.stream().map(DirectiveRef::id).filter(x -> x == id)
                .collect(Collectors.toSet());

        assertThat(progress.list(ProgressFilter.issued(), nothing).items()).isEmpty();
        assertThat(progress.list(ProgressFilter.issued(), nothing).total()).isZero();
        assertThat(progress.list(ProgressFilter.issued(), onlyThis).items()).extracting(DirectiveProgress::directiveId)
                .containsExactly(id);
        assertThatThrownBy(() -> progress.detail(id, nothing)).isInstanceOf(DirectiveNotReadableException.class)
                .hasMessage("Bạn không có quyền xem tiến độ của văn bản này.");
        assertThatThrownBy(() -> progress.assignments(id, nothing)).isInstanceOf(DirectiveNotReadableException.class);
        assertThatThrownBy(() -> progress.detail(-1, DirectiveAccess.all()))
                .isInstanceOf(DirectiveNotFoundException.class).hasMessageContaining("Không tìm thấy văn bản");
    }

    @Test
    void aProcessInstanceLeadsToItsDirectiveAndUnit() {
        ProgressScenario s = ProgressScenario.run(engine, "V/v quy trình của đơn vị");
        long id = directiveId(s.directive.getId());
        long recipient = count("select id from recipient where process_instance_id = ?",
                s.unitWork.get("du-bao-ha"));

        assertThat(progress.ownerOfProcessInstance(s.directive.getId()))
                .contains(new ProgressService.InstanceOwner(id, null));
        assertThat(progress.ownerOfProcessInstance(s.unitWork.get("du-bao-ha")))
                .contains(new ProgressService.InstanceOwner(id, recipient));
        assertThat(progress.ownerOfProcessInstance("khong-co")).isEmpty();
        assertThat(progress.issuers()).extracting(Issuer::code).contains("hu-bao-yen", "btg-bao-yen", "tu-lao-cai")
                .doesNotContain("mttq-bao-yen");
    }

    /**
     * A directive to 1,000 units (written straight into the tables: dispatching through the engine is the
     * benchmark's business) costs the same few queries as one to four.
     */
    @Test
    void aThousandUnitsInAFewQueries() {
        long issuer = count("select id from unit where code = 'hu-bao-yen'");
        LocalDate today = today();
        jdbc.update("insert into directive (doc_type, issuer_id, subject, signer_id, status, document_number, "
                + "issued_on, created_at, updated_at, process_instance_id) values ('KH', ?, 'V/v kế hoạch cho "
                + "1.000 chi bộ', 'phobithu', 'ISSUED', '999-KH/HU', ?, ?, ?, 'pi-nghin-don-vi')", issuer,
                Date.valueOf(today), Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        long directive = count("select id from directive where process_instance_id = 'pi-nghin-don-vi'");
        jdbc.update("insert into assignment (directive_id, position, content, deadline) values (?, 1, 'Quán triệt', ?)",
                directive, Date.valueOf(today.minusDays(1)));
        jdbc.update("insert into assignment (directive_id, position, content, deadline) values (?, 2, 'Báo cáo', ?)",
                directive, Date.valueOf(today.plusDays(9)));
        long first = count("select id from assignment where directive_id = ? and position = 1", directive);
        long second = count("select id from assignment where directive_id = ? and position = 2", directive);
        List<Object[]> units = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            units.add(new Object[] {"chi-bo-" + directive + "-" + i, "Chi bộ số " + i});
        }
        // inactive: the directory other tests read stays as the demo made it
        jdbc.batchUpdate("insert into unit (code, name, active) values (?, ?, false)", units);
        try {
            measure(directive, first, second);
        } finally {
            jdbc.update("delete from assignment_unit where assignment_id in (?, ?)", first, second);
            jdbc.update("delete from assignment where directive_id = ?", directive);
            jdbc.update("delete from recipient where directive_id = ?", directive);
            jdbc.update("delete from directive where id = ?", directive);
            jdbc.update("delete from unit where code like ?", "chi-bo-" + directive + "-%");
        }
    }

    private void measure(long directive, long first, long second) {
        jdbc.update("insert into recipient (directive_id, unit_id, position, status, process_instance_id) "
                + "select ?, id, id, 'ACKNOWLEDGED', concat('pi-', code) from unit where code like ?",
                directive, "chi-bo-" + directive + "-%");
        jdbc.update("insert into assignment_unit (assignment_id, unit_id, completed_at) select ?, unit_id, "
                + "case when mod(unit_id, 2) = 0 then ? end from recipient where directive_id = ?", first,
                Timestamp.from(Instant.now().minus(Duration.ofDays(3))), directive);
        jdbc.update("insert into assignment_unit (assignment_id, unit_id) select ?, unit_id from recipient "
                + "where directive_id = ?", second, directive);

        long started = System.nanoTime();
        DirectiveProgress d = progress.detail(directive, DirectiveAccess.all());
        List<AssignmentProgress> rows = progress.assignments(directive, DirectiveAccess.all());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(d.units()).hasSize(1000);
        // assignment 1 done on time by half the units, overdue for the other half; assignment 2 still open
        assertThat(d.counts()).isEqualTo(new StatusCounts(500, 500, 0, 0));
        assertThat(d.units()).allSatisfy(u -> assertThat(u.daysLeft()).isEqualTo(9));
        assertThat(rows).hasSize(2000);
        assertThat(took).as("1,000 units and 2,000 assignments").isLessThan(Duration.ofSeconds(5));
        Map<String, DirectiveProgress> byNumber = progress.list(filter(null, "KH", null, null, null),
                DirectiveAccess.all()).items().stream()
                .collect(Collectors.toMap(DirectiveProgress::documentNumber, Function.identity()));
        assertThat(byNumber.get("999-KH/HU").counts().total()).isEqualTo(1000);
    }

    private List<Long> ids(ProgressFilter filter) {
        return progress.list(filter, DirectiveAccess.all()).items().stream().map(DirectiveProgress::directiveId)
                .toList();
    }

    private static ProgressFilter filter(String issuer, String type, String from, String to, String status) {
        return ProgressFilter.parse(issuer, type, from, to, status, null, "200");
    }

    /** dd/MM/yyyy, as a Vietnamese user types it. */
    private static final class VnDate {
        static String of(LocalDate d) {
            return "%02d/%02d/%d".formatted(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        }
    }
}
