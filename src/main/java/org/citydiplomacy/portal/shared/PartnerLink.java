package org.citydiplomacy.portal.shared;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A partner of a record (an agreement, a meeting), by id, and its place in the record's list of partners. */
@Embeddable
public class PartnerLink {

    @Column(name = "partner_id", nullable = false)
    private Long partnerId;

    @Column(name = "position", nullable = false)
    private int position;

    protected PartnerLink() {
    }

    public PartnerLink(long partnerId, int position) {
        this.partnerId = partnerId;
        this.position = position;
    }

    /** The links to these partners in this order, a partner named twice counted once. */
    public static Set<PartnerLink> inOrder(List<String> slugs, Map<String, Long> partnerIds) {
        Set<PartnerLink> links = new LinkedHashSet<>();
        List<String> distinct = slugs.stream().distinct().toList();
        for (int i = 0; i < distinct.size(); i++) {
            links.add(new PartnerLink(partnerIds.get(distinct.get(i)), i));
        }
        return links;
    }

    public long partnerId() {
        return partnerId;
    }

    public int position() {
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartnerLink link && Objects.equals(partnerId, link.partnerId) && position == link.position;
    }

    @Override
    public int hashCode() {
        return Objects.hash(partnerId, position);
    }
}
