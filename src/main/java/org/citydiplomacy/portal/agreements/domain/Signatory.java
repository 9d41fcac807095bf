package org.citydiplomacy.portal.agreements.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.citydiplomacy.portal.shared.Side;

/** Someone who signed an agreement; its place in the list is the collection's order column. */
@Embeddable
class Signatory {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "name_ja", length = 200)
    private String nameJa;

    @Column(name = "office", length = 300)
    private String office;

    @Column(name = "office_ja", length = 300)
    private String officeJa;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 10)
    private Side side;

    @Column(name = "partner_id")
    private Long partnerId;

    protected Signatory() {
    }

    Signatory(String name, String nameJa, String office, String officeJa, Side side, Long partnerId) {
        this.name = name;
        this.nameJa = nameJa;
        this.office = office;
        this.officeJa = officeJa;
        this.side = side;
        this.partnerId = partnerId;
    }

    String name() {
        return name;
    }

    String nameJa() {
        return nameJa;
    }

    String office() {
        return office;
    }

    String officeJa() {
        return officeJa;
    }

    Side side() {
        return side;
    }

    Long partnerId() {
        return partnerId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signatory s && Objects.equals(name, s.name) && Objects.equals(nameJa, s.nameJa)
                && Objects.equals(office, s.office) && Objects.equals(officeJa, s.officeJa) && side == s.side
                && Objects.equals(partnerId, s.partnerId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, nameJa, office, officeJa, side, partnerId);
    }
}
