package org.citydiplomacy.portal.agreements.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.citydiplomacy.portal.agreements.AgreementCommand;
import org.citydiplomacy.portal.agreements.AgreementStatus;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.shared.DatePrecision;
import org.citydiplomacy.portal.shared.InPlace;
import org.citydiplomacy.portal.shared.LanguageTags;
import org.citydiplomacy.portal.shared.PartnerLink;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Person;
import org.citydiplomacy.portal.shared.PublishableRecord;
import org.hibernate.envers.Audited;

/**
 * An agreement with its partners, signatories, areas, relations to earlier agreements and full
 * texts: one aggregate, changed as a whole by {@link #revise} and withdrawn by {@link #withdraw}.
 * Its parts are value collections, so any change to them is a change (and a new version) of the
 * agreement itself.
 */
@Entity
@Table(name = "agreement")
@Audited
class Agreement extends PublishableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AgreementType type;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "title_ja", length = 500)
    private String titleJa;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "signed_on_precision", nullable = false, length = 5)
    private DatePrecision signedOnPrecision;

    @Column(length = 200)
    private String place;

    @Column(name = "place_ja", length = 200)
    private String placeJa;

    @Column(columnDefinition = "text")
    private String summary;

    @Column(name = "summary_ja", columnDefinition = "text")
    private String summaryJa;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "staff_notes", columnDefinition = "text")
    private String staffNotes;

    @ElementCollection
    @CollectionTable(name = "agreement_partner", joinColumns = @JoinColumn(name = "agreement_id"))
    private Set<PartnerLink> partners = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "agreement_signatory", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<Person> signatories = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_area", joinColumns = @JoinColumn(name = "agreement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area", nullable = false, length = 40)
    private Set<CooperationArea> areas = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "agreement_relation", joinColumns = @JoinColumn(name = "agreement_id"))
    private Set<RelationLink> relations = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "agreement_text", joinColumns = @JoinColumn(name = "agreement_id"))
    @MapKeyColumn(name = "language", length = 35)
    private Map<String, AgreementText> texts = new HashMap<>();

    protected Agreement() {
    }

    /** A new agreement; {@code partnerIds} resolves every partner slug the command names. */
    Agreement(AgreementCommand command, Map<String, Long> partnerIds) {
        apply(command, partnerIds);
    }

    /** Replaces every editable field and part with the command's. */
    void revise(AgreementCommand command, Map<String, Long> partnerIds) {
        apply(command, partnerIds);
    }

    /** A signed document was attached: the agreement's representation (and so its version) changes. */
    void documentAttached() {
        touch();
    }

    private void apply(AgreementCommand c, Map<String, Long> partnerIds) {
        showAs(c.visibility());
        this.type = c.type();
        this.title = c.title();
        this.titleJa = c.titleJa();
        this.signedOn = c.signedOn().start();
        this.signedOnPrecision = c.signedOn().precision();
        this.place = c.place();
        this.placeJa = c.placeJa();
        this.summary = c.summary();
        this.summaryJa = c.summaryJa();
        this.status = c.status();
        this.reviewOn = c.reviewOn();
        this.expiresOn = c.expiresOn();
        this.staffNotes = c.staffNotes();

        // Value collections are changed in place, element by element, so that unchanged parts stay
        // unchanged rows (and unchanged in the history).
        InPlace.set(partners, PartnerLink.inOrder(c.partners(), partnerIds));
        InPlace.list(signatories, c.signatories().stream()
                .map(s -> new Person(s.name(), s.nameJa(), s.office(), s.officeJa(), s.side(),
                        s.partner() == null ? null : partnerIds.get(s.partner())))
                .toList());
        InPlace.set(areas, c.areas());
        Set<RelationLink> newRelations = new HashSet<>();
        c.relations().forEach(r -> newRelations.add(new RelationLink(r.agreementId(), r.kind())));
        InPlace.set(relations, newRelations);

        Map<String, AgreementText> newTexts = new TreeMap<>();
        c.texts().forEach(t -> newTexts.put(LanguageTags.canonical(t.language()), new AgreementText(t.title(), t.body())));
        texts.keySet().retainAll(newTexts.keySet());
        newTexts.forEach((language, text) -> {
            if (!text.equals(texts.get(language))) {
                texts.put(language, text);
            }
        });
    }

    /** The command that would reproduce the current state, for an edit form; partners by slug. */
    AgreementCommand asCommand(Function<Long, String> partnerSlugs) {
        return new AgreementCommand(type, title, titleJa, signedOn(), place, placeJa, summary, summaryJa,
                partners.stream().sorted(Comparator.comparingInt(PartnerLink::position))
                        .map(p -> partnerSlugs.apply(p.partnerId())).toList(),
                signatories.stream().map(s -> new AgreementCommand.SignatoryCommand(s.name(), s.nameJa(), s.office(),
                        s.officeJa(), s.side(), s.partnerId() == null ? null : partnerSlugs.apply(s.partnerId()))).toList(),
                Set.copyOf(areas), status, reviewOn, expiresOn,
                relations.stream().sorted(Comparator.comparing(RelationLink::relatedId).thenComparing(RelationLink::kind))
                        .map(r -> new AgreementCommand.RelationCommand(r.kind(), r.relatedId())).toList(),
                visibility(), staffNotes,
                new TreeMap<>(texts).entrySet().stream()
                        .map(e -> new AgreementCommand.TextCommand(e.getKey(), e.getValue().title(), e.getValue().body()))
                        .toList());
    }

    /** Every partner id the agreement refers to, as partner or as a signatory's side. */
    Set<Long> referencedPartnerIds() {
        Set<Long> ids = new HashSet<>();
        partners.forEach(p -> ids.add(p.partnerId()));
        signatories.stream().map(Person::partnerId).filter(java.util.Objects::nonNull).forEach(ids::add);
        return ids;
    }

    PartialDate signedOn() {
        return new PartialDate(signedOn, signedOnPrecision);
    }

    Long id() {
        return id;
    }
}
