package io.kpiops.kpi.calc;

import static io.kpiops.kpi.calc.ProductionFixture.bd;
import static io.kpiops.kpi.calc.ProductionFixture.entry;
import static io.kpiops.kpi.calc.ProductionFixture.scope;
import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.kpi.inference.ClientDefaults;
import org.junit.jupiter.api.Test;

class EfficiencyTest {

    private static final Thresholds T = Kpi.EFFICIENCY.defaults();

    @Test
    void noEntriesIsNoData() {
        KpiResult r = ProductionKpis.efficiency(scope(), T);
        assertThat(r.value()).isNull();
        assertThat(r.status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void poolsEarnedHoursOverLabourHours() {
        // WO-1: 0.1 × 80 = 8 earned, 2 people × 8 h = 16 (50 %); WO-2: 0.2 × 10 = 2, 1 × 2 h = 2 (100 %)
        // average 75 %, pooled 10 ÷ 18 = 55.556 %
        KpiResult r = ProductionKpis.efficiency(scope(
                entry("WO-1", "P-1").made("0.1", 80, 0).crew(2, null),
                entry("WO-2", "P-2").shift("2").run("2").made("0.2", 10, 0)), T);
        assertThat(r.value()).isEqualByComparingTo("55.56");
        assertThat(r.numerator()).isEqualByComparingTo("10");
        assertThat(r.denominator()).isEqualByComparingTo("18");
        assertThat(r.status()).isEqualTo(Status.RED);
    }

    @Test
    void inferredCrewSizesCarryTheirConfidence() {
        // ICT 0.1, PBT 8 each. WO-1: present 4 (0.8): 25.6 of 32; WO-2: 30-day mean 3.5 (0.5): 22.4 of 28;
        // WO-3: client default 5 (0.3): 32 of 40. Σ 80 ÷ 100 = 80 % (amber)
        // confidence (32×0.8 + 28×0.5 + 40×0.3) ÷ 100 = 51.6 ÷ 100 = 0.516
        KpiResult r = ProductionKpis.efficiency(scope(
                entry("WO-1", "P-1").made("0.1", 256, 0).crew(null, 4),
                entry("WO-2", "P-1").made("0.1", 224, 0).crew(null, null).crewAverage("3.5"),
                entry("WO-3", "P-1").made("0.1", 320, 0).crew(null, null)), T);
        assertThat(r.value()).isEqualByComparingTo("80.00");
        assertThat(r.status()).isEqualTo(Status.AMBER);
        assertThat(r.confidence()).isEqualByComparingTo("0.516");
        assertThat(r.minConfidence()).isEqualByComparingTo("0.3");
        assertThat(r.inferredShare()).isEqualByComparingTo("1");
        assertThat(r.inferred()).containsExactly(
                new InferredInput("employees", "client_default_crew_size", 1, bd("0.3")),
                new InferredInput("employees", "employees_present", 1, bd("0.8")),
                new InferredInput("employees", "line_shift_30d_average", 1, bd("0.5")));
    }

    @Test
    void aboveHundredNamesTheProduct() {
        // 1 h × 10 = 10 earned by 1 person in 8 h → 125 %
        KpiResult r = ProductionKpis.efficiency(scope(entry("WO-1", "P-9").made("1", 10, 0)), T);
        assertThat(r.value()).isEqualByComparingTo("125.00");
        assertThat(r.warnings()).singleElement().asString().contains("ideal cycle time").contains("P-9");
    }

    @Test
    void runTimeIsNotAnEfficiencyInput() {
        // run time inferred (PBT, 0.5) but efficiency uses shift length, ICT and crew only → confidence 1
        KpiResult r = ProductionKpis.efficiency(scope(entry("WO-1", "P-1").run(null).made("0.1", 68, 0)), T);
        // 6.8 ÷ 8 = 85 % = target → green
        assertThat(r.value()).isEqualByComparingTo("85.00");
        assertThat(r.status()).isEqualTo(Status.GREEN);
        assertThat(r.confidence()).isEqualByComparingTo("1");
        assertThat(r.inferredShare()).isEqualByComparingTo("0");
    }

    @Test
    void anEntryWithoutAnyCrewIsLeftOutAndNamed() {
        KpiResult r = ProductionKpis.efficiency(scope(
                entry("WO-1", "P-1").made("0.1", 60, 0),
                entry("WO-2", "P-7").made("0.1", 60, 0).crew(null, null).defaults(ClientDefaults.none())), T);
        // WO-1 only: 6 ÷ 8 = 75 % = warning → amber
        assertThat(r.value()).isEqualByComparingTo("75.00");
        assertThat(r.status()).isEqualTo(Status.AMBER);
        assertThat(r.recordCount()).isEqualTo(2);
        assertThat(r.warnings()).singleElement().asString().contains("P-7");
    }
}
