package io.kpiops.dashboards.prefs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * One widget's place on a dashboard's 12-column grid: column x (0–11) and width w (1–12, x + w ≤ 12), row y and
 * height h in grid rows; hidden widgets keep their place so showing one again puts it back where it was.
 */
public record Widget(
        @NotBlank String key,
        @Min(0) @Max(11) int x,
        @Min(0) @Max(500) int y,
        @Min(1) @Max(12) int w,
        @Min(1) @Max(24) int h,
        boolean hidden) {}
