package io.kpiops.catalog;

import io.kpiops.catalog.ShiftRequests.BreakBody;
import io.kpiops.catalog.ShiftRequests.CreateShiftRequest;
import io.kpiops.catalog.ShiftRequests.ShiftSnapshot;
import io.kpiops.catalog.ShiftRequests.UpdateShiftRequest;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import java.time.LocalTime;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ShiftService {

    static final String ENTITY = "shift";

    private final ShiftRepository repository;
    private final CatalogSupport support;

    ShiftService(ShiftRepository repository, CatalogSupport support) {
        this.repository = repository;
        this.support = support;
    }

    @Transactional(readOnly = true)
    Page<Shift> search(Long clientId, String q, Boolean active, Pageable pageable) {
        return repository.search(clientId, CatalogSupport.pattern(q), active, pageable);
    }

    @Transactional(readOnly = true)
    Shift get(long id) {
        return repository.findById(id).orElseThrow(() -> ApiException.notFound("Shift " + id));
    }

    @Transactional
    Shift create(CreateShiftRequest r) {
        support.requireClient(r.clientId());
        ShiftTimes times = times(r.start(), r.end(), r.breaks());
        String name = r.name().trim();
        if (repository.existsByClientIdAndNameIgnoreCase(r.clientId(), name)) {
            throw ApiException.conflict("name", "This client already has a shift named " + name + ".");
        }
        Shift shift = new Shift(r.clientId(), support.now());
        shift.change(name, times, r.active() == null || r.active(), support.now());
        repository.save(shift);
        support.created(ENTITY, shift, ShiftSnapshot.of(shift));
        return shift;
    }

    @Transactional
    Shift update(long id, UpdateShiftRequest r) {
        Shift shift = get(id);
        shift.requireVersion(r.version(), "Shift " + shift.name);
        ShiftTimes times = times(r.start(), r.end(), r.breaks());
        String name = r.name().trim();
        if (repository.existsByClientIdAndNameIgnoreCaseAndIdNot(shift.getClientId(), name, id)) {
            throw ApiException.conflict("name", "This client already has a shift named " + name + ".");
        }
        ShiftSnapshot before = ShiftSnapshot.of(shift);
        shift.change(name, times, r.active(), support.now());
        repository.flush();
        support.updated(ENTITY, shift, before, ShiftSnapshot.of(shift));
        return shift;
    }

    private static ShiftTimes times(LocalTime start, LocalTime end, List<BreakBody> breaks) {
        ShiftTimes times = new ShiftTimes(ShiftTimes.minuteOf(start), ShiftTimes.minuteOf(end),
                breaks == null ? List.of() : breaks.stream().map(BreakBody::toBreak).toList());
        List<FieldError> problems = times.problems();
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return times;
    }
}
