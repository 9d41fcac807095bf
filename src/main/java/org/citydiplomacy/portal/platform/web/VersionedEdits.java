package org.citydiplomacy.portal.platform.web;

import java.util.function.LongFunction;

import org.citydiplomacy.portal.shared.RecordEdit;
import org.citydiplomacy.portal.shared.RecordWrites;
import org.citydiplomacy.portal.shared.WithdrawalRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The edits of the three record APIs (agreements, meetings, partners) as HTTP: the version an update is
 * based on from {@code If-Match} (428 without it, 412 if stale), a PUT that must name every field, a
 * merge patch applied to the current state, and each answer tagged with its version's ETag. A record
 * API holds its record's: {@code versions.of(agreements)}.
 */
@Component
public class VersionedEdits {

    private final MergePatch mergePatch;
    private final PresentFields presentFields;

    VersionedEdits(MergePatch mergePatch, PresentFields presentFields) {
        this.mergePatch = mergePatch;
        this.presentFields = presentFields;
    }

    /** The versioned edits of the records a write service keeps. */
    public <K, C extends Record, E extends RecordEdit<C>> Of<K, C, E> of(RecordWrites<K, C, E> records) {
        return new Of<>(records);
    }

    /** One kind of record's versioned edits. */
    public final class Of<K, C extends Record, E extends RecordEdit<C>> {

        private final RecordWrites<K, C, E> records;

        private Of(RecordWrites<K, C, E> records) {
            this.records = records;
        }

        /** PATCH: the merge patch applied to the record's current state, checked and saved like a PUT of it. */
        public ResponseEntity<E> patch(K key, String ifMatch, JsonNode patch, Class<C> type) {
            long version = Versions.fromIfMatch(ifMatch);
            C command = mergePatch.apply(records.edit(key).command(), patch, type);
            return Versions.tagged(records.update(key, version, command));
        }

        /**
         * PUT: replaces every field, so a field the body leaves out would be erased silently; it is refused (422).
         * @param update saves the body's command, based on the version it is given
         */
        public ResponseEntity<E> replace(K key, String ifMatch, LongFunction<E> update) {
            long version = Versions.fromIfMatch(ifMatch);
            presentFields.requireEvery(records.edit(key).command());
            return Versions.tagged(update.apply(version));
        }

        /** Withdraws the record from the public, with the request's reason if it gives one. */
        public ResponseEntity<E> withdraw(K key, WithdrawalRequest request) {
            return Versions.tagged(records.withdraw(key, WithdrawalRequest.reasonOf(request)));
        }

        /** Every editable field, with the version as ETag. */
        public ResponseEntity<E> editable(K key) {
            return Versions.tagged(records.edit(key));
        }
    }
}
