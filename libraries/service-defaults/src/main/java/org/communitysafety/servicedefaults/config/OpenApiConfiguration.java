package org.communitysafety.servicedefaults.config;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.communitysafety.servicedefaults.openapi.ApiDocumentProperties;
import org.communitysafety.servicedefaults.openapi.ApiOperations;
import org.communitysafety.servicedefaults.openapi.ApiResponses;
import org.communitysafety.servicedefaults.openapi.GatewayPaths;
import org.communitysafety.servicedefaults.security.ServiceSecurityProperties;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * Every service's OpenAPI document, written once: who it is, that it is reached through
 * the gateway, how a caller authenticates, and each operation completed by
 * {@link ApiOperations} and {@link ApiResponses}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiDocumentProperties.class)
class OpenApiConfiguration {

    static {
        // A JSON value carried as it is (an event's data in an object's history) is any
        // JSON in the document, not the getters of Jackson's tree classes, which a client
        // generator would turn into a class of its own clashing with Jackson's.
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new Schema<>().description("Any JSON value"));
    }

    @Bean
    OpenAPI apiDocument(ApiDocumentProperties api) {
        return new OpenAPI()
            .info(new Info().title(api.title())
                .description(api.description())
                .version(api.version())
                .contact(new Contact().name(api.contactName()).email(api.contactEmail())))
            .servers(List.of(new Server().url(api.publicUrl()).description("The platform's gateway")))
            .components(new Components().addSecuritySchemes("bearer-jwt",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("A token from the platform's issuer (client credentials)")));
    }

    @Bean
    GatewayPaths gatewayPaths(@Value("${spring.application.name}") String serviceName) {
        return new GatewayPaths(serviceName);
    }

    @Bean
    ApiOperations apiOperations() {
        return new ApiOperations();
    }

    @Bean
    ApiResponses apiResponses(ServiceSecurityProperties security) {
        return new ApiResponses(security.publicPaths());
    }

}
