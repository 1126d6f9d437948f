package io.kpiops.catalog;

import io.kpiops.imports.ImportColumn;
import io.kpiops.imports.ImportType;
import io.kpiops.platform.security.Role;
import java.util.List;
import java.util.Set;

/** An import type of the catalog: imported by those who edit the plant model (poweruser, admin), as in the API. */
abstract class CatalogImportType implements ImportType {

    private final String name;
    private final List<ImportColumn> columns;

    CatalogImportType(String name, List<ImportColumn> columns) {
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<ImportColumn> columns() {
        return columns;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.POWERUSER, Role.ADMIN);
    }
}
