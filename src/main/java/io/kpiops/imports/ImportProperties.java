package io.kpiops.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the import pipeline ({@code kpi.imports.*}). The file size limit is the multipart limit
 * ({@code spring.servlet.multipart.max-file-size}, KPI_IMPORT_MAX_FILE_SIZE).
 *
 * @param maxRows   data rows a file may have (KPI_IMPORT_MAX_ROWS); more refuse the file
 * @param chunkRows rows written or re-validated per batch
 */
@ConfigurationProperties("kpi.imports")
record ImportProperties(@DefaultValue("100000") int maxRows, @DefaultValue("1000") int chunkRows) {}
