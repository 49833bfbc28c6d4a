package vn.dang.chidao.reporting;

import org.springframework.stereotype.Component;

import vn.dang.chidao.directive.DirectiveAuthority;
import vn.dang.chidao.directive.DirectiveRepository;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.directory.UnitDirectory;

/** Who may act on a unit's work: its own members, and for reviews the issuing body's office. */
@Component
class UnitWorkAccess {

    private final DirectiveAuthority authority;
    private final DirectiveRepository directives;
    private final UnitDirectory directory;

    UnitWorkAccess(DirectiveAuthority authority, DirectiveRepository directives, UnitDirectory directory) {
        this.authority = authority;
        this.directives = directives;
        this.directory = directory;
    }

    void requireUnitMember(Recipient r, Actor actor) {
        if (!actor.actsFor(r.unitCode())) {
            authority.requireUnitMember(directory.get(r.unitId()), actor);
        }
    }

    void requireTrackingOffice(Recipient r, Actor actor) {
        if (!actor.actsFor(r.trackingGroup())) {
            authority.requireTrackingOffice(directives.get(r.directiveId()), actor);
        }
    }
}
