package org.citydiplomacy.portal.agreements.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Agreements to edit; reads for pages go through the {@code Agreement*Queries} classes. */
interface Agreements extends JpaRepository<Agreement, Long> {

    @Query("select a.id from Agreement a where a.id in :ids")
    List<Long> findExistingIds(Collection<Long> ids);

    @Query("select a.id as id, a.title as title from Agreement a where a.id in :ids"
            + " and a.visibility <> org.citydiplomacy.portal.shared.Visibility.PUBLISHED")
    List<IdAndTitle> findUnpublished(Collection<Long> ids);

    interface IdAndTitle {
        Long getId();

        String getTitle();
    }
}
