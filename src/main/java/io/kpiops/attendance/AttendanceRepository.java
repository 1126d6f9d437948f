package io.kpiops.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Filtered to the caller's clients (tenant filter) and to records not deleted. */
interface AttendanceRepository extends JpaRepository<AttendanceEntry, Long>, JpaSpecificationExecutor<AttendanceEntry> {

    /** The records of some shifts over some days (the candidates for conflicts with a save). */
    List<AttendanceEntry> findByClientIdAndShiftDateBetweenAndShiftIdIn(long clientId, LocalDate from, LocalDate to,
            Collection<Long> shiftIds);

    List<AttendanceEntry> findByClientIdAndShiftDateAndShiftId(long clientId, LocalDate shiftDate, long shiftId);
}
