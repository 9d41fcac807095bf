package org.citydiplomacy.portal.agreements.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.citydiplomacy.portal.agreements.AgreementCommand;
import org.citydiplomacy.portal.agreements.AgreementStatus;
import org.citydiplomacy.portal.agreements.AgreementType;
import org.citydiplomacy.portal.agreements.CooperationArea;
import org.citydiplomacy.portal.agreements.RelationKind;
import org.citydiplomacy.portal.platform.web.FormFields;
import org.citydiplomacy.portal.platform.web.FormSubmission;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Side;
import org.citydiplomacy.portal.shared.Visibility;

/**
 * The agreement form as the browser sends it: lenient (blank rows allowed, the dates as typed),
 * so that a half-filled form can always be shown again. {@link #command()} turns it into the write
 * model's command once the blank rows are gone; field names match, so the command's errors land on
 * the form's fields.
 */
record AgreementForm(Long version, AgreementType type, String title, String titleJa, String signedOn, String place,
        String placeJa, String summary, String summaryJa, List<String> partners, List<SignatoryRow> signatories,
        Set<CooperationArea> areas, AgreementStatus status,
        String reviewOn, String expiresOn,
        List<RelationRow> relations, Visibility visibility, String staffNotes, List<TextRow> texts,
        NewPartnerForm newPartner) {

    /** The form's fields in the order it shows them, with their labels: the error summary's order and words. */
    static final FormFields FIELDS = FormFields.builder().field("type", "staff.agreement.type")
            .field("title", "staff.agreement.title").field("titleJa", "staff.agreement.titleJa")
            .field("signedOn", "staff.agreement.signedOn").field("place", "staff.agreement.place")
            .field("placeJa", "staff.agreement.placeJa").field("summary", "staff.agreement.summary")
            .field("summaryJa", "staff.agreement.summaryJa")
            .rows("partners", "staff.agreement.partners", "staff.agreement.partnerN")
            .field("newPartner.name", "staff.partner.name").field("newPartner.nameJa", "staff.partner.nameJa")
            .field("newPartner.slug", "staff.partner.slug").field("newPartner.country", "staff.partner.country")
            .field("newPartner.kind", "staff.partner.kind").field("newPartner.relationship", "staff.partner.relationship")
            .field("newPartner.visibility", "staff.form.visibility")
            .people("signatories", "staff.agreement.signatories", "staff.agreement.signatoryN", "staff.person.side",
                    "staff.person.partner")
            .field("areas", "staff.agreement.areas").field("status", "staff.agreement.status")
            .field("reviewOn", "staff.agreement.reviewOn").field("expiresOn", "staff.agreement.expiresOn")
            .rows("relations", "staff.agreement.relations", "staff.agreement.relationN", "kind",
                    "staff.agreement.relationKind", "agreementId", "staff.agreement.relatedId")
            .rows("texts", "staff.agreement.texts", "staff.agreement.textN", "language", "staff.form.language",
                    "title", "staff.agreement.textTitle", "body", "staff.agreement.textBody")
            .endWithPublication();

    /** Blank rows offered beyond the filled ones; "add another" asks for one more. */
    static final int BLANK_PARTNERS = 1;
    static final int BLANK_SIGNATORIES = 2;
    static final int BLANK_RELATIONS = 1;
    static final int BLANK_TEXTS = 1;

    record SignatoryRow(String name, String nameJa, String office, String officeJa, Side side, String partner) {

        boolean blank() {
            return Stream.of(name, nameJa, office, officeJa, partner).allMatch(FormSubmission::blank);
        }

        static SignatoryRow empty() {
            return new SignatoryRow(null, null, null, null, null, null);
        }
    }

    record RelationRow(RelationKind kind, Long agreementId) {

        boolean blank() {
            return agreementId == null;
        }
    }

    record TextRow(String language, String title, String body) {

        boolean blank() {
            return FormSubmission.blank(title) && FormSubmission.blank(body);
        }
    }

    AgreementForm {
        partners = partners == null ? new ArrayList<>() : new ArrayList<>(partners);
        signatories = signatories == null ? new ArrayList<>() : new ArrayList<>(signatories);
        areas = areas == null ? new LinkedHashSet<>() : new LinkedHashSet<>(areas);
        relations = relations == null ? new ArrayList<>() : new ArrayList<>(relations);
        texts = texts == null ? new ArrayList<>() : new ArrayList<>(texts);
        newPartner = newPartner == null ? NewPartnerForm.empty() : newPartner;
    }

    /** A new agreement: signed today unless told otherwise, a draft, texts offered in English and Japanese. */
    static AgreementForm blank(LocalDate today) {
        return new AgreementForm(null, null, null, null, today.toString(), null, null, null, null, null, null, null,
                AgreementStatus.IN_FORCE, null, null, null, Visibility.DRAFT, null,
                List.of(new TextRow("en", null, null), new TextRow("ja", null, null)), null).withBlankRows();
    }

    static AgreementForm of(long version, AgreementCommand c) {
        return new AgreementForm(version, c.type(), c.title(), c.titleJa(),
                c.signedOn() == null ? null : c.signedOn().toString(), c.place(), c.placeJa(), c.summary(),
                c.summaryJa(), c.partners(),
                c.signatories().stream().map(s -> new SignatoryRow(s.name(), s.nameJa(), s.office(), s.officeJa(),
                        s.side(), s.partner())).toList(),
                c.areas(), c.status(), text(c.reviewOn()), text(c.expiresOn()),
                c.relations().stream().map(r -> new RelationRow(r.kind(), r.agreementId())).toList(),
                Visibility.editable(c.visibility()), c.staffNotes(),
                c.texts().stream().map(t -> new TextRow(t.language(), t.title(), t.body())).toList(), null)
                .withBlankRows();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** Without blank rows: what is saved, and what errors refer to. */
    AgreementForm compacted() {
        return new AgreementForm(version, type, title, titleJa, signedOn, place, placeJa, summary, summaryJa,
                partners.stream().filter(p -> !FormSubmission.blank(p)).map(String::strip).toList(),
                signatories.stream().filter(s -> s != null && !s.blank()).toList(), areas, status, reviewOn, expiresOn,
                relations.stream().filter(r -> r != null && !r.blank()).toList(), visibility, staffNotes,
                texts.stream().filter(t -> t != null && !t.blank()).toList(), newPartner);
    }

    /** The filled rows followed by the usual blank ones, for showing the form. */
    AgreementForm withBlankRows() {
        return withExtraRows(null);
    }

    /** @param list one more blank row in this list ("partners", "signatories", "relations", "texts") */
    AgreementForm withExtraRows(String list) {
        List<String> p = new ArrayList<>(partners);
        List<SignatoryRow> s = new ArrayList<>(signatories);
        List<RelationRow> r = new ArrayList<>(relations);
        List<TextRow> t = new ArrayList<>(texts);
        pad(p, BLANK_PARTNERS + ("partners".equals(list) ? 1 : 0), p.stream().filter(FormSubmission::blank).count(), "");
        pad(s, BLANK_SIGNATORIES + ("signatories".equals(list) ? 1 : 0), s.stream().filter(SignatoryRow::blank).count(),
                SignatoryRow.empty());
        pad(r, BLANK_RELATIONS + ("relations".equals(list) ? 1 : 0), r.stream().filter(RelationRow::blank).count(),
                new RelationRow(null, null));
        // A blank text row offers the first of English and Japanese that has no text yet.
        for (long i = t.stream().filter(TextRow::blank).count(); i < BLANK_TEXTS + ("texts".equals(list) ? 1 : 0); i++) {
            String missing = java.util.stream.Stream.of("en", "ja")
                    .filter(tag -> t.stream().noneMatch(row -> tag.equals(row.language())))
                    .findFirst().orElse(null);
            t.add(new TextRow(missing, null, null));
        }
        return new AgreementForm(version, type, title, titleJa, signedOn, place, placeJa, summary, summaryJa, p, s, areas,
                status, reviewOn, expiresOn, r, visibility, staffNotes, t, newPartner);
    }

    private static <T> void pad(List<T> rows, int wanted, long blanks, T blank) {
        for (long i = blanks; i < wanted; i++) {
            rows.add(blank);
        }
    }

    AgreementForm withPartnerAdded(String slug) {
        List<String> p = new ArrayList<>(partners.stream().filter(x -> !FormSubmission.blank(x)).toList());
        p.add(slug);
        return new AgreementForm(version, type, title, titleJa, signedOn, place, placeJa, summary, summaryJa, p,
                signatories, areas, status, reviewOn, expiresOn, relations, visibility, staffNotes, texts,
                NewPartnerForm.empty()).withBlankRows();
    }

    AgreementForm withVersion(long value) {
        return new AgreementForm(value, type, title, titleJa, signedOn, place, placeJa, summary, summaryJa, partners,
                signatories, areas, status, reviewOn, expiresOn, relations, visibility, staffNotes, texts, newPartner);
    }

    /** The write model's command, with the dates typed as text already parsed. */
    AgreementCommand command(PartialDate signed, LocalDate review, LocalDate expiry) {
        return new AgreementCommand(type, title, titleJa, signed, place, placeJa, summary, summaryJa, partners,
                signatories.stream().map(s -> new AgreementCommand.SignatoryCommand(s.name(), s.nameJa(), s.office(),
                        s.officeJa(), s.side(), FormSubmission.blank(s.partner()) ? null : s.partner().strip())).toList(),
                areas, status, review, expiry,
                relations.stream().map(r -> new AgreementCommand.RelationCommand(r.kind(), r.agreementId())).toList(),
                visibility, staffNotes,
                texts.stream().map(t -> new AgreementCommand.TextCommand(FormSubmission.blank(t.language()) ? null : t.language().strip(),
                        t.title(), t.body())).toList());
    }
}
