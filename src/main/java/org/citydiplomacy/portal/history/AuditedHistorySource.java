package org.citydiplomacy.portal.history;

/**
 * A module's history source read from Envers' audit rows: the record type it answers for, and the
 * reader of the rows ({@link AuditTrailReader}), which each subclass tells which tables to read.
 */
public abstract class AuditedHistorySource implements HistorySource {

    private final RecordType type;
    private final AuditTrailReader audit;

    protected AuditedHistorySource(RecordType type, AuditTrailReader audit) {
        this.type = type;
        this.audit = audit;
    }

    @Override
    public final RecordType type() {
        return type;
    }

    protected final AuditTrailReader audit() {
        return audit;
    }
}
