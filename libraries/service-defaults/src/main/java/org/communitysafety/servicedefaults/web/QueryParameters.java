package org.communitysafety.servicedefaults.web;

import java.util.Arrays;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a query parameter holding a control character or invalid Unicode, as a body's
 * text is refused (naming the parameter). Refuses a list's {@code page} and {@code size}
 * when they are not numbers in range, instead of Spring Data's silent fallback to the
 * first page (which, for a page number too large for an int or an offset past what
 * MongoDB can skip, answered the first page with a false total). Within the range, a page
 * past the end is an empty page with the true totals.
 */
public class QueryParameters implements HandlerInterceptor {

    /** With {@link PageResponse#MAX_PAGE_SIZE}, keeps page times size within an int. */
    public static final int MAX_PAGE = 10_000_000;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.getParameterMap().forEach((name, values) -> {
            if (Arrays.stream(values).anyMatch(value -> StrictJsonInput.firstUnacceptable(value) >= 0)) {
                throw new ConstraintViolationException(
                        "Parameter '" + name + "' contains a control character or invalid Unicode", Set.of());
            }
        });
        if (handler instanceof HandlerMethod method && Arrays.stream(method.getMethodParameters())
            .anyMatch(parameter -> Pageable.class.isAssignableFrom(parameter.getParameterType()))) {
            check("page", request.getParameter("page"), 0, MAX_PAGE);
            check("size", request.getParameter("size"), 1, PageResponse.MAX_PAGE_SIZE);
        }
        return true;
    }

    private static void check(String name, String value, int min, int max) {
        if (value == null) {
            return;
        }
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw new ConstraintViolationException(
                    "Parameter '" + name + "' must be a whole number from " + min + " to " + max, Set.of());
        }
    }

}
