package vn.dang.chidao.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.stereotype.Component;

import vn.dang.chidao.WorkflowProperties;

/** Turns a deadline day into the instants timers and statuses use, in the deployment's time zone. */
@Component
public class Deadlines {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    private static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);

    private final WorkflowProperties properties;

    public Deadlines(WorkflowProperties properties) {
        this.properties = properties;
    }

    /** "Trước ngày 30/3" leaves the whole of 30/3: overdue from the next second. */
    public Instant dueAt(LocalDate deadline) {
        return deadline.atTime(END_OF_DAY).atZone(properties.zone()).toInstant();
    }

    /** Morning of the day that is the reminder lead time before the deadline. */
    public Instant reminderAt(LocalDate deadline, Integer leadDays) {
        int days = leadDays == null ? properties.reminderDays() : leadDays;
        return deadline.minusDays(days).atTime(REMINDER_TIME).atZone(properties.zone()).toInstant();
    }

    public boolean isLate(Instant when, LocalDate deadline) {
        return when.isAfter(dueAt(deadline));
    }
}
