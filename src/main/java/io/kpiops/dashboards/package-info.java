/**
 * Dashboards: each user's saved filters and widget layouts, live updates of open dashboards over server-sent events
 * (fanned out through Redis when several nodes run), and the display tokens of shop-floor TV screens.
 */
package io.kpiops.dashboards;
