package vn.dang.chidao.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.process.WorkflowTestBase;

/** Party numbering on the application's database: per body, per type, per term, no gaps, no duplicates. */
abstract class NumberingTests extends WorkflowTestBase {

    @Autowired
    NumberingService numbering;
    @Autowired
    DirectiveService directives;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void typesCountSeparatelyAndTheNumberIsKeptOnceGiven() {
        LocalDate deadline = today().plusDays(30);
        long cv1 = NumberingFixture.draft(directives, DirectiveType.CV, "tu-lao-cai", deadline);
        long kh1 = NumberingFixture.draft(directives, DirectiveType.KH, "tu-lao-cai", deadline);
        long cv2 = NumberingFixture.draft(directives, DirectiveType.CV, "tu-lao-cai", deadline);

        DocumentNumber first = numbering.assign(cv1);
        DocumentNumber plan = numbering.assign(kh1);
        DocumentNumber second = numbering.assign(cv2);

        assertThat(second.number()).isEqualTo(first.number() + 1);
        assertThat(plan.toString()).endsWith("-KH/TU");
        assertThat(numbering.assign(cv1)).isEqualTo(first);
        assertThat(jdbc.queryForObject("select issued_on from directive where id = ?", Date.class, cv1).toLocalDate())
                .isEqualTo(today());
    }

    @Test
    void aNewTermStartsAgainFromOne() {
        LocalDate deadline = LocalDate.of(2031, 3, 1);
        jdbc.update("insert into term (issuer_id, name, starts_on, ends_on) select id, '2031-2036', ?, ? "
                + "from unit where code = 'tu-lao-cai'", Date.valueOf("2031-01-01"), Date.valueOf("2036-12-31"));
        ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.of(2031, 2, 1).atStartOfDay(ZONE).toInstant()));
        long id = NumberingFixture.draft(directives, DirectiveType.HD, "tu-lao-cai", deadline);

        assertThat(numbering.assign(id)).hasToString("01-HD/TU");
    }

    @Test
    void withoutACurrentTermNothingIsNumbered() {
        ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.of(2040, 2, 1).atStartOfDay(ZONE).toInstant()));
        long id = NumberingFixture.draft(directives, DirectiveType.CV, "hu-bao-yen", LocalDate.of(2040, 3, 1));

        assertThatThrownBy(() -> numbering.assign(id)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Chưa khai báo nhiệm kỳ hiện hành của Huyện ủy Bảo Yên");
        assertThat(jdbc.queryForObject("select document_number from directive where id = ?", String.class, id))
                .isNull();
    }

    @Test
    void concurrentApprovalsGetDistinctConsecutiveNumbers() throws Exception {
        int approvals = 40;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < approvals; i++) {
            ids.add(NumberingFixture.draft(directives, DirectiveType.TB, "hu-bao-yen", today().plusDays(9)));
        }
        List<Integer> numbers = assignConcurrently(ids, 8);

        int first = numbers.stream().min(Integer::compare).orElseThrow();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(approvals);
        assertThat(numbers.stream().max(Integer::compare).orElseThrow()).isEqualTo(first + approvals - 1);
    }

    /** Each approval in its own transaction, all released at once, as simultaneous clicks would be. */
    protected List<Integer> assignConcurrently(List<Long> ids, int threads) throws Exception {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (long id : ids) {
                Callable<Integer> approve = () -> {
                    start.await();
                    return tx.execute(s -> numbering.assign(id).number());
                };
                futures.add(pool.submit(approve));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> f : futures) {
                numbers.add(f.get());
            }
            return numbers;
        } finally {
            pool.shutdownNow();
        }
    }
}
