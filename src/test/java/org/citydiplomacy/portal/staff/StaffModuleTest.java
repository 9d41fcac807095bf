package org.citydiplomacy.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.citydiplomacy.portal.shared.Office;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The staff workspace started alone (Spring Modulith's standalone bootstrap): it holds no agreement,
 * meeting or partner class and needs no other module's beans to build its start page from the seed.
 */
@ApplicationModuleTest
class StaffModuleTest {

    @Autowired
    WorkspaceService workspace;

    @Test
    void startsAloneAndBuildsTheStartPageFromTheRecords() {
        Workspace page = workspace.startPage();

        assertThat(page.today()).isEqualTo(Office.today());
        assertThat(page.recentChanges()).isNotEmpty().hasSizeLessThanOrEqualTo(WorkspaceService.LIST_LENGTH);
        assertThat(page.drafts()).hasSizeLessThanOrEqualTo(WorkspaceService.LIST_LENGTH);
    }
}
