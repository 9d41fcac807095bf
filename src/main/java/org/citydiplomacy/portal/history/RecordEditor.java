package org.citydiplomacy.portal.history;

import org.citydiplomacy.portal.platform.security.CurrentUser;
import org.citydiplomacy.portal.shared.PageResult;
import org.citydiplomacy.portal.shared.PublishableRecord;
import org.citydiplomacy.portal.shared.RecordEdit;
import org.citydiplomacy.portal.shared.RecordWrites;
import org.citydiplomacy.portal.shared.StaffListItem;
import org.citydiplomacy.portal.shared.StaffListQuery;
import org.citydiplomacy.portal.shared.StaffListSql;
import org.citydiplomacy.portal.shared.Withdrawal;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the editors of agreements, meetings and partners do alike: withdraw, restore, read the
 * editable state and the staff list, and check an edit against the record's version, refusing a
 * stale one with what its history says changed since. Here, beside the history, because that check
 * and every withdrawal are the history's. A subclass adds creating and revising its own aggregate.
 *
 * <p>The annotations are repeated on each subclass ({@code @Service @Validated @Transactional
 * @PreAuthorize}): the methods declared here carry their own, so they hold however the proxies look
 * them up.
 *
 * @param <R> the aggregate; {@code K} its key in URLs (id or slug); {@code C} its command; {@code E} its editable state
 */
@Transactional
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
public abstract class RecordEditor<R extends PublishableRecord, K, C, E extends RecordEdit<C>>
        implements RecordWrites<K, C, E> {

    /**
     * The record's table for the staff list and its name in messages and the history.
     * @param name  {@code agreement}, {@code meeting} or {@code partner}
     * @param key   the expression of its key as text, e.g. {@code id::text} or {@code slug}
     * @param title its title or name column; the Japanese one is {@code title + "_ja"}
     */
    public record Table(String name, String key, String title) {
    }

    private final Table table;
    private final JpaRepository<R, Long> records;
    private final HistorySource history;
    private final JdbcClient jdbc;

    protected RecordEditor(Table table, JpaRepository<R, Long> records, HistorySource history, JdbcClient jdbc) {
        this.table = table;
        this.records = records;
        this.history = history;
        this.jdbc = jdbc;
    }

    /** @throws org.citydiplomacy.portal.shared.RecordNotFoundException if there is none */
    protected abstract R load(K key);

    /** The record's editable state, once saved. */
    protected abstract E stateOf(R record);

    protected final JdbcClient jdbc() {
        return jdbc;
    }

    /** Saves (flushing, so the version moved) and answers the new editable state. */
    protected final E saved(R record) {
        return stateOf(records.saveAndFlush(record));
    }

    /**
     * Before an edit based on {@code baseVersion}: a withdrawn record changes only for an administrator,
     * and only its current version does (else a stale edit, with what changed since).
     */
    protected final void requireEditable(R record, K key, long baseVersion) {
        CurrentUser.requireAdminToChange(record.isWithdrawn(), table.name());
        history.requireVersion(table.name(), String.valueOf(key), record.version(), baseVersion);
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<StaffListItem> staffList(StaffListQuery query) {
        return StaffListSql.page(jdbc, table.name(), table.key(), table.title(), table.title() + "_ja", query);
    }

    @Override
    @Transactional(readOnly = true)
    public Withdrawal withdrawal(K key) {
        return load(key).withdrawal();
    }

    // The short form here rather than as an interface default: a default method would run without
    // this class's transaction and authorisation.
    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public E withdraw(K key) {
        return withdraw(key, null);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public E withdraw(K key, String reason) {
        R record = load(key);
        record.withdraw(reason);
        return saved(record);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public E restore(K key) {
        R record = load(key);
        record.restore();
        return saved(record);
    }

    @Override
    @Transactional(readOnly = true)
    public E edit(K key) {
        return stateOf(load(key));
    }
}
