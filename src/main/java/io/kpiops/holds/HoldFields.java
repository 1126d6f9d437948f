package io.kpiops.holds;

import java.time.Instant;
import java.time.LocalDate;

/** A hold as placed: held_at resolved (default now); resumedAt and resumeNote only for a hold recorded after the fact. */
record HoldFields(Long workOrderId, Long jobId, Long holdReasonId, String description, LocalDate expectedResolutionDate,
        Instant heldAt, Instant resumedAt, String resumeNote) {}
