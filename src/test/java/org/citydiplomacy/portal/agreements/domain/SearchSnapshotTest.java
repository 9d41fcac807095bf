package org.citydiplomacy.portal.agreements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.partners.PartnerRef;
import org.citydiplomacy.portal.shared.PageQuery;
import org.junit.jupiter.api.Test;

/** An id's place in the listing's order, whether the ids are dense (a table by id) or sparse (a binary search). */
class SearchSnapshotTest {

    @Test
    void findsThePlaceOfDenseAndSparseIds() {
        for (long[] ids : new long[][] { { 7, 3, 5, 1 }, { 7_000_000_000L, 3, 5_000_000, 1 } }) {
            SearchSnapshot snapshot = snapshot(ids);
            for (int place = 0; place < ids.length; place++) {
                assertThat(snapshot.placeOf(ids[place])).isEqualTo(place);
            }
            assertThat(snapshot.placeOf(2)).isEqualTo(-1);
            assertThat(snapshot.placeOf(-1)).isEqualTo(-1);
            assertThat(snapshot.placeOf(8_000_000_000L)).isEqualTo(-1);
            // Places 1 and 3 matched: newest first their ids in the order's order, oldest first reversed.
            assertThat(snapshot.page(new int[] { 1, 3 }, AgreementSort.NEWEST, new PageQuery(0, 20)))
                    .containsExactly(ids[1], ids[3]);
            assertThat(snapshot.page(new int[] { 1, 3 }, AgreementSort.OLDEST, new PageQuery(0, 1)))
                    .containsExactly(ids[3]);
        }
    }

    private static SearchSnapshot snapshot(long[] ids) {
        int n = ids.length;
        return new SearchSnapshot(1, ids, new byte[n], new short[] { 2020, 2021, 2022, 2023 }, new int[n],
                new int[n + 1], new int[0], new PartnerRef[0]);
    }
}
