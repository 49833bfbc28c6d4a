package vn.dang.chidao.dispatch;

/** Starts one unit's work instance; implemented by the process adapter. */
public interface UnitWorkLauncher {

    /** @return the id of the started instance */
    String launch(UnitWorkOrder order);
}
