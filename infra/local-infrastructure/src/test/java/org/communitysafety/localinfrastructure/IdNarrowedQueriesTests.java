package org.communitysafety.localinfrastructure;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file-backed store answers a filter that names the id from the id's index, whatever
 * else the filter asks, with the same documents as a scan would give; a filter without
 * the id still scans, as it must.
 */
class IdNarrowedQueriesTests {

    private static final int DOCUMENTS = 60;

    @TempDir
    Path directory;

    private CommitBeforeReplyBackend backend;

    private MongoServer server;

    private MongoClient client;

    private MongoCollection<Document> aggregates;

    @BeforeEach
    void storeSixtyAggregates() {
        backend = CommitBeforeReplyBackend.open(directory.resolve("store.mv.db"), false);
        server = new MongoServer(backend);
        int port = FreePorts.next();
        server.bind(new InetSocketAddress("127.0.0.1", port));
        client = MongoClients.create("mongodb://127.0.0.1:" + port);
        aggregates = client.getDatabase("narrowing").getCollection("aggregates");
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            documents.add(new Document("_id", "a" + i).append("version", (long) (i % 3))
                .append("asOf", new Date(1_000_000L * i)));
        }
        aggregates.insertMany(documents);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void anOptimisticUpdateAndAConditionalUpsertFindTheirDocumentByIdWithoutAScan() {
        long scansBefore = CommitBeforeReplyBackend.collectionScans();

        assertThat(ids(Filters.and(Filters.eq("_id", "a7"), Filters.eq("version", 1L)))).containsExactly("a7");
        assertThat(ids(Filters.and(Filters.eq("_id", "a7"), Filters.eq("version", 2L)))).isEmpty();
        assertThat(ids(Filters.and(Filters.in("_id", "a1", "a2", "a3", "nobody"), Filters.eq("version", 1L))))
            .containsExactly("a1");
        assertThat(aggregates
            .updateOne(Filters.and(Filters.eq("_id", "a8"), Filters.eq("version", 2L)), Updates.inc("version", 1L))
            .getModifiedCount()).isEqualTo(1);
        assertThat(aggregates
            .updateOne(Filters.and(Filters.eq("_id", "a8"), Filters.eq("version", 2L)), Updates.inc("version", 1L))
            .getMatchedCount()).as("the version has moved on").isZero();
        // A replica's write of an older state than it holds changes nothing.
        Bson notNewer = Filters.and(Filters.eq("_id", "a9"), Filters.not(Filters.gt("asOf", new Date(0))));
        try {
            aggregates.updateOne(notNewer, Updates.set("name", "old"), new UpdateOptions().upsert(true));
        }
        catch (com.mongodb.MongoWriteException duplicate) {
            // The upsert's insert collides with the newer document's id, as on MongoDB.
        }
        assertThat(aggregates.find(Filters.eq("_id", "a9")).first()).doesNotContainKey("name");

        assertThat(CommitBeforeReplyBackend.collectionScans()).as("queries that read the whole collection")
            .isEqualTo(scansBefore);
    }

    @Test
    void aFilterWithoutTheIdStillScansAndFindsTheSame() {
        long scansBefore = CommitBeforeReplyBackend.collectionScans();

        assertThat(ids(Filters.eq("version", 1L))).hasSize(DOCUMENTS / 3).contains("a1", "a4", "a58");
        assertThat(ids(Filters.and(Filters.gt("_id", "a5"), Filters.eq("version", 0L))))
            .as("an id compared, not named, cannot narrow")
            .contains("a51", "a54", "a57", "a6");

        assertThat(CommitBeforeReplyBackend.collectionScans()).isEqualTo(scansBefore + 2);
    }

    private List<String> ids(Bson filter) {
        List<String> ids = new ArrayList<>();
        aggregates.find(filter).forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }

}
