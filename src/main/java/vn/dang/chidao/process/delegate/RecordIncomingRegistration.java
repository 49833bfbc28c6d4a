package vn.dang.chidao.process.delegate;

import static vn.dang.chidao.process.IncomingVariables.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.engine.CurrentUser;
import vn.dang.chidao.incoming.IncomingDocument;
import vn.dang.chidao.incoming.IncomingDocuments;
import vn.dang.chidao.incoming.Registration;
import vn.dang.chidao.input.Problems;

/** Registers the document under its số đến with what the văn thư confirmed; the report deadline sets the timers. */
@Component
public class RecordIncomingRegistration implements JavaDelegate {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** Reminder and escalation of the upward report fire at the start of the office's working day. */
    private static final LocalTime WORKDAY_START = LocalTime.of(7, 30);

    private final IncomingDocuments incoming;
    private final IncomingOfInstance instances;
    private final Clock clock;

    public RecordIncomingRegistration(IncomingDocuments incoming, IncomingOfInstance instances, Clock clock) {
        this.incoming = incoming;
        this.instances = instances;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Problems problems = new Problems();
        LocalDate issuedOn = date(INCOMING_ISSUED_ON.get(execution), "incomingIssuedOn", "Ngày ban hành", problems);
        LocalDate receivedOn = date(RECEIVED_ON.get(execution), "receivedOn", "Ngày đến", problems);
        String typeValue = INCOMING_TYPE.get(execution);
        DirectiveType type = Arrays.stream(DirectiveType.values()).filter(t -> t.name().equals(typeValue)).findFirst()
                .orElse(null);
        if (typeValue != null && !typeValue.isBlank() && type == null) {
            problems.add("incomingType", "Loại văn bản \"" + typeValue + "\" không hợp lệ.");
        }
        problems.throwIfAny();
        IncomingDocument registered = incoming.register(instances.of(execution).id(), new Registration(type,
                INCOMING_NUMBER.get(execution), INCOMING_ISSUING_BODY.get(execution), issuedOn,
                INCOMING_SUBJECT.get(execution), receivedOn, REPORT_DEADLINE.get(execution), REPORT_TO.get(execution)),
                CurrentUser.actor(execution));
        INCOMING_SUMMARY.set(execution, summary(registered));
        HAS_REPORT_DEADLINE.set(execution, registered.reportDeadline() != null);
        if (registered.reportDeadline() != null) {
            ZoneId zone = clock.getZone();
            LocalDate reminder = registered.reportDeadline().minusDays(3);
            REPORT_REMINDER_AT.set(execution, reminder.atTime(WORKDAY_START).atZone(zone).toOffsetDateTime().toString());
            REPORT_DUE_AT.set(execution, registered.reportDeadline().plusDays(1).atTime(WORKDAY_START).atZone(zone)
                    .toOffsetDateTime().toString());
        }
    }

    /** "Số đến 12/2026 · Công văn số 405-CV/BTGTU ngày 20/03/2024 của … — V/v …; báo cáo … trước ngày …". */
    static String summary(IncomingDocument d) {
        StringBuilder s = new StringBuilder(d.registerLabel()).append(" · ").append(d.citation());
        if (d.subject() != null) {
            s.append(" — ").append(d.subject());
        }
        if (d.reportDeadline() != null) {
            String date = PrepareIncomingRegistration.date(d.reportDeadline());
            String shortDate = d.reportDeadline().getDayOfMonth() + "/" + d.reportDeadline().getMonthValue() + "/"
                    + d.reportDeadline().getYear();
            s.append("\nBáo cáo ").append(d.reportTo()).append(": ").append(d.reportDeadlinePhrase());
            // a phrase without the date itself ("trong quý I năm 2027") says which day it means
            if (!d.reportDeadlinePhrase().contains(date) && !d.reportDeadlinePhrase().contains(shortDate)) {
                s.append(" (").append(date).append(')');
            }
            s.append('.');
        }
        return s.toString();
    }

    private static LocalDate date(String value, String field, String label, Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.matches("\\d{4}-\\d{2}-\\d{2}.*") ? LocalDate.parse(v.substring(0, 10)) : LocalDate.parse(v, DMY);
        } catch (DateTimeParseException e) {
            problems.add(field, label + " \"" + (v.length() > 40 ? v.substring(0, 40) + "…" : v)
                    + "\" không đúng dạng ngày/tháng/năm (ví dụ 20/03/2024).");
            return null;
        }
    }

}
