package io.kpiops.workorders;

/**
 * How many hold records of a work order are still open, contributed by the module that records holds. The work-order
 * module only asks, so holds depend on work orders and not the reverse; without a contributor there are none.
 */
public interface OpenHolds {

    long openHolds(long workOrderId);
}
