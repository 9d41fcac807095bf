package org.citydiplomacy.portal.partners.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.history.RecordEditor;
import org.citydiplomacy.portal.partners.PartnerCommand;
import org.citydiplomacy.portal.partners.PartnerEdit;
import org.citydiplomacy.portal.partners.PartnerWriteService;
import org.citydiplomacy.portal.partners.UnpublishedPartner;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The write side of partners: checks what a command refers to, applies it to the aggregate and
 * saves it. It is the module's write service ({@link PartnerWriteService}): each command in one
 * transaction, validated before anything is written, for editors and administrators only.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class PartnerEditor extends RecordEditor<Partner, String, PartnerCommand, PartnerEdit> implements PartnerWriteService {

    private final Partners partners;

    PartnerEditor(Partners partners, PartnerHistory history, JdbcClient jdbc) {
        super(new Table("partner", "slug", "name"), partners, history, jdbc);
        this.partners = partners;
    }

    @Override
    public PartnerEdit create(PartnerCommand command) {
        InvalidCommandException.Collector problems = new InvalidCommandException.Collector();
        String slug = command.slug();
        if (slug == null || slug.isBlank()) {
            // Left empty: made from the English name (a name with no Latin letter must be given one).
            String derived = Slugs.fromName(command.name());
            slug = derived.isEmpty() ? null : Slugs.unique(derived, partners::existsBySlug);
        }
        if (slug == null) {
            problems.reject("slug", "validation.partner.slug.underivable");
        }
        else if (slug.equals(command.slug()) && partners.existsBySlug(slug)) {
            problems.reject("slug", "validation.partner.slug.taken", slug);
        }
        problems.throwIfAny();
        return saved(new Partner(slug, command));
    }

    @Override
    public PartnerEdit update(String slug, long baseVersion, PartnerCommand command) {
        Partner partner = load(slug);
        if (command.slug() != null && !command.slug().equals(slug)) {
            InvalidCommandException.Collector problems = new InvalidCommandException.Collector();
            problems.reject("slug", "validation.partner.slug.immutable", slug);
            problems.throwIfAny();
        }
        requireEditable(partner, slug, baseVersion);
        partner.revise(command);
        return saved(partner);
    }

    /** The ids of the partners with these slugs (drafts and withdrawn ones too); unknown slugs are left out. */
    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> idsBySlug(Collection<String> slugs) {
        Map<String, Long> ids = new HashMap<>();
        if (!slugs.isEmpty()) {
            partners.findIdsBySlugIn(slugs).forEach(p -> ids.put(p.getSlug(), p.getId()));
        }
        return ids;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> slugsById(Collection<Long> ids) {
        Map<Long, String> slugs = new HashMap<>();
        if (!ids.isEmpty()) {
            partners.findSlugsByIdIn(ids).forEach(p -> slugs.put(p.getId(), p.getSlug()));
        }
        return slugs;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnpublishedPartner> unpublished(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return partners.findUnpublishedByIdIn(ids).stream()
                .map(p -> new UnpublishedPartner(p.id(), p.slug(), p.name(), p.nameJa(), p.visibility()))
                .toList();
    }

    @Override
    public void publishDrafts(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            for (Partner partner : partners.findAllById(ids)) {
                partner.publishDraft();
            }
            partners.flush();
        }
    }

    @Override
    protected Partner load(String slug) {
        return partners.findBySlug(slug).orElseThrow(() -> RecordNotFoundException.partner(slug));
    }

    @Override
    protected PartnerEdit stateOf(Partner partner) {
        return new PartnerEdit(partner.id(), partner.slug(), partner.version(), partner.asCommand());
    }
}
