package org.citydiplomacy.portal.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * What every kept record carries: the version an edit must be based on (optimistic locking), and
 * who created and last changed it. The version is part of the audited history; the attribution
 * columns are not, since each revision records its own author.
 */
@MappedSuperclass
@Audited
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedRecord {

    @Version
    @Column(nullable = false)
    private long version;

    @NotAudited
    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @CreatedBy
    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

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

    public long version() {
        return version;
    }

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
