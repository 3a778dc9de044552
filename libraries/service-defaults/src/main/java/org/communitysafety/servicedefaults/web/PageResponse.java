package org.communitysafety.servicedefaults.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * One page of a list, the same shape in every service.
 *
 * @param items the page's items
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalItems how many items match in all
 * @param totalPages how many pages there are
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static final int MAX_PAGE_SIZE = 200;

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }

    /** Keeps a caller from asking for an unbounded page. */
    public static Pageable bounded(Pageable pageable) {
        return pageable.getPageSize() <= MAX_PAGE_SIZE ? pageable
                : PageRequest.of(pageable.getPageNumber(), MAX_PAGE_SIZE, pageable.getSort());
    }
}
