package vn.dang.chidao.engine.guard;

import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.rest.exception.RestException;

import vn.dang.chidao.directive.ActionNotAllowedException;

/** The acting user may not do this (not the signer, not the unit, not the office): 403 with the Vietnamese message. */
public class ActionRefused extends RestException {

    public ActionRefused(String message) {
        super(Response.Status.FORBIDDEN, message);
    }

    static ActionRefused of(ActionNotAllowedException e) {
        ActionRefused refused = new ActionRefused(e.getMessage());
        refused.initCause(e);
        return refused;
    }
}
