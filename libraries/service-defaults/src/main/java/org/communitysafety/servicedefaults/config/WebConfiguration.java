package org.communitysafety.servicedefaults.config;

import org.apache.catalina.core.StandardHost;
import org.communitysafety.servicedefaults.problem.ContainerErrorReport;
import org.communitysafety.servicedefaults.problem.ProblemDetailsAdvice;
import org.communitysafety.servicedefaults.problem.ProblemErrorController;
import org.communitysafety.servicedefaults.problem.StoreUnavailableAdvice;
import org.communitysafety.servicedefaults.web.IdempotencyKeyFilter;
import org.communitysafety.servicedefaults.web.RequestSizeLimitFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.core.Ordered;

/**
 * Problem details for every error, the request size limit and idempotent creates.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    StoreUnavailableAdvice storeUnavailableAdvice(@Value("${spring.application.name}") String service) {
        return new StoreUnavailableAdvice(service);
    }

    @Bean
    ProblemErrorController problemErrorController(ErrorAttributes errorAttributes,
            @Value("${spring.application.name}") String service) {
        return new ProblemErrorController(errorAttributes, service);
    }

    /**
     * Tomcat reports the requests it refuses itself (before any filter) as problem
     * details too.
     */
    @Bean
    TomcatContextCustomizer containerErrorReport() {
        return context -> ((StandardHost) context.getParent())
            .setErrorReportValveClass(ContainerErrorReport.class.getName());
    }

    /**
     * After Spring Security's filters, so that a key is kept per authenticated caller.
     */
    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(MongoTemplate mongo) {
        var registration = new FilterRegistrationBean<>(new IdempotencyKeyFilter(mongo));
        registration.setOrder(0);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${platform.web.max-request-bytes:262144}") long maxBytes) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxBytes));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

}
