/**
 * Production entries: what a line or work order produced in one shift of one production day, with its run time,
 * crew and first-time defects (the inputs of availability, performance, quality rate, OEE and efficiency).
 */

package io.kpiops.production;
