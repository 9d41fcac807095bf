package org.citydiplomacy.portal.meetings.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.citydiplomacy.portal.agreements.AgreementCommand;
import org.citydiplomacy.portal.meetings.MeetingCommand;
import org.citydiplomacy.portal.meetings.MeetingKind;
import org.citydiplomacy.portal.platform.web.FormFields;
import org.citydiplomacy.portal.platform.web.FormSubmission;
import org.citydiplomacy.portal.shared.PartialDate;
import org.citydiplomacy.portal.shared.Side;
import org.citydiplomacy.portal.shared.Visibility;

/** The meeting form as sent: lenient rows and dates as typed, like {@link AgreementForm}. */
record MeetingForm(Long version, String title, String titleJa, String date, String endDate, MeetingKind kind,
        String place, String placeJa, String summary, String summaryJa, List<String> partners,
        List<ParticipantRow> participants, List<Long> agreements, Visibility visibility, String staffNotes) {

    /** The form's fields in the order it shows them, with their labels: the error summary's order and words. */
    static final FormFields FIELDS = FormFields.builder().field("title", "staff.agreement.title")
            .field("titleJa", "staff.agreement.titleJa").field("kind", "staff.meeting.kind")
            .field("date", "staff.meeting.date").field("endDate", "staff.meeting.endDate")
            .field("place", "staff.meeting.place").field("placeJa", "staff.meeting.placeJa")
            .field("summary", "staff.agreement.summary").field("summaryJa", "staff.agreement.summaryJa")
            .rows("partners", "staff.agreement.partners", "staff.agreement.partnerN")
            .people("participants", "staff.meeting.participants", "staff.meeting.participantN", "staff.meeting.side",
                    "staff.meeting.participant.partner")
            .rows("agreements", "staff.meeting.agreements", "staff.meeting.agreementN")
            .endWithPublication();

    record ParticipantRow(String name, String nameJa, String office, String officeJa, Side side, String partner) {

        boolean blank() {
            return Stream.of(name, nameJa, office, officeJa, partner).allMatch(FormSubmission::blank);
        }
    }

    MeetingForm {
        partners = partners == null ? new ArrayList<>() : new ArrayList<>(partners);
        participants = participants == null ? new ArrayList<>() : new ArrayList<>(participants);
        agreements = agreements == null ? new ArrayList<>() : new ArrayList<>(agreements);
    }

    static MeetingForm blank() {
        return new MeetingForm(null, null, null, null, null, MeetingKind.BILATERAL_VISIT, null, null, null, null, null,
                null, null, Visibility.DRAFT, null).withExtraRows(null);
    }

    /** A meeting at which an agreement was signed: its partners, date and signatories, and the agreement linked. */
    static MeetingForm forAgreement(long id, AgreementCommand a) {
        return new MeetingForm(null, null, null, a.signedOn() == null ? null : a.signedOn().toString(), null,
                MeetingKind.BILATERAL_VISIT, a.place(), a.placeJa(), null, null, a.partners(),
                a.signatories().stream().map(s -> new ParticipantRow(s.name(), s.nameJa(), s.office(), s.officeJa(),
                        s.side(), s.partner())).toList(),
                List.of(id), Visibility.DRAFT, null).withExtraRows(null);
    }

    static MeetingForm of(long version, MeetingCommand c) {
        return new MeetingForm(version, c.title(), c.titleJa(), c.date() == null ? null : c.date().toString(),
                c.endDate() == null ? null : c.endDate().toString(), c.kind(), c.place(), c.placeJa(), c.summary(),
                c.summaryJa(), c.partners(),
                c.participants().stream().map(p -> new ParticipantRow(p.name(), p.nameJa(), p.office(), p.officeJa(),
                        p.side(), p.partner())).toList(),
                c.agreements(), Visibility.editable(c.visibility()), c.staffNotes()).withExtraRows(null);
    }

    MeetingForm compacted() {
        return new MeetingForm(version, title, titleJa, date, endDate, kind, place, placeJa, summary, summaryJa,
                partners.stream().filter(p -> !FormSubmission.blank(p)).map(String::strip).toList(),
                participants.stream().filter(p -> p != null && !p.blank()).toList(),
                agreements.stream().filter(a -> a != null).toList(), visibility, staffNotes);
    }

    /** @param list one more blank row in this list ("partners", "participants", "agreements"), or null */
    MeetingForm withExtraRows(String list) {
        List<String> p = new ArrayList<>(partners);
        List<ParticipantRow> q = new ArrayList<>(participants);
        List<Long> a = new ArrayList<>(agreements);
        for (long i = p.stream().filter(FormSubmission::blank).count(); i < 1 + ("partners".equals(list) ? 1 : 0); i++) {
            p.add("");
        }
        for (long i = q.stream().filter(ParticipantRow::blank).count(); i < 2 + ("participants".equals(list) ? 1 : 0); i++) {
            q.add(new ParticipantRow(null, null, null, null, null, null));
        }
        for (long i = a.stream().filter(x -> x == null).count(); i < 1 + ("agreements".equals(list) ? 1 : 0); i++) {
            a.add(null);
        }
        return new MeetingForm(version, title, titleJa, date, endDate, kind, place, placeJa, summary, summaryJa, p, q, a,
                visibility, staffNotes);
    }

    MeetingForm withVersion(long value) {
        return new MeetingForm(value, title, titleJa, date, endDate, kind, place, placeJa, summary, summaryJa, partners,
                participants, agreements, visibility, staffNotes);
    }

    MeetingCommand command(PartialDate start, PartialDate end) {
        return new MeetingCommand(title, titleJa, start, end, kind, place, placeJa, summary, summaryJa, partners,
                participants.stream().map(p -> new MeetingCommand.ParticipantCommand(p.name(), p.nameJa(), p.office(),
                        p.officeJa(), p.side(), FormSubmission.blank(p.partner()) ? null : p.partner().strip())).toList(),
                agreements, visibility, staffNotes);
    }
}
