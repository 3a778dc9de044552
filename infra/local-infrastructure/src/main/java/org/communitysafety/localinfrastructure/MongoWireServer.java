package org.communitysafety.localinfrastructure;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The MongoDB wire-protocol server the real driver talks to where no {@code mongod} can
 * run. In memory for tests; backed by an H2 file for the local platform, so data survives
 * a restart, and every write is on the file before it is acknowledged, so data also
 * survives the server process being killed (docs/adr/008).
 */
public final class MongoWireServer implements AutoCloseable {

    private final MongoBackend backend;

    private final int port;

    private MongoServer server;

    private MongoWireServer(MongoBackend backend, int port) {
        this.backend = backend;
        this.port = port;
    }

    public static MongoWireServer inMemory() {
        return new MongoWireServer(new MemoryBackend(), FreePorts.next());
    }

    public static MongoWireServer backedByFile(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        catch (java.io.IOException ex) {
            throw new IllegalStateException("Cannot create " + file.getParent(), ex);
        }
        return new MongoWireServer(CommitBeforeReplyBackend.open(file, false), port);
    }

    public synchronized MongoWireServer start() {
        if (server == null) {
            server = new MongoServer(backend);
            server.bind(new InetSocketAddress("127.0.0.1", port));
        }
        return this;
    }

    public String connectionString(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    /**
     * Runs a file-backed server as its own process:
     * {@code MongoWireServer <port> <file>}.
     */
    public static void main(String[] args) throws InterruptedException {
        MongoWireServer mongo = backedByFile(Path.of(args[1]), Integer.parseInt(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "mongo-shutdown"));
        mongo.start();
        System.out.println("MongoDB wire server ready on 127.0.0.1:" + mongo.port() + ", data in " + args[1]);
        Thread.currentThread().join();
    }

}
