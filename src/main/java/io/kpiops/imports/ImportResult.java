package io.kpiops.imports;

/** What a commit wrote: records created and records updated (matched an existing key). */
public record ImportResult(int created, int updated) {

    public static final ImportResult NONE = new ImportResult(0, 0);

    public ImportResult plus(ImportResult other) {
        return new ImportResult(created + other.created, updated + other.updated);
    }
}
