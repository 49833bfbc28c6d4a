package vn.dang.chidao.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.dang.chidao.postgres.RestClientDriver;

/** Small helpers shared by the fault tests: ports, units, drafts, mail counting, waiting. */
final class Faults {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Faults() {
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SMTP server on its own port; not started. */
    static GreenMail smtp(int port) {
        return new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    /** Received mails per recipient address (lower case). */
    static Map<String, Integer> mailsPerAddress(GreenMail mail) {
        Map<String, Integer> perAddress = new LinkedHashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            try {
                for (Address to : m.getAllRecipients()) {
                    perAddress.merge(to.toString().toLowerCase(), 1, Integer::sum);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return perAddress;
    }

    /**
     * Inserts {@code n} recipient units under Huyện ủy Bảo Yên directly in the directory table (as an
     * administrator's import would). @return their codes
     */
    static List<String> insertUnits(JdbcTemplate jdbc, String prefix, int n) {
        long parent = jdbc.queryForObject("select id from unit where code = 'hu-bao-yen'", Long.class);
        List<Object[]> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String code = "%s-%04d".formatted(prefix, i);
            codes.add(code);
            rows.add(new Object[] {code, "Chi bộ " + prefix + " số " + i, parent, "Bảo Yên", email(code)});
        }
        jdbc.batchUpdate("insert into unit (code, name, parent_id, place_name, email, can_issue) "
                + "values (?, ?, ?, ?, ?, false)", rows);
        return codes;
    }

    static String email(String unitCode) {
        return unitCode + "@donvi.local";
    }

    /** A Công văn draft as the form submits it: one assignment to every unit, deadline in 30 days. */
    static Map<String, Object> draft(String subject, List<String> units) {
        LocalDate deadline = LocalDate.now(ZONE).plusDays(30);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("issuer", "hu-bao-yen");
        v.put("subject", subject);
        v.put("body", "Huyện ủy Bảo Yên yêu cầu các đơn vị thực hiện:");
        v.put("recipients", units);
        v.put("assignments", List.of(Map.of("content", "Quán triệt và triển khai", "units", units,
                "deadline", deadline.toString())));
        v.put("distribution", "Thường trực Huyện ủy (b/c),\nLưu VT.");
        v.put("signer", "phobithu");
        return v;
    }

    /** Start, draft, format check and approval over REST as the demo clerks do. @return the directive's instance */
    static String approveOverRest(RestClientDriver rest, String subject, List<String> units) {
        String pi = rest.startCongVan("soanthao", subject);
        var reply = rest.submit("soanthao", rest.singleTask("soanthao", pi, "Task_DraftDirective"), draft(subject, units));
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
        rest.complete("chanhvanphong", rest.singleTask("chanhvanphong", pi, "Task_CheckFormat"),
                Map.of("formatDecision", "pass"));
        rest.complete("phobithu", rest.singleTask("phobithu", pi, "Task_ApproveDirective"),
                Map.of("approvalDecision", "pass"));
        return pi;
    }

    /** Waits until the outbox delivery has handled the directive's dispatch notifications. */
    static void awaitNotified(JdbcTemplate jdbc, long directiveId, int units) {
        await("notifications of directive " + directiveId, 240_000, () -> jdbc.queryForObject(
                "select count(*) from notification where directive_id = ? and kind = 'DISPATCH' and status <> 'PENDING'",
                Integer.class, directiveId) == units);
    }

    static void await(String what, long timeoutMillis, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for: " + what);
            }
            sleep(100);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
