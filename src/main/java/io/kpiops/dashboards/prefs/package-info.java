/**
 * Each user's dashboard preferences: named saved filters (one default) and the widget layout of each dashboard, with
 * the role defaults a layout falls back to. Preferences belong to one user and hold no plant data, so they are not
 * audited (ADR 0013); another user's filter answers 404.
 */
package io.kpiops.dashboards.prefs;
