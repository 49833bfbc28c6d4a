package vn.dang.chidao.process.delegate;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.dang.chidao.reporting.UnitWorkService;

/** The collection of the unit's parallel assignment tasks: {@code ${assignmentsOfUnit.ids(recipientId)}}. */
@Component
public class AssignmentsOfUnit {

    private final UnitWorkService unitWork;

    public AssignmentsOfUnit(UnitWorkService unitWork) {
        this.unitWork = unitWork;
    }

    public List<Long> ids(Object recipientId) {
        return unitWork.assignmentIds(((Number) recipientId).longValue());
    }
}
