package io.kpiops.imports;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Filtered to the caller's clients by the tenant filter. */
interface ImportRepository extends JpaRepository<DataImport, Long> {

    @Query("""
            select i from DataImport i
            where (:clientId is null or i.clientId = :clientId) and (:type is null or i.type = :type)
            """)
    Page<DataImport> search(Long clientId, String type, Pageable pageable);

    /**
     * Other imports of the same content for the same client and type that matter for a duplicate check: committed
     * ones (whenever) and earlier previews; committed first, then newest first. Discarded ones do not count.
     */
    @Query("""
            select i from DataImport i
            where i.clientId = :clientId and i.type = :type and i.contentHash = :hash and i.id <> :id
              and (i.status = io.kpiops.imports.ImportStatus.COMMITTED
                   or i.status = io.kpiops.imports.ImportStatus.PREVIEW and i.id < :id)
            order by case when i.status = io.kpiops.imports.ImportStatus.COMMITTED then 0 else 1 end, i.id desc
            """)
    List<DataImport> sameContent(long clientId, String type, String hash, long id, Pageable first);
}
