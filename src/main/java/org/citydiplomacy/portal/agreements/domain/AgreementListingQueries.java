package org.citydiplomacy.portal.agreements.domain;

import static org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.matchLateral;
import static org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.partnersLateral;
import static org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.where;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.citydiplomacy.portal.agreements.AgreementFilter;
import org.citydiplomacy.portal.agreements.AgreementSort;
import org.citydiplomacy.portal.agreements.AgreementSummary;
import org.citydiplomacy.portal.agreements.domain.AgreementFilterSql.Where;
import org.citydiplomacy.portal.shared.Audience;
import org.citydiplomacy.portal.shared.DataVersion;
import org.citydiplomacy.portal.shared.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The listing's reads: a page and its count, and a partner's agreements (the facet counts are
 * {@link AgreementFacetQueries}). A
 * listing page is one statement, plus its count when the count is not already known for the data
 * version the page was read at.
 */
@Repository
public class AgreementListingQueries {

    /**
     * How a filtered page is found. The database cannot know how many agreements a partner or a
     * word has, so the caller says which way is cheaper from the count it saw last.
     */
    public enum Plan {
        /** Find every match through the partner's links or the search indexes, then sort them: few matches. */
        MATCHES_FIRST,
        /** Read the listing's order from its index and keep the matches until the page is full: many matches. */
        ORDER_FIRST;

        /**
         * The cheaper plan for a page, given how many agreements matched the filter and how many
         * there are in all when last counted (either may be unknown). Reading the order costs about
         * (offset + size) × all / matching rows; finding the matches costs about matching rows.
         */
        public static Plan choose(AgreementFilter filter, PageQuery page, Long matching, Long all) {
            if (filter.partner() == null && filter.words().isEmpty() || matching == null || all == null || matching == 0) {
                return MATCHES_FIRST;
            }
            double readInOrder = (double) (page.offset() + page.size()) * all / matching;
            return readInOrder < matching ? ORDER_FIRST : MATCHES_FIRST;
        }
    }

    /**
     * One page of a listing and the data version it was read at ({@code -1} if the page is empty);
     * {@code fromEnd} if it was counted back from the end of the listing.
     */
    public record Page(List<AgreementSummary> rows, long dataVersion, boolean fromEnd, Object lastSortValue) {
    }

    /** Rows a page may skip and still be read with its columns ({@link #direct}): ten pages of twenty. */
    static final long DIRECT_SKIP = 200;

    private final JdbcClient jdbc;
    private final ListingMarks marks;
    /** The whole public listing's orders, or null to read every page through the listing's indexes. */
    private final ListingOrders orders;
    /** The data version the request has read already, or {@link DataVersion#UNKNOWN}: never read for a page's sake. */
    private final LongSupplier knownVersion;

    @Autowired
    AgreementListingQueries(JdbcClient jdbc, ListingMarks marks, ListingOrders orders, DataVersion dataVersion) {
        this(jdbc, marks, orders, dataVersion::known);
    }

    AgreementListingQueries(JdbcClient jdbc, ListingMarks marks, ListingOrders orders, LongSupplier knownVersion) {
        this.jdbc = jdbc;
        this.marks = marks;
        this.orders = orders;
        this.knownVersion = knownVersion;
    }

    /** Every page read through the listing's indexes (marks, or counted from either end), never by a whole order. */
    AgreementListingQueries(JdbcClient jdbc, ListingMarks marks) {
        this(jdbc, marks, null, () -> DataVersion.UNKNOWN);
    }

