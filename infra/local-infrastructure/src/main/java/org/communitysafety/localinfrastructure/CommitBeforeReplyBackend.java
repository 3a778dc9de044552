package org.communitysafety.localinfrastructure;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend with every write on its file before it is acknowledged. Opened with
 * {@code MVStore.open(file)}, H2 commits to its file in the background about once a
 * second while the server answers every write at once, so a killed process lost writes
 * its callers had been told were stored. Here the store never commits by itself: each
 * command is handled and then committed before its reply leaves, one command at a time,
 * so a commit never catches half of another write either (docs/adr/008).
 */
final class CommitBeforeReplyBackend extends H2Backend {

    /** Without the background writer nobody else reclaims the space of old chunks. */
    private static final int COMMITS_BETWEEN_COMPACTIONS = 100;

    private static final int COMPACT_BELOW_FILL_PERCENT = 80;

    private static final int COMPACTION_BYTES = 1 << 20;

    private final MVStore store;

    private final boolean syncToDisk;

    private int commitsSinceCompaction;

    /**
     * Static: H2Backend's constructor opens the databases already on file before this
     * class's fields are set. Tests read differences.
     */
    private static final AtomicLong COLLECTION_SCANS = new AtomicLong();

    private CommitBeforeReplyBackend(MVStore store, boolean syncToDisk) {
        super(store);
        this.store = store;
        this.syncToDisk = syncToDisk;
    }

    /**
     * @param syncToDisk also force the file to the disk (fsync) before replying, so that
     * an acknowledged write outlives a machine crash, not only a process crash
     */
    static CommitBeforeReplyBackend open(Path file, boolean syncToDisk) {
        MVStore store = new MVStore.Builder().fileName(file.toAbsolutePath().toString()).autoCommitDisabled().open();
        // Old chunks are not kept for the 45 s H2 waits by default before reusing their
        // space: that wait guards against a disk that reorders unsynced writes, which
        // only a machine crash exposes (see the ADR), and without it the file grew by
        // tens of kilobytes per write.
        store.setRetentionTime(0);
        return new CommitBeforeReplyBackend(store, syncToDisk);
    }

    /** Collections whose queries the id narrows ({@link IdNarrowedH2Database}). */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return IdNarrowedH2Database.open(databaseName, getMvStore(), getCursorRegistry(), COLLECTION_SCANS);
    }

    /**
     * How many queries read a whole collection because no index could answer them; for
     * tests of the store's query planning.
     */
    static long collectionScans() {
        return COLLECTION_SCANS.get();
    }

    @Override
    public synchronized Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        }
        finally {
            // A failed command may have changed something before it failed (a partly
            // applied multi-document write, as on real MongoDB): that part is kept too.
            if (store.hasUnsavedChanges()) {
                commit();
            }
        }
    }

    @Override
    public synchronized void commit() {
        store.commit();
        if (syncToDisk) {
            store.sync();
        }
        if (++commitsSinceCompaction >= COMMITS_BETWEEN_COMPACTIONS) {
            commitsSinceCompaction = 0;
            store.compact(COMPACT_BELOW_FILL_PERCENT, COMPACTION_BYTES);
            store.commit();
        }
    }

}
