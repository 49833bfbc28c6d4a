package vn.dang.chidao.reporting;

import java.util.List;

import vn.dang.chidao.directive.Assignment;
import vn.dang.chidao.directive.Directive;
import vn.dang.chidao.directory.Unit;

/** What a unit sees of a directive: the directive itself and its own assignments. */
public record UnitWorkView(Directive directive, Unit unit, List<Assignment> assignments) {
}
