package vn.dang.chidao.directive;

import java.util.List;

/**
 * One numbered assignment of a draft: what to do, which Kính gửi units, by when — the deadline as the
 * drafter wrote it ("30/3/2024", "trong quý I năm 2025", "trước ngày 30/3 hằng năm", "thường xuyên" …).
 */
public record AssignmentDraft(String content, List<String> unitCodes, String deadlineText) {

    public AssignmentDraft {
        unitCodes = unitCodes == null ? List.of() : unitCodes.stream().map(c -> c == null ? "" : c).toList();
    }
}
