/**
 * Downtime entries: when and why a line or work order stood still in a shift (the inputs of availability, planned
 * busy time, MTBF/MTTR and the downtime Pareto). An event that ran past the end of its shift is recorded as one
 * linked record per shift.
 */

package io.kpiops.downtime;