    /**
     * One page of the listing, in one statement: the page's rows in the listing's order with their
     * columns when few rows are skipped ({@link #direct}), else their ids from the listing's index first
     * (an index-only scan for the default listing, so that a deep page skips index entries, not rows)
     * and then their columns; their partners; and the data version read in the same snapshot.
     *
     * <p>A deep page starts from the nearest row seen before it at the same data version
     * ({@link ListingMarks}) when there is one, instead of skipping every row from the first. Else,
     * given the listing's count, a page in the second half is read backwards from the end, so that
     * the last pages cost what the first ones do. The count must be the one at the version the page
     * is read at; the caller checks {@link Page#dataVersion()} and reads again otherwise.
     */
    public Page page(AgreementFilter filter, AgreementSort sort, PageQuery page, Audience audience, Plan plan,
            ListingCounts.Known counted) {
        if (readsByOrder(sort, audience) && !filter.isFiltered() && page.offset() > 0) {
            Page ordered = orders.page(sort, page, audience, knownVersion.getAsLong());
            if (ordered != null) {
                return ordered;
            }
        }
        Where where = where(filter, audience, plan);
        Long total = counted == null ? null : counted.total();
        boolean fromEnd = total != null && page.offset() > total / 2 && page.offset() < total;
        long after = fromEnd ? total - page.offset() - page.size() : 0;
        long skip = fromEnd ? Math.max(0, after) : page.offset();
        Optional<ListingMarks.Seen> seen = page.offset() == 0 ? Optional.empty()
                : marks.before(filter, audience, sort, page.offset());
        if (seen.isPresent() && page.offset() - seen.get().mark().position() - 1 < skip) {
            ListingMarks.Mark mark = seen.get().mark();
            Page sought = read(filter, plan, where, audience, sort, false, page.size(), page.offset() - mark.position() - 1, mark);
            if (sought.dataVersion() == seen.get().version()) {
                remember(filter, audience, sort, page, sought);
                return sought;
            }
            // The data changed since that row was seen (or nothing is left there): read it plainly,
            // and from the start if the count is of another version too (at most two statements).
            if (fromEnd && sought.dataVersion() != counted.version()) {
                fromEnd = false;
                after = 0;
                skip = page.offset();
            }
        }
        long limit = fromEnd && after < 0 ? page.size() + after : page.size();
        Page result = read(filter, plan, where, audience, sort, fromEnd, limit, skip, null);
        if (!fromEnd || result.dataVersion() == counted.version()) {
            remember(filter, audience, sort, page, result);
        }
        return result;
    }

    /**
     * Whether the whole listing's pages in this order are read by their ids ({@link ListingOrders}): then
     * a page needs neither the data version nor the count first, its statement returns the version.
     */
    public boolean readsByOrder(AgreementSort sort, Audience audience) {
        return orders != null && ListingOrders.serves(sort) && !audience.isStaff();
    }

    /** The rows of a page, skipping {@code skip} from the start, the end, or the row {@code from}. */
    private Page read(AgreementFilter filter, Plan plan, Where where, Audience audience, AgreementSort sort,
            boolean fromEnd, long limit, long skip, ListingMarks.Mark from) {
        List<String> words = filter.words();
        boolean searched = !words.isEmpty();
        String pageRows = matches(filter, plan, where, from == null ? null : sort.after())
                + " ORDER BY " + (fromEnd ? sort.reversedOrderBy() : sort.orderBy())
                + " LIMIT :limit OFFSET :offset";
        // Either way the page's rows are named a, with the summary's columns.
        String sql = "SELECT " + SummaryRows.COLUMNS + ", ps.*" + (searched ? ", m.*" : "")
                + ", (SELECT version FROM data_version WHERE id) AS data_version, " + sort.sortValue() + " AS sort_value"
                + (direct(where, searched, skip)
                        ? " FROM (SELECT " + SummaryRows.COLUMNS + " FROM " + pageRows + ") a "
                        : " FROM (SELECT a.id FROM " + pageRows + ") k JOIN agreement a ON a.id = k.id ")
                + partnersLateral(audience)
                + (searched ? matchLateral() : "")
                + " ORDER BY " + sort.orderBy();
        long[] version = {-1};
        Map<String, Object> params = new HashMap<>(where.params());
        if (searched) {
            params.put("hit", SearchWords.excerptWord(words));
        }
        Object[] lastSortValue = {null};
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .params(params)
                .param("limit", limit)
                .param("offset", skip);
        if (from != null) {
            statement = statement.param("seek_value", from.sortValue()).param("seek_id", from.id());
        }
        List<AgreementSummary> rows = statement
                .query((rs, n) -> {
                    version[0] = rs.getLong("data_version");
                    Object value = rs.getObject("sort_value");
                    lastSortValue[0] = value instanceof java.sql.Date date ? date.toLocalDate() : value;
                    return SummaryRows.summary(rs, searched ? SummaryRows.match(rs, words) : null);
                })
                .list();
        return new Page(rows, version[0], fromEnd, lastSortValue[0]);
    }

