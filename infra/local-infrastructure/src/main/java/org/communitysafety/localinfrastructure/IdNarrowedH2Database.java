package org.communitysafety.localinfrastructure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend's database, whose collections use the id's index whenever a query names
 * the id, as MongoDB does. The wire server's own planner uses an index only for a query
 * on exactly its fields, so a filter such as {@code {_id: x, version: 3}} (an optimistic
 * update) or {@code {_id: x, asOf: {$not: {$gt: t}}}} (a replica's conditional upsert)
 * read and decoded every document of the collection, under the store's one lock, for
 * every write. Here the id narrows the candidates to one (or the few of an {@code $in})
 * and the whole filter is then applied to them, so the answer is the same.
 */
final class IdNarrowedH2Database extends H2Database {

    private static final String ID = "_id";

    /**
     * H2Database's constructor opens the collections already on file, through
     * {@link #openOrCreateCollection}, before this class's fields are set: while it runs,
     * they come from here.
     */
    private static final ThreadLocal<Opening> OPENING = new ThreadLocal<>();

    private final Opening opening;

    private IdNarrowedH2Database(String name, Opening opening, CursorRegistry cursors) {
        super(name, opening.store(), cursors);
        this.opening = opening;
    }

    static IdNarrowedH2Database open(String name, MVStore store, CursorRegistry cursors, AtomicLong collectionScans) {
        Opening opening = new Opening(store, collectionScans);
        OPENING.set(opening);
        try {
            return new IdNarrowedH2Database(name, opening, cursors);
        }
        finally {
            OPENING.remove();
        }
    }

    /** As {@link H2Database} opens a collection, with the same maps. */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        Opening current = opening != null ? opening : OPENING.get();
        String namespace = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> documents = current.store().openMap("databases." + namespace);
        MVMap<String, Object> meta = current.store().openMap("meta." + namespace);
        return new IdNarrowedCollection(this, collectionName, options, documents, meta, cursorRegistry,
                current.collectionScans());
    }

    private record Opening(MVStore store, AtomicLong collectionScans) {
    }

    private static final class IdNarrowedCollection extends H2Collection {

        private final AtomicLong collectionScans;

        IdNarrowedCollection(MongoDatabase database, String name, CollectionOptions options,
                MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors,
                AtomicLong collectionScans) {
            super(database, name, options, documents, meta, cursors);
            this.collectionScans = collectionScans;
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                Document projection) {
            Optional<Document> byId = idCondition(query);
            if (byId.isPresent()) {
                for (Index<Object> index : getIndexes()) {
                    if (index.isUnique() && index.getKeys().size() == 1 && index.canHandle(byId.get())) {
                        return matchDocuments(query, index.getPositions(byId.get()), orderBy, skip, limit, batchSize,
                                projection);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, projection);
        }

        @Override
        protected QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                Document projection) {
            collectionScans.incrementAndGet();
            return super.matchDocuments(query, orderBy, skip, limit, batchSize, projection);
        }

        /**
         * The filter's condition on the id when the filter has others besides (alone, the
         * wire server's planner uses the index itself): a top-level {@code _id}, or one
         * of the terms of a top-level {@code $and}, as the driver's {@code Filters.and}
         * writes it.
         */
        private static Optional<Document> idCondition(Document query) {
            if (query.size() > 1 && narrowsById(query.get(ID))) {
                return Optional.of(new Document(ID, query.get(ID)));
            }
            if (query.size() == 1 && query.get("$and") instanceof List<?> terms && terms.size() > 1) {
                for (Object term : terms) {
                    if (term instanceof Document condition && condition.size() == 1 && narrowsById(condition.get(ID))) {
                        return Optional.of(new Document(ID, condition.get(ID)));
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * A plain id, or {@code {$in: [...]}} of ids; not an operator such as
         * {@code $gt}, nor an id that is itself a document.
         */
        private static boolean narrowsById(Object value) {
            if (value == null) {
                return false;
            }
            if (value instanceof Map<?, ?> operator) {
                return operator.size() == 1 && operator.containsKey("$in");
            }
            return true;
        }

    }

}
