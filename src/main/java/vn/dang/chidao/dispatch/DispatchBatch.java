package vn.dang.chidao.dispatch;

/**
 * One dispatch transaction's outcome.
 *
 * @param dispatched units reached by this batch (0 when a retried batch finds them reached already)
 * @param reached    units of the directive reached so far, this batch included
 * @param remaining  units still waiting for a later batch
 */
public record DispatchBatch(int dispatched, int reached, int remaining) {

    public boolean done() {
        return remaining == 0;
    }
}
