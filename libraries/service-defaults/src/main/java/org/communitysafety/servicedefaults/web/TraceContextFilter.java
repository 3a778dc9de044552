package org.communitysafety.servicedefaults.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the trace context the gateway sent (or starts one) for the duration of a request.
 */
public class TraceContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TraceContext.enter(request.getHeader(TraceContext.HEADER));
        try {
            response.setHeader(TraceContext.HEADER, TraceContext.currentTraceparent());
            chain.doFilter(request, response);
        }
        finally {
            TraceContext.leave();
        }
    }

}
