package vn.dang.chidao.engine.guard;

import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The refusal an outermost command of this thread ended with. The REST resources re-wrap it (with an English
 * "Cannot submit task form …" prefix) before an exception mapper sees it; the web layer answers with the refusal
 * itself instead.
 */
public final class Refusals {

    private static final ThreadLocal<RestException> LAST = new ThreadLocal<>();

    private Refusals() {
    }

    static void record(RestException refusal) {
        LAST.set(refusal);
    }

    /** The refusal recorded since the last call, if any; clears it. */
    public static RestException take() {
        RestException refusal = LAST.get();
        LAST.remove();
        return refusal;
    }
}
