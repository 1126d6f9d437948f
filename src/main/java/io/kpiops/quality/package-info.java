/**
 * Quality entries: the result of inspecting units of a product or work order at one inspection stage of a production
 * day, with the defects found by type (the inputs of PPM, DPMO, first pass yield and rolled throughput yield).
 */

package io.kpiops.quality;
