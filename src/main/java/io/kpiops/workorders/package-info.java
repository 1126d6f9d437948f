/**
 * Work orders (a client's customer orders) with their jobs, the lifecycle state machine ACTIVE ⇄ ON_HOLD → COMPLETED /
 * REJECTED / CANCELLED with a log of every transition, the progress read model, and a QR code per order. Leaders,
 * powerusers and admins plan and move orders; everyone in a client's scope reads them.
 */
package io.kpiops.workorders;
