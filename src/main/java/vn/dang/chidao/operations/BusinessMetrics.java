package vn.dang.chidao.operations;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import vn.dang.chidao.WorkflowProperties;

/**
 * The figures operators watch, as gauges (Prometheus: {@code chidao_unit_works_open} …): open unit works, units
 * with an assignment past its deadline, mails waiting in the outbox, incidents and the job executor's backlog.
 * Each is counted at most every 15 s, however often it is scraped.
 */
@Component
public class BusinessMetrics implements MeterBinder {

    private static final Duration FRESH = Duration.ofSeconds(15);

    private static final String OPEN_UNIT_WORKS = "select count(*) from recipient "
            + "where status in ('DISPATCHED', 'ACKNOWLEDGED', 'REPORTED', 'RETURNED')";
    private static final String OVERDUE_UNITS = "select count(*) from recipient r where r.status in "
            + "('DISPATCHED', 'ACKNOWLEDGED', 'REPORTED', 'RETURNED') and exists (select 1 from assignment_unit au "
            + "join assignment a on a.id = au.assignment_id where a.directive_id = r.directive_id "
            + "and au.unit_id = r.unit_id and au.completed_at is null and coalesce(au.deadline, a.deadline) < :today)";
    private static final String PENDING_NOTIFICATIONS = "select count(*) from notification where status = 'PENDING'";
    // the engine's own tables, read the way Cockpit's counts do: no engine API here (business code)
    private static final String INCIDENTS = "select count(*) from ACT_RU_INCIDENT";
    private static final String DUE_JOBS = "select count(*) from ACT_RU_JOB where RETRIES_ > 0 "
            + "and (DUEDATE_ is null or DUEDATE_ <= :now) and (LOCK_EXP_TIME_ is null or LOCK_EXP_TIME_ < :now) "
            + "and SUSPENSION_STATE_ = 1";

    private record Reading(double value, Instant at) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final WorkflowProperties properties;
    private final Map<String, Reading> readings = new ConcurrentHashMap<>();

    public BusinessMetrics(NamedParameterJdbcTemplate jdbc, Clock clock, WorkflowProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "chidao.unit_works.open", "Việc của đơn vị đang mở (đã gửi, chưa duyệt báo cáo)",
                OPEN_UNIT_WORKS);
        gauge(registry, "chidao.units.overdue", "Việc của đơn vị có nhiệm vụ quá hạn chưa hoàn thành",
                OVERDUE_UNITS);
        gauge(registry, "chidao.notifications.pending", "Thư báo đang chờ gửi trong hàng đợi", PENDING_NOTIFICATIONS);
        gauge(registry, "chidao.incidents.open", "Sự cố của quy trình chưa xử lý", INCIDENTS);
        gauge(registry, "chidao.jobs.due", "Công việc tự động đến hạn chưa chạy (tồn đọng của bộ chạy việc)",
                DUE_JOBS);
    }

    private void gauge(MeterRegistry registry, String name, String description, String sql) {
        Gauge.builder(name, () -> read(name, sql)).description(description).register(registry);
    }

    /** A count no older than {@link #FRESH}; NaN when the database cannot be read (the gauge shows it missing). */
    double read(String name, String sql) {
        Instant now = clock.instant();
        Reading last = readings.get(name);
        if (last != null && Duration.between(last.at(), now).compareTo(FRESH) < 0) {
            return last.value();
        }
        double value;
        try {
            LocalDate today = LocalDate.ofInstant(now, properties.zone());
            Long count = jdbc.queryForObject(sql, Map.of("today", Date.valueOf(today),
                    "now", Timestamp.from(now)), Long.class);
            value = count == null ? 0 : count;
        } catch (RuntimeException e) {
            value = Double.NaN;
        }
        readings.put(name, new Reading(value, now));
        return value;
    }
}
