package org.communitysafety.servicedefaults.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service's API document says about itself.
 *
 * @param title its title, e.g. "Partnership service API"
 * @param description what the service is for
 * @param version the API's version
 * @param publicUrl where clients reach it: the gateway's public address, never the
 * service's own port
 * @param contactName who answers questions about the API
 * @param contactEmail where to write to them
 */
@ConfigurationProperties("platform.api")
public record ApiDocumentProperties(@DefaultValue("Community safety platform API") String title,
        @DefaultValue("Part of the community safety partnership platform.") String description,
        @DefaultValue("v1") String version, @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("Community safety platform team") String contactName,
        @DefaultValue("platform@communitysafety.example") String contactEmail) {
}
