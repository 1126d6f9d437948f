package io.kpiops.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class PageQueryTest {

    static final Map<String, String> SORTABLE = Map.of("code", "code", "created_at", "createdAt");

    @Test
    void defaultsToFirstPageOfFiftyWithTheDefaultSort() {
        Pageable p = new PageQuery(null, null, null).toPageable(SORTABLE, Sort.by("code"));
        assertThat(p.getPageNumber()).isZero();
        assertThat(p.getPageSize()).isEqualTo(50);
        assertThat(p.getSort()).isEqualTo(Sort.by("code"));
    }

    @Test
    void mapsApiNamesToPropertiesAndRejoinsDirectionsSplitAtTheComma() {
        Pageable p = new PageQuery(2, 10, List.of("created_at", "desc", "code")).toPageable(SORTABLE, Sort.by("code"));
        assertThat(p.getSort().getOrderFor("createdAt").getDirection()).isEqualTo(Sort.Direction.DESC);
        assertThat(p.getSort().getOrderFor("code").getDirection()).isEqualTo(Sort.Direction.ASC);
        assertThat(p.getOffset()).isEqualTo(20);
    }

    @Test
    void refusesUnknownFieldsAndOutOfRangeSizesNamingEachParameter() {
        assertThatThrownBy(() -> new PageQuery(-1, 501, List.of("password_hash")).toPageable(SORTABLE, Sort.by("code")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("page", "size", "sort");
                });
    }
}
