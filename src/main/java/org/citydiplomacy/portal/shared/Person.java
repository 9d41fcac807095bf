package org.citydiplomacy.portal.shared;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Someone named on a record: an agreement's signatory, a meeting's participant. Known by a name or an
 * office (or both), in English and perhaps Japanese, on the city's side, a partner's (then
 * {@code partnerId} says which) or another's. Its place in the record's list is the collection's
 * order column.
 */
@Embeddable
public class Person {

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

    protected Person() {
    }

    public Person(String name, String nameJa, String office, String officeJa, Side side, Long partnerId) {
        if (name == null && office == null) {
            throw new IllegalArgumentException("A person on a record needs a name or an office");
        }
        this.name = name;
        this.nameJa = nameJa;
        this.office = office;
        this.officeJa = officeJa;
        this.side = side;
        this.partnerId = partnerId;
    }

    public String name() {
        return name;
    }

    public String nameJa() {
        return nameJa;
    }

    public String office() {
        return office;
    }

    public String officeJa() {
        return officeJa;
    }

    public Side side() {
        return side;
    }

    public Long partnerId() {
        return partnerId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Person p && Objects.equals(name, p.name) && Objects.equals(nameJa, p.nameJa)
                && Objects.equals(office, p.office) && Objects.equals(officeJa, p.officeJa) && side == p.side
                && Objects.equals(partnerId, p.partnerId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, nameJa, office, officeJa, side, partnerId);
    }
}
