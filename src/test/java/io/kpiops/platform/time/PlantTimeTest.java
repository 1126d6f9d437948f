package io.kpiops.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PlantTimeTest {

    @Test
    void theProductionDateIsThePlantsCalendarDate() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T03:30:00Z"), ZoneOffset.UTC);
        assertThat(PlantTime.today(clock, ZoneId.of("America/Chicago"))).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(PlantTime.today(clock, ZoneId.of("Europe/Madrid"))).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(PlantTime.today(clock, ZoneId.of("Asia/Tokyo"))).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void wallClockTimeFollowsDaylightSaving() {
        // US clocks moved forward on 2026-03-08: 12:00 UTC is 06:00 CST before and 07:00 CDT after
        assertThat(PlantTime.atPlant(Instant.parse("2026-03-07T12:00:00Z"), ZoneId.of("America/Chicago")).getHour()).isEqualTo(6);
        assertThat(PlantTime.atPlant(Instant.parse("2026-03-09T12:00:00Z"), ZoneId.of("America/Chicago")).getHour()).isEqualTo(7);
    }

    @Test
    void onlyIanaRegionZonesAndUtcAreAccepted() {
        assertThat(PlantTime.zone("America/Monterrey")).contains(ZoneId.of("America/Monterrey"));
        assertThat(PlantTime.zone("UTC")).contains(ZoneId.of("UTC"));
        assertThat(PlantTime.zone("Mars/Olympus")).isEmpty();
        assertThat(PlantTime.zone("+02:00")).isEmpty();
        assertThat(PlantTime.zone("CST")).isEmpty();
        assertThat(PlantTime.zone("")).isEmpty();
        assertThat(PlantTime.zone(null)).isEmpty();
    }
}
