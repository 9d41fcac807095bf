package org.citydiplomacy.portal.meetings.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.citydiplomacy.portal.shared.Side;

/** Someone who took part in a meeting; its place in the list is the collection's order column. */
@Embeddable
class Participant {

    @Column(name = "name", length = 200)
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

    protected Participant() {
    }

    Participant(String name, String nameJa, String office, String officeJa, Side side, Long partnerId) {
        if (name == null && office == null) {
            throw new IllegalArgumentException("A participant needs a name or an office");
        }
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
        return other instanceof Participant p && Objects.equals(name, p.name) && Objects.equals(nameJa, p.nameJa)
                && Objects.equals(office, p.office) && Objects.equals(officeJa, p.officeJa) && side == p.side
                && Objects.equals(partnerId, p.partnerId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, nameJa, office, officeJa, side, partnerId);
    }
}
