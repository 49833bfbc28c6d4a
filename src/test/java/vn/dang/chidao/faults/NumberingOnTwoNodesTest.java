package vn.dang.chidao.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dang.chidao.directive.AssignmentDraft;
import vn.dang.chidao.directive.DirectiveDraft;
import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.numbering.NumberingService;
import vn.dang.chidao.postgres.EmbeddedPostgresSupport;

/**
 * Issue "Reliability", point 2: numbering is safe across engine nodes, not just threads. Node A is
 * this test's application context, node B a second application context started on the same
 * PostgreSQL database; 200 approvals race, half on each node, each in its own transaction of its
 * node. A per-JVM lock or a read-then-write counter would hand out some number twice here.
 */
class NumberingOnTwoNodesTest extends FaultsAppTestBase {

    private static final int APPROVALS = 200;
    private static final int THREADS_PER_NODE = 8;
    /** Nobody else numbers Thông báo of the Huyện ủy in this database: its counter starts here. */
    private static final DirectiveType TYPE = DirectiveType.TB;

    @Autowired
    ApplicationContext nodeA;
    @Autowired
    DirectiveService directives;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void approvalsRacingOnTwoNodesGetDistinctConsecutiveNumbers() throws Exception {
        LocalDate deadline = LocalDate.now(Faults.ZONE).plusDays(30);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < APPROVALS; i++) {
            ids.add(directives.saveDraft(null, new DirectiveDraft(TYPE, "hu-bao-yen",
                    "V/v thử cấp số trên hai nút " + i, null, "Nội dung", null, null, null,
                    List.of("mttq-bao-yen"),
                    List.of(new AssignmentDraft("Thực hiện", List.of("mttq-bao-yen"), deadline.toString())),
                    List.of("Lưu VT"), "phobithu", null), user -> "Hoàng Văn Minh",
                    Actor.SYSTEM, null));
        }
        int before = counter();

        long t0 = System.nanoTime();
        String url = EmbeddedPostgresSupport.server().getJdbcUrl("postgres", DATABASE);
        try (InJvmNode nodeB = InJvmNode.start(url, false, "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--spring.datasource.hikari.maximum-pool-size=" + (THREADS_PER_NODE + 4))) {
            System.out.printf("[faults/numbering] node B up in %.1f s%n", Faults.seconds(t0));
            ApplicationContext[] nodes = {nodeA, nodeB.context};
            ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<int[]>> results = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                int node = i % 2;
                long id = ids.get(i);
                NumberingService numbering = nodes[node].getBean(NumberingService.class);
                TransactionTemplate tx = new TransactionTemplate(nodes[node].getBean(PlatformTransactionManager.class));
                results.add(pool.submit(() -> {
                    go.await();
                    return new int[] {node, tx.execute(s -> numbering.assign(id).number())};
                }));
            }
            long race = System.nanoTime();
            go.countDown();
            List<Integer> numbers = new ArrayList<>();
            int[] perNode = new int[2];
            for (Future<int[]> f : results) {
                int[] r = f.get();
                perNode[r[0]]++;
                numbers.add(r[1]);
            }
            double raceSeconds = Faults.seconds(race);
            pool.shutdown();

            assertThat(numbers).hasSize(APPROVALS).doesNotHaveDuplicates();
            assertThat(numbers.stream().min(Integer::compare)).hasValue(before + 1);
            assertThat(numbers.stream().max(Integer::compare)).hasValue(before + APPROVALS);
            assertThat(perNode).containsExactly(APPROVALS / 2, APPROVALS / 2);
            // as stored, read through node B
            Map<String, Object> stored = nodeB.bean(JdbcTemplate.class).queryForMap("select count(*) as issued, "
                    + "count(distinct document_number) as distinct_numbers from directive where id in ("
                    + String.join(",", ids.stream().map(String::valueOf).toList()) + ") and status = 'ISSUED'");
            assertThat(stored).containsEntry("issued", (long) APPROVALS).containsEntry("distinct_numbers", (long) APPROVALS);
            assertThat(counter()).isEqualTo(before + APPROVALS);
            System.out.printf("[faults/numbering] %d approvals on 2 nodes (%d threads each; %d on A, %d on B): "
                            + "numbers %02d..%d-%s, %d distinct, no gap, counter %d; race %.2f s%n", APPROVALS,
                    THREADS_PER_NODE, perNode[0], perNode[1], before + 1, before + APPROVALS, TYPE.abbreviation(),
                    numbers.stream().distinct().count(), counter(), raceSeconds);
        }
    }

    private int counter() {
        return jdbc.queryForObject("select coalesce(max(c.last_value), 0) from number_counter c join unit u "
                + "on u.id = c.issuer_id where u.code = 'hu-bao-yen' and c.doc_type = ?", Integer.class, TYPE.name());
    }
}
