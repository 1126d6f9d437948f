/**
 * The CSV/Excel import pipeline: upload → parse → validate every row → stored preview (fixable row by row) → commit
 * in one transaction, or discard. Other modules plug their record types in through the small SPI of this package
 * ({@link io.kpiops.imports.ImportType}, {@link io.kpiops.imports.ImportSession}, {@link io.kpiops.imports.ImportContext});
 * this module knows none of them, so dependencies point from the owning modules to this one.
 */
package io.kpiops.imports;
