package org.citydiplomacy.portal.meetings.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.citydiplomacy.portal.meetings.MeetingCommand;
import org.citydiplomacy.portal.meetings.MeetingKind;
import org.citydiplomacy.portal.shared.DatePrecision;
import org.citydiplomacy.portal.shared.InPlace;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.PartnerLink;
import org.citydiplomacy.portal.shared.Person;
import org.citydiplomacy.portal.shared.PublishableRecord;
import org.hibernate.envers.Audited;

/**
 * A meeting with its partners, participants and the agreements signed at it: one aggregate whose
 * parts are value collections, changed by {@link #revise} and withdrawn by {@link #withdraw}.
 */
@Entity
@Table(name = "meeting")
@Audited
class Meeting extends PublishableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "title_ja", length = 500)
    private String titleJa;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "held_on_precision", nullable = false, length = 5)
    private DatePrecision heldOnPrecision;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "ends_on_precision", length = 5)
    private DatePrecision endsOnPrecision;

    @Column(length = 200)
    private String place;

    @Column(name = "place_ja", length = 200)
    private String placeJa;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingKind kind;

    @Column(columnDefinition = "text")
    private String summary;

    @Column(name = "summary_ja", columnDefinition = "text")
    private String summaryJa;

    @Column(name = "staff_notes", columnDefinition = "text")
    private String staffNotes;

    @ElementCollection
    @CollectionTable(name = "meeting_partner", joinColumns = @JoinColumn(name = "meeting_id"))
    private Set<PartnerLink> partners = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Person> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_agreement", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "agreement_id", nullable = false)
    private Set<Long> agreements = new HashSet<>();

    protected Meeting() {
    }

    Meeting(MeetingCommand command, Map<String, Long> partnerIds) {
        apply(command, partnerIds);
    }

    void revise(MeetingCommand command, Map<String, Long> partnerIds) {
        apply(command, partnerIds);
    }

    private void apply(MeetingCommand c, Map<String, Long> partnerIds) {
        showAs(c.visibility());
        if (c.endDate() != null && c.endDate().start().isBefore(c.date().start())) {
            throw new IllegalArgumentException("A meeting cannot end before it starts");
        }
        this.title = c.title();
        this.titleJa = c.titleJa();
        this.heldOn = c.date().start();
        this.heldOnPrecision = c.date().precision();
        this.endsOn = c.endDate() == null ? null : c.endDate().start();
        this.endsOnPrecision = c.endDate() == null ? null : c.endDate().precision();
        this.place = c.place();
        this.placeJa = c.placeJa();
        this.kind = c.kind();
        this.summary = c.summary();
        this.summaryJa = c.summaryJa();
        this.staffNotes = c.staffNotes();

        // Value collections are changed in place, element by element, so that unchanged parts stay
        // unchanged rows (and unchanged in the history).
        InPlace.set(partners, PartnerLink.inOrder(c.partners(), partnerIds));
        InPlace.list(participants, c.participants().stream()
                .map(p -> new Person(p.name(), p.nameJa(), p.office(), p.officeJa(), p.side(),
                        p.partner() == null ? null : partnerIds.get(p.partner())))
                .toList());
        InPlace.set(agreements, Set.copyOf(c.agreements()));
    }

    MeetingCommand asCommand(Function<Long, String> partnerSlugs) {
        return new MeetingCommand(title, titleJa, date(),
                PartialDate.ofNullable(endsOn, endsOnPrecision == null ? null : endsOnPrecision.name()), kind, place,
                placeJa, summary, summaryJa,
                partners.stream().sorted(Comparator.comparingInt(PartnerLink::position))
                        .map(p -> partnerSlugs.apply(p.partnerId())).toList(),
                participants.stream().map(p -> new MeetingCommand.ParticipantCommand(p.name(), p.nameJa(), p.office(),
                        p.officeJa(), p.side(), p.partnerId() == null ? null : partnerSlugs.apply(p.partnerId()))).toList(),
                agreements.stream().sorted().toList(), visibility(), staffNotes);
    }

    Set<Long> referencedPartnerIds() {
        Set<Long> ids = new HashSet<>();
        partners.forEach(p -> ids.add(p.partnerId()));
        participants.stream().map(Person::partnerId).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    PartialDate date() {
        return new PartialDate(heldOn, heldOnPrecision);
    }

    Long id() {
        return id;
    }

}
