package io.kpiops.catalog;

import io.kpiops.catalog.ProductRequests.CreateProductRequest;
import io.kpiops.platform.web.ApiException;
import io.kpiops.platform.web.FieldError;
import io.kpiops.platform.web.RequestValidator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Every rule a product's values must satisfy, in one place for the single-record API and the import: the request's
 * constraints (shared through the request record) and the rules the annotations cannot say.
 */
@Component
class ProductRules {

    static final String DEFAULT_UNIT = "units";
    static final int CYCLE_TIME_DECIMALS = 6;

    private final RequestValidator validator;

    ProductRules(RequestValidator validator) {
        this.validator = validator;
    }

    /** The errors of a product as it would be created (or, by an import, created or updated). */
    List<FieldError> errors(CreateProductRequest r) {
        List<FieldError> errors = new ArrayList<>(validator.errors(r));
        errors.addAll(cycleTime(r.idealCycleTimeHours()));
        return errors;
    }

    void require(CreateProductRequest r) {
        List<FieldError> errors = errors(r);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** The ideal cycle time keeps at most six decimals (the column's scale). */
    static List<FieldError> cycleTime(BigDecimal hours) {
        if (hours != null && hours.stripTrailingZeros().scale() > CYCLE_TIME_DECIMALS) {
            return List.of(new FieldError("ideal_cycle_time_hours", "has more than " + CYCLE_TIME_DECIMALS + " decimals"));
        }
        return List.of();
    }

    static void requireCycleTime(BigDecimal hours) {
        List<FieldError> errors = cycleTime(hours);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    static String unit(String raw) {
        String unit = CatalogSupport.trimmed(raw);
        return unit == null ? DEFAULT_UNIT : unit;
    }

    static String duplicate(String code) {
        return "This client already has a product " + code + ".";
    }
}
