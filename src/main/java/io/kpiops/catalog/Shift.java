package io.kpiops.catalog;

import io.kpiops.platform.persistence.TenantEntity;
import io.kpiops.platform.tenancy.TenantFilter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Filter;

/**
 * A shift: start and end as minutes of the day (an end before the start means the shift crosses midnight and ends
 * on the next calendar day) with scheduled breaks inside it.
 */
@Entity
@Table(name = "shifts")
@Filter(name = TenantFilter.NAME, condition = TenantFilter.BY_CLIENT_ID)
class Shift extends TenantEntity {

    @Column(nullable = false, length = 50)
    String name;

    @Column(nullable = false)
    int startMinute;

    @Column(nullable = false)
    int endMinute;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shift_breaks", joinColumns = @JoinColumn(name = "shift_id"))
    @OrderColumn(name = "seq")
    List<Break> breaks = new ArrayList<>();

    /** A scheduled break; its start is a time of day within the shift. */
    @Embeddable
    record Break(
            @Column(name = "name", nullable = false, length = 50) String name,
            @Column(name = "start_minute", nullable = false) int startMinute,
            @Column(name = "duration_minutes", nullable = false) int durationMinutes) {}

    protected Shift() {}

    Shift(long clientId, Instant now) {
        super(clientId, now);
    }

    void change(String name, ShiftTimes times, boolean active, Instant now) {
        this.name = name;
        this.startMinute = times.start();
        this.endMinute = times.end();
        this.breaks = new ArrayList<>(times.breaks());
        setActive(active);
        touch(now);
    }

    ShiftTimes times() {
        return new ShiftTimes(startMinute, endMinute, breaks);
    }
}
