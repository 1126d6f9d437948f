package io.kpiops.demo;

import java.util.List;

/**
 * The stored ids of one demo client's records, by the indexes the pure planners use: lines, products and shifts (Day,
 * Evening, Night) in plan order, the work orders and their MAKE jobs in order-plan order.
 */
record DemoIds(long clientId, List<Long> lines, List<Long> products, List<Long> shifts, List<Long> orders,
        List<Long> makeJobs) {}