    /**
     * Whether a page's columns are read with its rows, from the agreement table as its order index gives them:
     * when no word is searched and at most {@link #DIRECT_SKIP} rows are skipped (from the start, the end or a
     * mark). A join back to the agreement table for the page's ids costs a second index lookup a row, about a
     * fifth of the statement (pgbench on the benchmark's API page statement, five runs of each alternating:
     * 2,262-3,031 a second with the join, 3,033-3,226 without); a long skip reads ids only, so that it skips
     * index entries, not rows. A search's excerpt reads columns that the index's matches do not have, so it
     * keeps the join.
     */
    private static boolean direct(Where where, boolean searched, long skip) {
        return !searched && skip <= DIRECT_SKIP && where.from().equals(AgreementFilterSql.AGREEMENTS);
    }

    /** The last row of a page read at a known position, as a mark for later pages. */
    private void remember(AgreementFilter filter, Audience audience, AgreementSort sort, PageQuery page, Page read) {
        if (!read.rows().isEmpty()) {
            AgreementSummary last = read.rows().get(read.rows().size() - 1);
            marks.remember(filter, audience, sort, read.dataVersion(),
                    new ListingMarks.Mark(page.offset() + read.rows().size() - 1, read.lastSortValue(), last.id()));
        }
    }

    /**
     * The rows a page is cut from. Words found through the search document's index are found first
     * and then sorted, as the plan says: the planner cannot tell a rare word from a common one when it
     * is looked up as a prefix, and would otherwise read the listing's order index row by row waiting
     * for a rare word's few matches ({@code OFFSET 0} keeps the subquery planned on its own).
     */
    private static String matches(AgreementFilter filter, Plan plan, Where where, String seek) {
        if (plan == Plan.MATCHES_FIRST && filter.hasIndexedWord()) {
            return "(SELECT a.id, a.signed_on, a.title FROM " + where.from() + " WHERE " + where.sql() + " OFFSET 0) a"
                    + (seek == null ? "" : " WHERE " + seek);
        }
        return where.from() + " WHERE " + where.sql() + (seek == null ? "" : " AND " + seek);
    }

    public long count(AgreementFilter filter, Audience audience) {
        Where where = where(filter, audience, Plan.MATCHES_FIRST);
        return jdbc.sql("SELECT count(*) FROM " + where.from() + " WHERE " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** Every agreement of one partner that the audience may see, oldest first, for its timeline. */
    public List<AgreementSummary> ofPartner(String partnerSlug, Audience audience) {
        Where where = where(AgreementFilter.none().withPartner(partnerSlug), audience, Plan.MATCHES_FIRST);
        return jdbc.sql("SELECT " + SummaryRows.COLUMNS + ", ps.* FROM agreement a " + partnersLateral(audience)
                        + " WHERE " + where.sql()
                        + " ORDER BY a.signed_on, a.id")
                .params(where.params())
                .query((rs, n) -> SummaryRows.summary(rs, null))
                .list();
    }

    public long count(Audience audience) {
        return jdbc.sql("SELECT count(*) FROM agreement a WHERE " + audience.visibilityCondition("a.visibility"))
                .query(Long.class)
                .single();
    }
}
