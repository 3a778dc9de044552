package org.communitysafety.servicedefaults.config;

import java.time.LocalDate;

import org.communitysafety.servicedefaults.web.QueryParameters;
import org.communitysafety.servicedefaults.web.PlausibleDates;
import org.communitysafety.servicedefaults.web.StrictJsonInput;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How requests are read. A request body is read strictly: a field the request does not
 * have (unknown, or one only the service sets, such as a version or an id), a value of
 * another type, a duplicate key or trailing text is refused with a 400 naming the field,
 * never silently ignored or coerced. Only HTTP bodies: the application's own mapper,
 * which reads events leniently, is left as it is. Query dates and page numbers are
 * checked too.
 */
@Configuration(proxyBeanMethods = false)
class WebInputConfiguration implements WebMvcConfigurer {

    private final JsonMapper json;

    WebInputConfiguration(JsonMapper json) {
        this.json = json;
    }

    /**
     * Replaces the JSON converter where it stands in the list. Bytes are written as they
     * are, ahead of JSON: the OpenAPI document is served as bytes and Spring Framework
     * 7.0 would otherwise write it as a base64 JSON string (springdoc-openapi#3173).
     */
    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.addCustomConverter(new ByteArrayHttpMessageConverter());
        builder.configureMessageConvertersList(converters -> converters.replaceAll(
                converter -> converter instanceof JacksonJsonHttpMessageConverter ? strictJsonConverter() : converter));
    }

    private JacksonJsonHttpMessageConverter strictJsonConverter() {
        JsonMapper strict = json.rebuild()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                    DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .addModule(new StrictJsonInput())
            .build();
        return new JacksonJsonHttpMessageConverter(strict);
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, (Converter<String, LocalDate>) PlausibleDates::parse);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new QueryParameters());
    }

}
