package org.citydiplomacy.portal.partners.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citydiplomacy.portal.partners.PartnerCommand;
import org.citydiplomacy.portal.partners.PartnerEdit;
import org.citydiplomacy.portal.partners.PartnerWriteService;
import org.citydiplomacy.portal.partners.UnpublishedPartner;
import org.citydiplomacy.portal.platform.security.CurrentUser;
import org.citydiplomacy.portal.shared.InvalidCommandException;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
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
class PartnerEditor implements PartnerWriteService {

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final Partners partners;
    private final PartnerHistory history;

    PartnerEditor(Partners partners, PartnerHistory history,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.history = history;
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
        Partner partner = partners.saveAndFlush(new Partner(slug, command));
        return edit(partner);
    }

    @Override
    public PartnerEdit update(String slug, long baseVersion, PartnerCommand command) {
        Partner partner = load(slug);
        if (command.slug() != null && !command.slug().equals(slug)) {
            InvalidCommandException.Collector problems = new InvalidCommandException.Collector();
            problems.reject("slug", "validation.partner.slug.immutable", slug);
            problems.throwIfAny();
        }
        CurrentUser.requireAdminToChange(partner.isWithdrawn(), "partner");
        history.requireVersion("partner", partner.slug(), partner.version(), baseVersion);
        partner.revise(command);
        return edit(partners.saveAndFlush(partner));
    }

    @Override
    @Transactional(readOnly = true)
    public org.citydiplomacy.portal.shared.PageResult<org.citydiplomacy.portal.shared.StaffListItem> staffList(
            org.citydiplomacy.portal.shared.StaffListQuery query) {
        return org.citydiplomacy.portal.shared.StaffListSql.page(jdbc, "partner", "slug", "name", "name_ja", query);
    }

    @Override
    @Transactional(readOnly = true)
    public org.citydiplomacy.portal.shared.Withdrawal withdrawal(String slug) {
        return load(slug).withdrawal();
    }

    // The short forms, here rather than as interface defaults: a default method would run without
    // this class's transaction and authorisation (which apply to the methods it declares).
    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public PartnerEdit withdraw(String slug) {
        return withdraw(slug, null);
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public PartnerEdit withdraw(String slug, String reason) {
        Partner partner = load(slug);
        partner.withdraw(reason);
        return edit(partners.saveAndFlush(partner));
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public PartnerEdit restore(String slug) {
        Partner partner = load(slug);
        partner.restore();
        return edit(partners.saveAndFlush(partner));
    }

    @Override
    @Transactional(readOnly = true)
    public PartnerEdit edit(String slug) {
        return edit(load(slug));
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

    private Partner load(String slug) {
        return partners.findBySlug(slug).orElseThrow(() -> RecordNotFoundException.partner(slug));
    }

    private static PartnerEdit edit(Partner partner) {
        return new PartnerEdit(partner.id(), partner.slug(), partner.version(), partner.asCommand());
    }
}
