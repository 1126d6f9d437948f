package io.kpiops.imports;

import java.util.List;

/**
 * One column of an import type.
 *
 * @param name        canonical name: the API's snake_case field name, the template's header and the key of row values
 * @param required    the file must have this column (else the whole file is refused) and every row a value in it
 * @param aliases     other headers accepted for it, written naturally ("Código", "tiempo de ciclo", the reference
 *                    system's names); matching ignores case, accents, and treats spaces, dashes and dots as underscores
 * @param example     the value shown in the template's example row
 * @param description what the column holds, its unit and its format, for the types listing
 */
public record ImportColumn(String name, boolean required, List<String> aliases, String example, String description) {

    public ImportColumn {
        aliases = List.copyOf(aliases);
    }

    public static ImportColumn required(String name, String example, String description, String... aliases) {
        return new ImportColumn(name, true, List.of(aliases), example, description);
    }

    public static ImportColumn optional(String name, String example, String description, String... aliases) {
        return new ImportColumn(name, false, List.of(aliases), example, description);
    }
}
