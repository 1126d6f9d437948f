package io.kpiops.kpi.inference;

import java.math.BigDecimal;

/** The inference rules of KPI.md §5 with their §7 identifiers; the first link of each chain is not an inference. */
public final class InferenceRules {

    public static final Inference RUN_TIME_PBT_MINUS_UDT = rule("run_time", "pbt_minus_udt", "0.8");
    public static final Inference RUN_TIME_PBT = rule("run_time", "pbt", "0.5");
    public static final Inference CYCLE_TIME_BEST_DEMONSTRATED = rule("ideal_cycle_time", "best_demonstrated_rate", "0.6");
    public static final Inference CYCLE_TIME_CLIENT_DEFAULT = rule("ideal_cycle_time", "client_default", "0.3");
    public static final Inference EMPLOYEES_PRESENT = rule("employees", "employees_present", "0.8");
    public static final Inference EMPLOYEES_LINE_SHIFT_AVERAGE = rule("employees", "line_shift_30d_average", "0.5");
    public static final Inference EMPLOYEES_CLIENT_DEFAULT = rule("employees", "client_default_crew_size", "0.3");
    public static final Inference SHIFT_LENGTH_CLIENT_DEFAULT = rule("shift_length", "client_default", "0.5");
    public static final Inference PROMISED_REQUIRED_DATE = rule("promised_date", "required_date", "0.8");
    public static final Inference PROMISED_WORK_CONTENT = rule("promised_date", "planned_start_plus_work_content", "0.5");
    public static final Inference PROMISED_LEAD_TIME = rule("promised_date", "planned_start_plus_lead_time", "0.3");
    public static final Inference WIP_START_FIRST_PRODUCTION_DAY = rule("wip_start", "first_production_day", "0.8");
    public static final Inference WIP_START_PLANNED_START = rule("wip_start", "planned_start", "0.5");
    public static final Inference WIP_START_CREATED_DATE = rule("wip_start", "created_date", "0.3");

    private InferenceRules() {}

    private static Inference rule(String input, String rule, String confidence) {
        return new Inference(input, rule, new BigDecimal(confidence));
    }
}
