package org.citydiplomacy.portal.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;

/**
 * What every edited record carries besides its version and creation: who last changed it and when,
 * and its withdrawal. The attribution columns are not part of the audited history, since each
 * revision records its own author.
 */
@MappedSuperclass
@Audited
public abstract class AuditedRecord extends CreatedRecord {

    @NotAudited
    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotAudited
    @LastModifiedBy
    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    /** When and why the record was withdrawn from the public (audited: the history keeps the reason). */
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_reason", columnDefinition = "text")
    private String withdrawalReason;

    /** The withdrawal, if the record is withdrawn (its subclass knows); null otherwise. */
    protected Withdrawal withdrawalIf(boolean withdrawn) {
        return withdrawn ? new Withdrawal(withdrawnAt, withdrawalReason) : null;
    }

    /** Notes a withdrawal; the subclass hides the record (its visibility is its own). */
    protected void noteWithdrawal(String reason) {
        this.withdrawnAt = Office.now();
        this.withdrawalReason = Texts.blankToNull(reason);
    }

    /** The record is visible again (restored): the withdrawal stays in the history only. */
    protected void forgetWithdrawal() {
        this.withdrawnAt = null;
        this.withdrawalReason = null;
    }

    /** Marks the record changed when only something stored beside it changed, so its version moves. */
    protected void touch() {
        this.updatedAt = Office.now();
    }
}
