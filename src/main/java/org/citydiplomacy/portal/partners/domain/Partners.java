package org.citydiplomacy.portal.partners.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Partners to edit; reads for pages go through {@link PartnerQueries}. */
interface Partners extends JpaRepository<Partner, Long> {

    Optional<Partner> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("select p.id as id, p.slug as slug from Partner p where p.slug in :slugs")
    List<IdAndSlug> findIdsBySlugIn(Collection<String> slugs);

    @Query("select p.id as id, p.slug as slug from Partner p where p.id in :ids")
    List<IdAndSlug> findSlugsByIdIn(Collection<Long> ids);

    @Query("select p from Partner p where p.id in :ids and p.visibility <> org.citydiplomacy.portal.shared.Visibility.PUBLISHED order by p.name")
    List<Partner> findUnpublishedByIdIn(Collection<Long> ids);

    interface IdAndSlug {
        Long getId();

        String getSlug();
    }
}
