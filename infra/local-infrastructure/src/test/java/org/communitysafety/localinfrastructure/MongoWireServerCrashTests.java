package org.communitysafety.localinfrastructure;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The file-backed wire server as its own process, killed with SIGKILL while writes are
 * being acknowledged, then started again on the same file: every write the driver was
 * told was stored is there, round after round. A write in flight at the kill may or may
 * not be stored, as on any database.
 */
class MongoWireServerCrashTests {

    private static final int ROUNDS = 3;

    @TempDir
    Path data;

    private final List<Integer> acknowledged = new CopyOnWriteArrayList<>();

    private final AtomicInteger attempts = new AtomicInteger();

    private final AtomicLong acknowledgedTally = new AtomicLong();

    @Test
    void keepsEveryAcknowledgedWriteWhenTheProcessIsKilledMidStream() throws Exception {
        int port = FreePorts.next();
        Path file = data.resolve("crash.mv.db");
        for (int round = 0; round <= ROUNDS; round++) {
            Process server = startServer(port, file);
            try (MongoClient client = client(port)) {
                MongoCollection<Document> records = client.getDatabase("crash").getCollection("records");
                List<Integer> stored = records.find(Filters.exists("sequence"))
                    .map(document -> document.getInteger("sequence"))
                    .into(new ArrayList<>());
                assertThat(stored).as("after kill " + round).containsAll(acknowledged);
                assertThat(tally(records)).as("after kill " + round)
                    .isBetween(acknowledgedTally.get(), acknowledgedTally.get() + 1);
                if (round == ROUNDS) {
                    System.out.printf(
                            "mongo wire server crash test: %d acknowledged writes over %d kills, all kept; file %d KB%n",
                            acknowledged.size() * 2, ROUNDS, Files.size(file) / 1024);
                    return;
                }
                CountDownLatch someWritten = new CountDownLatch(20 + round * 15);
                Thread writer = new Thread(() -> writeUntilRefused(records, someWritten));
                writer.start();
                assertThat(someWritten.await(30, TimeUnit.SECONDS)).isTrue();
                // Killed while the writer goes on: the next write may be in flight.
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                writer.join(30_000);
            }
            finally {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * An insert and an update per step, each recorded once the server acknowledged it.
     */
    private void writeUntilRefused(MongoCollection<Document> records, CountDownLatch someWritten) {
        try {
            while (true) {
                int sequence = attempts.incrementAndGet();
                records.insertOne(new Document("sequence", sequence));
                acknowledged.add(sequence);
                long next = acknowledgedTally.get() + 1;
                records.updateOne(Filters.eq("_id", "tally"), Updates.set("value", next),
                        new UpdateOptions().upsert(true));
                acknowledgedTally.set(next);
                someWritten.countDown();
            }
        }
        catch (MongoException refused) {
            // The server is gone; what was not acknowledged may or may not be stored.
        }
    }

    private static long tally(MongoCollection<Document> records) {
        Document tally = records.find(Filters.eq("_id", "tally")).first();
        return tally == null ? 0 : tally.getLong("value");
    }

    private static Process startServer(int port, Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                MongoWireServer.class.getName(), String.valueOf(port), file.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            assertThat(process.isAlive()).as("wire server process running").isTrue();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            }
            catch (IOException notYet) {
                return false;
            }
        });
        return process;
    }

    private static MongoClient client(int port) {
        return MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + port))
            .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
            .applyToSocketSettings(
                    socket -> socket.connectTimeout(1, TimeUnit.SECONDS).readTimeout(5, TimeUnit.SECONDS))
            .retryWrites(false)
            .build());
    }

}
