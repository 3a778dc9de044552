package org.communitysafety.servicedefaults.web;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.ConstraintViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The fields a list may be sorted by, by their names in the API and in the documents. A
 * caller's sort is otherwise passed to MongoDB as a field path, so anything else (an
 * unknown field, a {@code $} operator) is refused as a bad parameter.
 *
 * @param documentFields each sortable API field and the document property it sorts by
 */
public record SortableFields(Map<String, String> documentFields) {

    public Pageable apply(Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream().map(order -> {
            String field = documentFields.get(order.getProperty());
            if (field == null) {
                throw new ConstraintViolationException("Parameter 'sort' may name only " + sortable(), Set.of());
            }
            return order.withProperty(field);
        }).toList());
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    private String sortable() {
        return String.join(", ", new TreeSet<>(documentFields.keySet()));
    }
}
