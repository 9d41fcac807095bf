package org.citydiplomacy.portal.shared;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.envers.Audited;

/**
 * A kept record that readers may see: agreements, meetings and partners. Its visibility changes by
 * an edit (draft or published), by a withdrawal, which hides it and keeps when and why, and by a
 * restore, which makes it a draft again.
 */
@MappedSuperclass
@Audited
public abstract class PublishableRecord extends AuditedRecord {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Visibility visibility;

    public Visibility visibility() {
        return visibility;
    }

    public boolean isWithdrawn() {
        return visibility == Visibility.WITHDRAWN;
    }

    /** Hides the record from the public; it stays, with its history, for staff. */
    public void withdraw(String reason) {
        this.visibility = Visibility.WITHDRAWN;
        noteWithdrawal(reason);
    }

    /** When and why it was withdrawn; null unless it is. */
    public Withdrawal withdrawal() {
        return withdrawalIf(isWithdrawn());
    }

    /** Visible to staff again, as a draft: publishing it again is a separate, deliberate step. */
    public void restore() {
        if (isWithdrawn()) {
            this.visibility = Visibility.DRAFT;
            forgetWithdrawal();
        }
    }

    /**
     * The visibility an edit chose (draft or published: a record is withdrawn by {@link #withdraw}
     * only); an administrator's edit of a withdrawn record restores it.
     */
    protected void showAs(Visibility chosen) {
        if (chosen == Visibility.WITHDRAWN) {
            throw new IllegalArgumentException("A record is withdrawn by withdraw(), not by an edit");
        }
        if (isWithdrawn()) {
            forgetWithdrawal();
        }
        this.visibility = chosen;
    }
}
