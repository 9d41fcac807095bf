package org.citydiplomacy.portal.agreements.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citydiplomacy.portal.agreements.AgreementCommand;
import org.citydiplomacy.portal.agreements.AgreementEdit;
import org.citydiplomacy.portal.agreements.AgreementWriteService;
import org.citydiplomacy.portal.agreements.DocumentAttached;
import org.citydiplomacy.portal.agreements.DocumentUpload;
import org.citydiplomacy.portal.history.RecordEditor;
import org.citydiplomacy.portal.partners.PartnerWriteService;
import org.citydiplomacy.portal.partners.PublishingCheck;
import org.citydiplomacy.portal.platform.security.CurrentUser;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.shared.LanguageTags;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.citydiplomacy.portal.shared.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The write side of agreements: checks what a command refers to (partners, related agreements,
 * languages), applies it to the aggregate and saves it; a signed document's file goes to the
 * {@link DocumentStore}. It is the module's write service ({@link AgreementWriteService}): each
 * command in one transaction, validated before anything is written, for editors and administrators only.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class AgreementEditor extends RecordEditor<Agreement, Long, AgreementCommand, AgreementEdit>
        implements AgreementWriteService {

    private final Agreements agreements;
    private final DocumentStore documents;
    private final PartnerWriteService partners;

    AgreementEditor(Agreements agreements, DocumentStore documents, AgreementHistory history,
            PartnerWriteService partners, JdbcClient jdbc) {
        super(new Table("agreement", "id::text", "title"), agreements, history, jdbc);
        this.agreements = agreements;
        this.documents = documents;
        this.partners = partners;
    }

    @Override
    public AgreementEdit create(AgreementCommand command, boolean publishDraftPartners) {
        Map<String, Long> partnerIds = check(null, command);
        checkPublication(command, partnerIds, publishDraftPartners);
        return saved(new Agreement(command, partnerIds));
    }

    @Override
    public AgreementEdit update(long id, long baseVersion, AgreementCommand command, boolean publishDraftPartners) {
        Agreement agreement = load(id);
        requireEditable(agreement, id, baseVersion);
        Map<String, Long> partnerIds = check(id, command);
        checkPublication(command, partnerIds, publishDraftPartners);
        agreement.revise(command, partnerIds);
        return saved(agreement);
    }

    // The short forms, here rather than as interface defaults: a default method would run without
    // this class's transaction and authorisation (which apply to the methods it declares).
    @Override
    public AgreementEdit create(AgreementCommand command) {
        return create(command, false);
    }

    @Override
    public AgreementEdit update(Long id, long baseVersion, AgreementCommand command) {
        return update(id, baseVersion, command, false);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> existingIds(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(agreements.findExistingIds(ids));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> unpublishedTitles(Collection<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        if (!ids.isEmpty()) {
            agreements.findUnpublished(ids).forEach(a -> titles.put(a.getId(), a.getTitle()));
        }
        return titles;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<Long> sameAgreement(Collection<String> partnerSlugs,
            org.citydiplomacy.portal.shared.PartialDate signedOn, String title) {
        if (partnerSlugs.isEmpty() || signedOn == null || title == null) {
            return java.util.Optional.empty();
        }
        return jdbc().sql("""
                SELECT a.id FROM agreement a
                WHERE a.signed_on BETWEEN CAST(:start AS date) - 366 AND :end
                  AND :start <= CASE a.signed_on_precision WHEN 'DAY' THEN a.signed_on
                                    WHEN 'MONTH' THEN (a.signed_on + interval '1 month' - interval '1 day')::date
                                    ELSE (a.signed_on + interval '1 year' - interval '1 day')::date END
                  AND lower(a.title) = lower(:title)
                  AND ARRAY(SELECT p.slug::text FROM agreement_partner ap JOIN partner p ON p.id = ap.partner_id
                            WHERE ap.agreement_id = a.id ORDER BY p.slug) = string_to_array(:slugs, ',')
                ORDER BY a.id LIMIT 1""")
                .param("title", title.strip())
                .param("start", signedOn.start())
                .param("end", signedOn.end())
                // Slugs are [a-z0-9-]: a comma cannot occur in one.
                .param("slugs", String.join(",", partnerSlugs.stream().distinct().sorted().toList()))
                .query(Long.class).optional();
    }

    @Override
    public DocumentAttached attach(long agreementId, DocumentUpload upload) {
        Agreement agreement = load(agreementId);
        CurrentUser.requireAdminToChange(agreement.isWithdrawn(), "agreement");
        InvalidCommandException.Collector problems = new InvalidCommandException.Collector();
        String language = LanguageTags.canonical(upload.language());
        if (language == null) {
            problems.reject("language", "validation.languageTag");
        }
        documents.check(upload.content(), problems);
        problems.throwIfAny();
        DocumentAttached attached = documents.store(agreementId, language, upload.filename(), upload.content())
                .attached();
        agreement.documentAttached();
        agreements.saveAndFlush(agreement);
        return attached;
    }

    @Override
    public void withdrawDocument(long agreementId, long documentId, String reason) {
        withdraw(agreementId, documentId, reason.strip());
        Agreement agreement = load(agreementId);
        agreement.documentAttached();
        agreements.saveAndFlush(agreement);
    }

    @Override
    public DocumentAttached replaceDocument(long agreementId, long documentId, DocumentUpload upload) {
        AgreementDocument old = documents.live(agreementId, documentId);
        DocumentAttached attached = attach(agreementId, upload);
        // No reason of its own: the history shows the change as a replacement, the new file beside the old.
        old.withdraw(null);
        return attached;
    }

    private void withdraw(long agreementId, long documentId, String reason) {
        documents.live(agreementId, documentId).withdraw(reason);
    }

    /**
     * Checks everything a command refers to, collecting every problem before anything is written.
     * @return the ids of the partners the command names
     */
    private Map<String, Long> check(Long id, AgreementCommand command) {
        InvalidCommandException.Collector problems = new InvalidCommandException.Collector();
        Set<String> slugs = new LinkedHashSet<>(command.partners());
        command.signatories().stream().map(AgreementCommand.SignatoryCommand::partner)
                .filter(s -> s != null && !s.isBlank()).forEach(slugs::add);
        Map<String, Long> partnerIds = partners.idsBySlug(slugs);
        problems.rejectUnknownOrRepeatedPartners(command.partners(), partnerIds);
        for (int i = 0; i < command.signatories().size(); i++) {
            String slug = command.signatories().get(i).partner();
            if (slug != null && !partnerIds.containsKey(slug)) {
                problems.reject("signatories[" + i + "].partner", "validation.partner.unknown", slug);
            }
        }
        List<Long> relatedIds = command.relations().stream().map(AgreementCommand.RelationCommand::agreementId).toList();
        Set<Long> existing = existingIds(relatedIds);
        for (int i = 0; i < command.relations().size(); i++) {
            Long related = command.relations().get(i).agreementId();
            if (related.equals(id)) {
                problems.reject("relations[" + i + "].agreementId", "validation.agreement.relation.self");
            }
            else if (!existing.contains(related)) {
                problems.reject("relations[" + i + "].agreementId", "validation.agreement.unknown", related);
            }
        }
        Set<String> languages = new HashSet<>();
        for (int i = 0; i < command.texts().size(); i++) {
            String language = LanguageTags.canonical(command.texts().get(i).language());
            if (language != null && !languages.add(language.toLowerCase(java.util.Locale.ROOT))) {
                problems.reject("texts[" + i + "].language", "validation.text.language.duplicate", language);
            }
        }
        if (command.visibility() == Visibility.WITHDRAWN) {
            problems.reject("visibility", "validation.visibility.withdrawn");
        }
        LocalDate signed = command.signedOn().start();
        if (command.reviewOn() != null && command.reviewOn().isBefore(signed)) {
            problems.reject("reviewOn", "validation.agreement.dateBeforeSigning");
        }
        if (command.expiresOn() != null && command.expiresOn().isBefore(signed)) {
            problems.reject("expiresOn", "validation.agreement.dateBeforeSigning");
        }
        problems.throwIfAny();
        return partnerIds;
    }

    /** A published agreement names only public partners and relates only to published agreements. */
    private void checkPublication(AgreementCommand command, Map<String, Long> partnerIds, boolean publishDraftPartners) {
        if (command.visibility() != Visibility.PUBLISHED) {
            return;
        }
        PublishingCheck publishing = PublishingCheck.of(partners, partnerIds.values());
        Map<Long, String> unpublished = unpublishedTitles(
                command.relations().stream().map(AgreementCommand.RelationCommand::agreementId).toList());
        for (int i = 0; i < command.relations().size(); i++) {
            Long related = command.relations().get(i).agreementId();
            if (unpublished.containsKey(related)) {
                publishing.rejectUnpublishedAgreement("relations[" + i + "].agreementId", related, unpublished.get(related));
            }
        }
        publishing.settle(publishDraftPartners);
    }

    @Override
    protected Agreement load(Long id) {
        return agreements.findById(id).orElseThrow(() -> RecordNotFoundException.agreement(id));
    }

    @Override
    protected AgreementEdit stateOf(Agreement agreement) {
        Map<Long, String> slugs = partners.slugsById(agreement.referencedPartnerIds());
        return new AgreementEdit(agreement.id(), agreement.version(), agreement.asCommand(slugs::get));
    }
}
