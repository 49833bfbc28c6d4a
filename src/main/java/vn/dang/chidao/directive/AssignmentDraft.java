package vn.dang.chidao.directive;

import java.time.LocalDate;
import java.util.List;

/** One numbered assignment of a draft: what to do, which Kính gửi units, by when. */
public record AssignmentDraft(String content, List<String> unitCodes, LocalDate deadline) {

    public AssignmentDraft {
        unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
    }
}
