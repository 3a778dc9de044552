package org.communitysafety.infra;

/**
 * Where the services find Kafka, MongoDB and the SMTP server: the local platform's own
 * processes, or the infrastructure an end-to-end test runs in its JVM.
 *
 * @param mongoBaseUri a connection string without a database, e.g.
 * {@code mongodb://127.0.0.1:27017}
 */
public record InfrastructureAddresses(String kafkaBootstrapServers, String mongoBaseUri, String smtpHost,
        int smtpPort) {

    /**
     * Each service gets a database of its own on the one server, as it would on a shared
     * production cluster.
     */
    public String mongoUri(String database) {
        return mongoBaseUri + "/" + database;
    }
}
