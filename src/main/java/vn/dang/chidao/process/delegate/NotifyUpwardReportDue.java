package vn.dang.chidao.process.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.directory.Unit;
import vn.dang.chidao.incoming.IncomingDocument;
import vn.dang.chidao.incoming.IncomingDocuments;
import vn.dang.chidao.notification.NotificationOutbox;

/**
 * Behind the upward report's timers: a reminder before the deadline and a warning once it has passed, to the
 * receiving body's office address, each at most once however often the timer job runs.
 */
@Component
public class NotifyUpwardReportDue implements JavaDelegate {

    private final IncomingDocuments incoming;
    private final IncomingOfInstance instances;
    private final NotificationOutbox outbox;

    public NotifyUpwardReportDue(IncomingDocuments incoming, IncomingOfInstance instances, NotificationOutbox outbox) {
        this.incoming = incoming;
        this.instances = instances;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IncomingDocument document = instances.of(execution);
        Unit receiver = incoming.receiver(document);
        boolean overdue = "Task_EscalateUpwardReport".equals(execution.getCurrentActivityId());
        String subject = (overdue ? "Quá hạn báo cáo lên cấp trên: " : "Sắp đến hạn báo cáo lên cấp trên: ")
                + document.citation();
        String body = receiver.name() + " phải báo cáo " + document.reportTo() + " kết quả thực hiện "
                + document.citation() + " (" + document.registerLabel() + ") " + document.reportDeadlinePhrase()
                + " (" + VietnameseDates.format(document.reportDeadline()) + ").\n"
                + (overdue ? "Đã quá hạn mà báo cáo chưa được ký. Đề nghị Văn phòng khẩn trương hoàn thành, trình ký."
                        : "Đề nghị Văn phòng chuẩn bị báo cáo, trình lãnh đạo ký trước hạn.");
        outbox.enqueueOnceForIncoming((overdue ? "incoming-overdue:" : "incoming-reminder:") + document.id(),
                document.id(), overdue ? "INCOMING_OVERDUE" : "INCOMING_REMINDER", receiver.email(),
                subject.length() > 1000 ? subject.substring(0, 1000) : subject, body);
    }
}
