package vn.dang.chidao.reporting;

import java.util.List;

import vn.dang.chidao.directive.Assignment;
import vn.dang.chidao.directive.Directive;
import vn.dang.chidao.input.InvalidInputException;
import vn.dang.chidao.directory.Unit;

/** What a unit sees of a directive: the directive itself and its own assignments. */
public record UnitWorkView(Directive directive, Unit unit, List<Assignment> assignments) {

    /** One of the unit's assignments; another one is a user error (an id the unit was not given). */
    public Assignment assignment(long assignmentId) {
        return find(assignments, assignmentId);
    }

    static Assignment find(List<Assignment> assignments, long assignmentId) {
        return assignments.stream().filter(a -> a.id() == assignmentId).findFirst()
                .orElseThrow(() -> new InvalidInputException("Nhiệm vụ này không được giao cho đơn vị."));
    }
}
