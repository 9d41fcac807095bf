package org.citydiplomacy.portal.home;

import java.time.Duration;

import org.citydiplomacy.portal.agreements.AgreementService;
import org.citydiplomacy.portal.meetings.MeetingService;
import org.citydiplomacy.portal.partners.PartnerService;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.DataVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The front page's figures: three statements when the counts are cached for the current data
 * version (the version, the newest agreements, the newest meetings), six when they are not.
 */
@Service
@Transactional(readOnly = true)
public class HomeService {

    static final int NEWEST = 5;

    private final PartnerService partners;
    private final AgreementService agreements;
    private final MeetingService meetings;
    private final DataVersion dataVersion;
    private final Cache<CountsKey, HomeOverview.Counts> counts = Caffeine.newBuilder()
            .maximumSize(4)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    HomeService(PartnerService partners, AgreementService agreements, MeetingService meetings, DataVersion dataVersion) {
        this.partners = partners;
        this.agreements = agreements;
        this.meetings = meetings;
        this.dataVersion = dataVersion;
    }

    public HomeOverview overview(Audience audience) {
        HomeOverview.Counts figures = counts.get(new CountsKey(dataVersion.current(), audience),
                k -> new HomeOverview.Counts(partners.count(audience), agreements.count(audience),
                        meetings.count(audience)));
        return new HomeOverview(figures, agreements.newest(NEWEST, audience), meetings.newest(NEWEST, audience));
    }

    private record CountsKey(long version, Audience audience) {
    }
}
