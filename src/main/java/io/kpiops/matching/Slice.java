package io.kpiops.matching;

import java.time.LocalDate;

/** One shift of one production day of a client: the unit in which downtime is matched to production entries. */
public record Slice(long clientId, LocalDate shiftDate, long shiftId) {}
