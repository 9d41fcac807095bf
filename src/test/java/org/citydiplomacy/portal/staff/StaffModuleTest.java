package org.citydiplomacy.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.util.List;

import org.citydiplomacy.portal.calendars.ComingUp;
import org.citydiplomacy.portal.calendars.UpcomingDates;

import org.citydiplomacy.portal.shared.Office;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The staff workspace started alone (Spring Modulith's standalone bootstrap): it holds no agreement,
 * meeting or partner class and needs no other module's beans to build its start page from the seed,
 * but the calendars module's dates (what comes up next), which stand in here.
 */
@ApplicationModuleTest
class StaffModuleTest {

    @Autowired
    WorkspaceService workspace;

    @MockitoBean
    UpcomingDates upcoming;

    @Test
    void startsAloneAndBuildsTheStartPageFromTheRecords() {
        when(upcoming.today()).thenReturn(Office.today());
        ComingUp nothing = new ComingUp(List.of(), Office.today(), List.of(), Office.today());
        when(upcoming.comingUp(Office.today())).thenReturn(nothing);

        Workspace page = workspace.startPage();

        assertThat(page.today()).isEqualTo(Office.today());
        assertThat(page.recentChanges()).isNotEmpty().hasSizeLessThanOrEqualTo(WorkspaceService.LIST_LENGTH);
        assertThat(page.drafts()).hasSizeLessThanOrEqualTo(WorkspaceService.LIST_LENGTH);
        assertThat(page.comingUp()).isSameAs(nothing);
    }
}
