package io.kpiops.dashboards.live;

/**
 * How an event reaches the streams of every node: in-process on a single node, through a Redis channel when
 * KPI_REDIS_URL is set (each node then delivers what the channel brings, its own events included).
 */
interface LiveFanout {
    void publish(LiveEvent event);
}
