package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.dang.chidao.engine.guard.InputRefused;
import vn.dang.chidao.input.InvalidInputException;

/**
 * The server refuses a bad draft whatever the form let through: clear Vietnamese message, the task
 * stays open, and not a single row is written.
 */
class DraftValidationTest extends WorkflowTestBase {

    static Stream<Arguments> badDrafts() {
        return Stream.of(
                bad("không có đơn vị Kính gửi", "Chưa chọn đơn vị Kính gửi nào.", d -> {
                    d.put("recipients", List.of());
                    d.put("assignments", List.of(Map.of("content", "Việc", "units", List.of(),
                            "deadline", "2099-01-01")));
                }),
                bad("nhiệm vụ không có đơn vị", "Nhiệm vụ 1: chưa chọn đơn vị thực hiện.", d ->
                        d.put("assignments", List.of(Map.of("content", "Việc", "units", List.of(),
                                "deadline", "2099-01-01")))),
                bad("nhiệm vụ không có thời hạn", "Nhiệm vụ 1: chưa nhập thời hạn.", d ->
                        d.put("assignments", List.of(Map.of("content", "Việc", "units", List.of("mttq-bao-yen"))))),
                bad("thời hạn đã qua", "Nhiệm vụ 1: thời hạn 01/01/2020 đã qua", d ->
                        d.put("assignments", List.of(Map.of("content", "Việc", "units", List.of("mttq-bao-yen"),
                                "deadline", "2020-01-01")))),
                bad("đơn vị không có trong danh mục", "Đơn vị Kính gửi \"ban-khong-ton-tai\" không có trong danh mục",
                        d -> d.put("recipients", List.of("mttq-bao-yen", "ban-khong-ton-tai"))),
                bad("trích yếu trống", "Trích yếu không được để trống.", d -> d.put("subject", "   ")),
                bad("nhóm không có trong danh mục", "Nhóm Kính gửi \"khong-co\" không có trong danh mục của cơ quan ban hành",
                        d -> d.put("recipients", List.of("mttq-bao-yen", "nhom:khong-co"))),
                // the Huyện ủy's drafter may not address the province's groups
                bad("nhóm của cơ quan khác", "Nhóm Kính gửi \"paper-chi-dang-bo\" không có trong danh mục",
                        d -> d.put("recipients", List.of("mttq-bao-yen", "nhom:paper-chi-dang-bo"))),
                bad("đơn vị của nhiệm vụ ngoài Kính gửi", "đơn vị \"du-bao-ha\" không nằm trong danh sách Kính gửi",
                        d -> d.put("assignments", List.of(Map.of("content", "Việc",
                                "units", List.of("mttq-bao-yen", "du-bao-ha"), "deadline", "2099-01-01")))),
                bad("ngày không có thật", "Nhiệm vụ 1: Thời hạn \"31/2/2099\" không hợp lệ: tháng 2/2099 chỉ có 28 ngày",
                        d -> d.put("assignments", List.of(Map.of("content", "Việc", "units", List.of("mttq-bao-yen"),
                                "deadline", "31/2/2099")))),
                bad("thời hạn không hiểu được", "Nhiệm vụ 1: Không hiểu thời hạn \"sớm nhất có thể\"", d ->
                        d.put("assignments", List.of(Map.of("content", "Việc", "units", List.of("mttq-bao-yen"),
                                "deadline", "sớm nhất có thể")))),
                bad("số ngày nhắc âm", "Số ngày nhắc trước hạn phải từ 0 đến 60.", d -> d.put("reminderDays", -2)),
                bad("danh sách nhiệm vụ sai kiểu", "Dữ liệu \"Nhiệm vụ\" không đúng định dạng.",
                        d -> d.put("assignments", "không phải danh sách")),
                bad("ký tự điều khiển", "Trích yếu chứa ký tự điều khiển không hợp lệ.",
                        d -> d.put("subject", "V/v thử\u0000nghiệm")),
                bad("Unicode hỏng", "Nội dung chứa ký tự Unicode không hợp lệ.", d -> d.put("body", "abc\ud800xyz")),
                bad("người ký không có thẩm quyền", "Người ký \"chanhvanphong\" không có thẩm quyền",
                        d -> d.put("signer", "chanhvanphong")),
                bad("đơn vị trùng", "được chọn hai lần trong Kính gửi",
                        d -> d.put("recipients", List.of("mttq-bao-yen", "mttq-bao-yen"))),
                bad("trích yếu quá dài", "Trích yếu dài quá 1000 ký tự.", d -> d.put("subject", "V".repeat(1001))),
                bad("quá nhiều nhiệm vụ", "Văn bản có 501 nhiệm vụ, nhiều hơn mức tối đa 500 nhiệm vụ.",
                        d -> d.put("assignments", java.util.Collections.nCopies(501, Map.of("content", "Việc",
                                "units", List.of("mttq-bao-yen"), "deadline", "2099-01-01")))),
                bad("đơn vị rỗng trong danh sách", "Danh sách Kính gửi có đơn vị để trống.",
                        d -> d.put("recipients", java.util.Arrays.asList("mttq-bao-yen", null))),
                bad("nhiệm vụ rỗng trong danh sách", "Nhiệm vụ 2 trống.",
                        d -> d.put("assignments", java.util.Arrays.asList(Map.of("content", "Việc",
                                "units", List.of("mttq-bao-yen"), "deadline", "2099-01-01"), null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDrafts")
    void badDraftIsRefusedAndLeavesNothingBehind(String label, String message, Consumer<Map<String, Object>> spoil) {
        ProcessInstance pi = driver.startCongVan("V/v kiểm tra dữ liệu");
        Map<String, Object> draft = new LinkedHashMap<>(WorkflowDriver.draft("V/v kiểm tra dữ liệu",
                List.of("mttq-bao-yen"), today().plusDays(5)));
        spoil.accept(draft);

        assertThatThrownBy(() -> driver.complete("soanthao", pi.getId(), "Task_DraftDirective", draft))
                .isInstanceOf(InputRefused.class).hasCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);

        assertThat(driver.called(pi, "draft-and-approve")).isWaitingAt("Task_DraftDirective");
        assertThat(count("select count(*) from directive where process_instance_id = ?", pi.getId())).isZero();
        assertThat(count("select count(*) from recipient r join directive d on d.id = r.directive_id "
                + "where d.process_instance_id = ?", pi.getId())).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDrafts")
    void badDraftAfterAReturnKeepsTheStoredDraftIntact(String label, String message,
                                                       Consumer<Map<String, Object>> spoil) {
        ProcessInstance pi = driver.startCongVan("V/v bản đã lưu");
        driver.complete("soanthao", pi.getId(), "Task_DraftDirective",
                WorkflowDriver.draft("V/v bản đã lưu", List.of("mttq-bao-yen", "btg-bao-yen"), today().plusDays(5)));
        driver.complete("chanhvanphong", pi.getId(), "Task_CheckFormat",
                Map.of("formatDecision", "return", "formatComment", "Sửa lại"));
        long id = directiveId(pi.getId());
        Map<String, Object> draft = new LinkedHashMap<>(WorkflowDriver.draft("V/v bản đã lưu",
                List.of("mttq-bao-yen"), today().plusDays(5)));
        spoil.accept(draft);

        assertThatThrownBy(() -> driver.complete("soanthao", pi.getId(), "Task_DraftDirective", draft))
                .hasMessageContaining(message);

        assertThat(jdbc.queryForObject("select subject from directive where id = ?", String.class, id))
                .isEqualTo("V/v bản đã lưu");
        assertThat(count("select count(*) from recipient where directive_id = ?", id)).isEqualTo(2);
        assertThat(count("select count(*) from assignment where directive_id = ?", id)).isEqualTo(2);
    }

    private static Arguments bad(String label, String message, Consumer<Map<String, Object>> spoil) {
        return Arguments.of(label, message, spoil);
    }
}
