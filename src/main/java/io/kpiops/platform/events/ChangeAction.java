package io.kpiops.platform.events;

/** What happened to the entries of an {@link EntryChanged}; the wire name is the lower-case constant. */
public enum ChangeAction {
    CREATED,
    UPDATED,
    DELETED;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
