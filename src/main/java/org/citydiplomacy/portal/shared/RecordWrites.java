package org.citydiplomacy.portal.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The writes every staff-kept record has (agreements, meetings, partners), whatever its module: each
 * module's write service extends it with its own. The staff forms and the write API handle a record
 * through these alone.
 *
 * @param <K> the record's key in its URLs: an id or a slug
 * @param <C> its command: every editable field
 * @param <E> its editable state: the command and the version it is at
 */
public interface RecordWrites<K, C, E extends RecordEdit<C>> {

    E create(@Valid C command);

    /** @param baseVersion the version the editor started from (the ETag of the GET, the form's hidden field) */
    E update(K key, long baseVersion, @Valid C command);

    /** Hides the record from the public, keeping it and its history. Administrators only. */
    E withdraw(K key);

    /** @param reason why, for the history and the public "withdrawn" page (may be blank) */
    E withdraw(K key, @Size(max = 2000, message = "{validation.size}") String reason);

    /** The staff list: every record in any visibility, searched by title or name, the latest change first. */
    PageResult<StaffListItem> staffList(StaffListQuery query);

    /** When and why it was withdrawn, if it is; null otherwise. For its form and its history. */
    Withdrawal withdrawal(K key);

    /** Makes a withdrawn record a draft again (administrators only); publishing it is a separate step. */
    E restore(K key);

    /** The record's current state as a command, with its version, to fill an edit form. */
    E edit(K key);
}
