package org.citydiplomacy.portal.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of results and where it stands in the whole, counted by the database.
 * Serialised as {@code {"content": [...], "page": {"size", "number", "totalElements", "totalPages"}}}.
 */
public record PageResult<T>(List<T> content, PageMetadata page) {

    public record PageMetadata(int size, int number, long totalElements, int totalPages) {
    }

    public static <T> PageResult<T> of(List<T> content, PageQuery query, long totalElements) {
        int totalPages = (int) ((totalElements + query.size() - 1) / query.size());
        return new PageResult<>(content, new PageMetadata(query.size(), query.page(), totalElements, totalPages));
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(content.stream().map(mapper).toList(), page);
    }

    public boolean hasPrevious() {
        return page.number() > 0;
    }

    public boolean hasNext() {
        return page.number() + 1 < page.totalPages();
    }
}
