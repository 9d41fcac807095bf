package org.citydiplomacy.portal.meetings;

import java.util.List;

import org.citydiplomacy.portal.meetings.domain.MeetingQueries;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.PageQuery;
import org.citydiplomacy.portal.shared.PageResult;
import org.citydiplomacy.portal.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads meetings for the pages, the API and other modules. */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    private final MeetingQueries queries;

    MeetingService(MeetingQueries queries) {
        this.queries = queries;
    }

    public PageResult<MeetingSummary> search(MeetingFilter filter, PageQuery page, Audience audience) {
        List<MeetingSummary> content = queries.page(filter, page, audience);
        long total = page.page() == 0 && content.size() < page.size()
                ? content.size()
                : queries.count(filter, audience);
        return PageResult.of(content, page, total);
    }

    /** @throws RecordNotFoundException if there is no such meeting or the audience may not see it */
    public MeetingDetails find(long id, Audience audience) {
        return queries.details(id, audience).orElseThrow(() -> RecordNotFoundException.meeting(id));
    }

    public List<MeetingSummary> ofPartner(String partnerSlug, Audience audience) {
        return queries.ofPartner(partnerSlug, audience);
    }

    public List<Integer> years(Audience audience) {
        return queries.years(audience);
    }

    public long count(Audience audience) {
        return queries.count(audience);
    }
}
