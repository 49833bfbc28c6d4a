package vn.dang.chidao.directive;

import java.time.LocalDate;

public record Assignment(long id, long directiveId, int position, String content, LocalDate deadline) {
}
